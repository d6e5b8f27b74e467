// Headless transport of the contract: POST /rpc/:method and a WebSocket of events at /rpc/events.
// Host and Origin are checked by the gate (gate/request-gate.ts); here the per-run token of the served page,
// in an onRequest hook so a caller without it never gets its body read or its socket upgraded.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RPC_TOKEN_HEADER } from '../../../shared/bridge-names';
import { httpStatusOf, toWireError } from '../errors';
import { sameSecret } from './same-secret';
import type { ApiDeps } from './api-deps';
import { refuse } from './gate/request-gate';
import { BODY_LIMIT } from './rest/body-parsers';

/** Contract calls that carry a file as base64 (a customer spreadsheet, a campaign's image, a pasted list). */
export const RPC_UPLOAD_METHODS = [
  'contacts.inspectFile',
  'contacts.importText',
  'broadcasts.create',
  'inbox.reply',
  'compose.send',
  'ai.importSheet',
] as const;
/** Their body limit; every other method gets the REST API's 1 MB. */
export const RPC_UPLOAD_BODY_LIMIT = 150 * 1024 * 1024;

const TOKEN_MESSAGE = 'Missing or wrong RPC token: reload the page.';

export function registerRpcRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const requireToken =
    (tokenOf: (request: FastifyRequest) => unknown) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const token = tokenOf(request);
      if (!sameSecret(typeof token === 'string' ? token : undefined, deps.rpcToken))
        return refuse(request, reply, TOKEN_MESSAGE);
      if (deps.pageLogin && !deps.pageLogin.loggedIn(request))
        return refuse(request, reply, 'Not logged in: open the app page and log in.', 401);
    };
  const fromHeader = requireToken((request) => request.headers[RPC_TOKEN_HEADER]);

  const invoke = async (method: string, request: FastifyRequest, reply: FastifyReply) => {
    const body = request.body as { input?: unknown } | undefined;
    try {
      const result = await deps.rpc.invokeByName(method, body?.input);
      return { ok: true, result: result ?? null };
    } catch (error) {
      const wire = toWireError(error);
      if (wire.code === 'internal') request.log.error({ err: error, method }, 'rpc failed');
      return reply.code(httpStatusOf[wire.code]).send({ ok: false, error: wire });
    }
  };
  app.post<{ Params: { method: string } }>(
    '/rpc/:method',
    { bodyLimit: BODY_LIMIT, onRequest: fromHeader },
    (request, reply) => invoke(request.params.method, request, reply),
  );
  // Static routes win over /rpc/:method in Fastify's router, so only these take the large bodies.
  for (const method of RPC_UPLOAD_METHODS)
    app.post(
      `/rpc/${method}`,
      { bodyLimit: RPC_UPLOAD_BODY_LIMIT, onRequest: fromHeader },
      (request, reply) => invoke(method, request, reply),
    );

  app.get(
    '/rpc/events',
    { websocket: true, onRequest: requireToken((request) => (request.query as { token?: unknown }).token) },
    (socket) => {
      const unsubscribe = deps.events.onAny((event, payload) =>
        socket.send(JSON.stringify({ event, payload })),
      );
      socket.on('close', unsubscribe);
      socket.send(JSON.stringify({ event: 'ready', payload: {} }));
    },
  );
}
