// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../../shared/domain';
import { answer, invoked, render, screen, userEvent, waitFor } from '../../test-utils';
import { ApiKeyField } from './ApiKeyField';

const KEY = 'wsk_3f9a1c7e5b2d4f6a8c0e';
const field = () => screen.getByRole('textbox', { name: 'API key' });

describe('ApiKeyField', () => {
  it('masks the key until the user shows it, and hides it again', async () => {
    const user = userEvent.setup();
    await render(<ApiKeyField apiKey={KEY} />);
    expect(field()).toHaveValue('•'.repeat(KEY.length));
    expect(field()).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Tampilkan API key' }));
    expect(field()).toHaveValue(KEY);
    await user.click(screen.getByRole('button', { name: 'Sembunyikan API key' }));
    expect(field()).toHaveValue('•'.repeat(KEY.length));
  });

  it('copies the real key even while it is masked', async () => {
    const user = userEvent.setup();
    await render(<ApiKeyField apiKey={KEY} />);
    await user.click(screen.getByRole('button', { name: 'Salin' }));
    expect(await navigator.clipboard.readText()).toBe(KEY);
  });

  it('asks before making a new key; cancelling changes nothing', async () => {
    const user = userEvent.setup();
    await render(<ApiKeyField apiKey={KEY} />);
    await user.click(screen.getByRole('button', { name: 'Buat key baru' }));
    const dialog = screen.getByRole('dialog', { name: 'Buat API key baru?' });
    expect(dialog).toHaveTextContent('Key lama langsung tidak berlaku.');

    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(invoked).toEqual([]);
  });

  it('makes the new key once confirmed, says so and closes the question', async () => {
    const user = userEvent.setup();
    answer('settings.regenerateApiKey', () => ({ apiKey: 'wsk_new' }) as Settings);
    await render(<ApiKeyField apiKey={KEY} />);
    await user.click(screen.getByRole('button', { name: 'Buat key baru' }));
    await user.click(screen.getByRole('button', { name: 'Ya, buat key baru' }));

    expect(await screen.findByText('API key baru sudah dibuat')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(invoked.map((call) => call.method)).toEqual(['settings.regenerateApiKey']);
  });

  it('when making the key fails: the error toast, the question closed, the old key kept', async () => {
    const user = userEvent.setup();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    answer('settings.regenerateApiKey', () => {
      throw Object.assign(new Error('disk full'), { code: 'internal' });
    });
    await render(<ApiKeyField apiKey={KEY} />);
    await user.click(screen.getByRole('button', { name: 'Buat key baru' }));
    await user.click(screen.getByRole('button', { name: 'Ya, buat key baru' }));

    expect(await screen.findByText('Terjadi kesalahan. Silakan coba lagi.')).toBeInTheDocument();
    expect(screen.getByText('Gagal')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('API key baru sudah dibuat')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tampilkan API key' }));
    expect(field()).toHaveValue(KEY);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    logged.mockRestore();
  });
});
