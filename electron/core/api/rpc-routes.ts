// Headless transport of the contract: POST /rpc/:method and a WebSocket of events at /rpc/events.
// Both need the per-run token embedded in the served page, and a local Host header (DNS rebinding).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RPC_TOKEN_HEADER } from '../../../shared/bridge-names';
import { httpStatusOf, toWireError } from '../errors';
import { sameSecret } from './same-secret';
import type { ApiDeps } from './api-deps';

export const RPC_BODY_LIMIT = 150 * 1024 * 1024;

export function hostAllowed(request: FastifyRequest, allowedHosts: string[]): boolean {
  const host = (request.headers.host ?? '')
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return allowedHosts.includes(host);
}

export function registerRpcRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const guard = (request: FastifyRequest, token: string | undefined): string | null => {
    if (!hostAllowed(request, deps.allowedHosts())) return 'Host not allowed';
    if (!sameSecret(token, deps.rpcToken)) return 'Missing or wrong RPC token';
    return null;
  };

  app.post<{ Params: { method: string }; Body: { input?: unknown } | undefined }>(
    '/rpc/:method',
    // Contract calls carry uploads as base64 (a customer spreadsheet, a campaign's image): the REST API's 1 MB
    // default is too small for them. The token check keeps other local sites out.
    { bodyLimit: RPC_BODY_LIMIT },
    async (request, reply) => {
      const denied = guard(request, request.headers[RPC_TOKEN_HEADER] as string | undefined);
      if (denied)
        return reply.code(403).send({ ok: false, error: { code: 'unauthorized', message: denied } });
      try {
        const result = await deps.rpc.invokeByName(request.params.method, request.body?.input);
        return { ok: true, result: result ?? null };
      } catch (error) {
        const wire = toWireError(error);
        if (wire.code === 'internal')
          request.log.error({ err: error, method: request.params.method }, 'rpc failed');
        return reply.code(httpStatusOf[wire.code]).send({ ok: false, error: wire });
      }
    },
  );

  app.get<{ Querystring: { token?: string } }>('/rpc/events', { websocket: true }, (socket, request) => {
    if (guard(request, request.query.token)) return socket.close(4403, 'forbidden');
    const unsubscribe = deps.events.onAny((event, payload) =>
      socket.send(JSON.stringify({ event, payload })),
    );
    socket.on('close', unsubscribe);
    socket.send(JSON.stringify({ event: 'ready', payload: {} }));
  });
}
