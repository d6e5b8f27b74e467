// Starts listening; a busy port becomes a clear message for the UI and console, not a crash.
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger';
import { isWildcardHost } from './lan';

export interface ApiStatus {
  url: string;
  listening: boolean;
  error: string | null;
}

export function portInUseMessage(host: string, port: number): string {
  return (
    `Port ${port} on ${host} is already in use (another program, or Wasender Desktop is already running). ` +
    `Choose another port in Settings or start with --port <number>.`
  );
}

export async function listenApi(
  server: FastifyInstance,
  host: string,
  port: number,
  logger: Logger,
): Promise<ApiStatus> {
  try {
    await server.listen({ host, port });
    const address = server.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    // Listening on every interface: this machine still reaches itself at 127.0.0.1.
    const local = isWildcardHost(host) ? '127.0.0.1' : host;
    const shownHost = local.includes(':') ? `[${local}]` : local;
    return { url: `http://${shownHost}:${actualPort}`, listening: true, error: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? portInUseMessage(host, port)
        : `The API could not start on ${host}:${port}: ${(error as Error).message}`;
    logger.error(message);
    return { url: `http://${host}:${port}`, listening: false, error: message };
  }
}
