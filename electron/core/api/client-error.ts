// Answers a request that Node's HTTP parser refused (URL or headers over 16 KB, malformed request line) in the
// documented JSON shape, then closes the connection cleanly.
//
// Fastify's default handler writes its answer only when nothing was written on the socket yet and then destroys
// it at once. On a keep-alive connection that already carried a request, a client sending a too-long URL (a GET
// with a long message, as some scripts do) got no answer at all, and the reset also failed requests the client had
// queued for that connection: `fetch failed (other side closed)` with no status to show the user.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/** How long a refused client may keep sending before its connection is cut. */
const DRAIN_MS = 2_000;

export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const msg =
    status === 431
      ? 'The request URL or headers are too long (over 16 KB): send long values in the body (POST).'
      : status === 408
        ? 'The request took too long to arrive.'
        : 'The request is not valid HTTP.';
  const body = JSON.stringify({ status: false, msg, message: msg });
  // A response already under way on this socket cannot be followed by another one.
  const busy = (socket as Socket & { _httpMessage?: unknown })._httpMessage;
  if (!socket.writable || busy) {
    socket.destroy();
    return;
  }
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  // Read and drop what the client still sends, so the answer is not lost to a reset; cut it off if it goes on.
  socket.resume();
  setTimeout(() => socket.destroy(), DRAIN_MS).unref();
}
