// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, userEvent, waitFor } from '../../test-utils';
import { ConfirmModal } from './ConfirmModal';

const props = {
  title: 'Hapus perangkat?',
  body: 'Sesi WhatsApp perangkat ini dihapus.',
  confirmLabel: 'Ya, hapus',
};

describe('ConfirmModal', () => {
  it('shows the question and runs only the action the user picks', async () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    await render(<ConfirmModal opened {...props} onConfirm={onConfirm} onClose={onClose} />);

    const dialog = screen.getByRole('dialog', { name: 'Hapus perangkat?' });
    expect(dialog).toHaveTextContent('Sesi WhatsApp perangkat ini dihapus.');
    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Ya, hapus' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('puts the focus on the confirm button, which cannot be clicked twice while the action runs', async () => {
    const onConfirm = vi.fn();
    const { rerender } = await render(
      <ConfirmModal opened {...props} onConfirm={onConfirm} onClose={() => {}} />,
    );
    // Mantine's focus trap moves the focus after the modal mounted.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ya, hapus' })).toHaveFocus());

    rerender(<ConfirmModal opened loading {...props} onConfirm={onConfirm} onClose={() => {}} />);
    const running = screen.getByRole('button', { name: 'Ya, hapus' });
    expect(running).toBeDisabled();
    await userEvent.click(running);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('renders nothing while closed', async () => {
    await render(<ConfirmModal opened={false} {...props} onConfirm={() => {}} onClose={() => {}} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText('Hapus perangkat?')).not.toBeInTheDocument();
  });
});
