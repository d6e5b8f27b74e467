// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '../../test-utils';
import { DeviceStatusBadge } from './DeviceStatusBadge';

const badge = () => screen.getByTestId('device-status');

describe('DeviceStatusBadge', () => {
  afterEach(() => vi.useRealTimers());

  it('names each state in Indonesian by default', async () => {
    const { rerender } = await render(<DeviceStatusBadge status="open" />);
    expect(badge()).toHaveTextContent('Tersambung');
    expect(badge()).toHaveAttribute('data-status', 'open');
    rerender(<DeviceStatusBadge status="qr" />);
    expect(badge()).toHaveTextContent('Menunggu scan QR');
    rerender(<DeviceStatusBadge status="logged_out" />);
    expect(badge()).toHaveTextContent('Keluar dari WhatsApp');
  });

  it('and in English when the app is in English', async () => {
    await render(<DeviceStatusBadge status="reconnecting" />, { language: 'en' });
    expect(badge()).toHaveTextContent('Reconnecting');
  });

  it('counts down to the next reconnect attempt, then just says it is reconnecting', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    await render(<DeviceStatusBadge status="reconnecting" retryAt={Date.now() + 5000} />);
    expect(badge()).toHaveTextContent('Menyambung ulang dalam 5 dtk');

    act(() => vi.advanceTimersByTime(2000));
    expect(badge()).toHaveTextContent('Menyambung ulang dalam 3 dtk');

    act(() => vi.advanceTimersByTime(3000));
    expect(badge()).toHaveTextContent(/^Menyambung ulang$/);
  });

  it('shows no countdown outside reconnecting, even with a retry time', async () => {
    await render(<DeviceStatusBadge status="failed" retryAt={Date.now() + 5000} />);
    expect(badge()).toHaveTextContent(/^Gagal$/);
  });
});
