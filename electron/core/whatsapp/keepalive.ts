// Zombie detection: a session that says "open" but no longer answers an IQ ping is restarted.
import { S_WHATSAPP_NET, type WASocket } from '@whiskeysockets/baileys';

export interface KeepAliveOptions {
  intervalMs: number;
  timeoutMs: number;
  onDead(error: Error): void;
}

export async function pingServer(sock: WASocket, timeoutMs: number): Promise<void> {
  await sock.query(
    {
      tag: 'iq',
      attrs: { to: S_WHATSAPP_NET, type: 'get', xmlns: 'w:p', id: sock.generateMessageTag() },
      content: [{ tag: 'ping', attrs: {} }],
    },
    timeoutMs,
  );
}

/** Starts pinging; returns a stop function. */
export function startKeepAlive(
  sock: WASocket,
  { intervalMs, timeoutMs, onDead }: KeepAliveOptions,
): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    pingServer(sock, timeoutMs)
      .catch((error: Error) => onDead(error))
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
