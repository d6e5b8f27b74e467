// The one onRequest gate in front of every route (REST API, /rpc, /rpc/events, /health, /docs, the page),
// run before any body is read: a Host this computer answers to (DNS rebinding), then no request from a web
// page of another site unless the user listed its origin for CORS (REST API only).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isNavigation, judgeOrigin, ownOriginOf } from './origin-check';

export interface GateDeps {
  allowedHosts: () => string[];
  /** Settings → CORS origins: the user's own browser apps (a web POS) that may call the REST API. */
  corsOrigins: () => string[];
}

export type RouteArea = 'rpc' | 'page' | 'api';

const PAGE_PATHS = new Set(['/', '/app', '/docs', '/login', '/logout', '/favicon.ico']);

export function areaOf(url: string): RouteArea {
  const path = url.split('?')[0].replace(/\/+$/, '') || '/';
  if (path === '/rpc' || path.startsWith('/rpc/')) return 'rpc';
  if (PAGE_PATHS.has(path) || path.startsWith('/assets/')) return 'page';
  return 'api';
}

export function hostAllowed(request: FastifyRequest, allowedHosts: string[]): boolean {
  const host = (request.headers.host ?? '')
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return allowedHosts.includes(host);
}

/**
 * 403 in the documented REST error shape (`status`/`msg`/`message`); on /rpc also the contract's `ok`/`error`
 * so the headless page shows it like any other refused call.
 */
export function refuse(request: FastifyRequest, reply: FastifyReply, msg: string, code = 403) {
  const body: Record<string, unknown> = { status: false, msg, message: msg };
  if (areaOf(request.url) === 'rpc')
    Object.assign(body, { ok: false, error: { code: 'unauthorized', message: msg } });
  // A refused frame load (another site framing the page) must not render even this answer inside the frame.
  return reply
    .code(code)
    .type('application/json; charset=utf-8')
    .headers({ 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" })
    .send(body);
}

export const CROSS_SITE_MESSAGE =
  'Requests from other websites are refused. Call the API from a program or server, or add the website to Settings → API access → CORS origins.';

const CORS_HEADERS = {
  'access-control-allow-methods': 'GET, POST',
  'access-control-allow-headers': 'content-type, x-api-key, authorization',
  'access-control-max-age': '600',
};

export function registerRequestGate(app: FastifyInstance, deps: GateDeps): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!hostAllowed(request, deps.allowedHosts()))
      return refuse(
        request,
        reply,
        'Host not allowed: open the app at 127.0.0.1, localhost or this computer’s address.',
      );
    reply.header('vary', 'Origin');
    const area = areaOf(request.url);
    const verdict = judgeOrigin(
      request.headers,
      ownOriginOf(request.headers, request.protocol),
      deps.corsOrigins(),
    );
    if (verdict.kind === 'cross-site') {
      // A link to the page or /docs from another site may open it (framing is refused by its headers).
      if (area === 'page' && isNavigation(request.method, request.headers)) return;
      request.log.info(
        { origin: verdict.origin, url: request.url.split('?')[0] },
        'cross-site request refused',
      );
      return refuse(request, reply, CROSS_SITE_MESSAGE);
    }
    if (verdict.kind === 'cors') {
      // The allowlist opens the documented REST API only: never the RPC (the app's own page) or the page.
      if (area !== 'api') return refuse(request, reply, CROSS_SITE_MESSAGE);
      reply.header('access-control-allow-origin', verdict.origin);
      if (request.method === 'OPTIONS') return reply.code(204).headers(CORS_HEADERS).send();
    }
  });
}
