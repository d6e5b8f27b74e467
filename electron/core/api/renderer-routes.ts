// Serves the built renderer for headless mode, with the per-run RPC token placed in index.html — only to a
// logged-in browser when the page needs a login (gate/page-login.ts) — and headers that forbid framing it.
import { RPC_TOKEN_META } from '../../../shared/bridge-names';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PageAccess } from './gate/page-login';

/** What the page may load and connect to: itself only (the RPC and its WebSocket are same-origin). */
export const APP_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function registerRendererRoutes(
  app: FastifyInstance,
  rendererDir: string,
  token: string,
  login?: PageAccess,
) {
  // Read per request (1 KB): a rebuild under a running server changes the hashed asset names it points to.
  const indexHtml = () =>
    readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
      '</head>',
      `<meta name="${RPC_TOKEN_META}" content="${token}"></head>`,
    );
  indexHtml(); // a renderer that was never built fails at start, not at the first page load
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    if (login && !login.loggedIn(request)) return reply.redirect('/login', 303);
    return reply
      .type('text/html')
      .headers({
        'cache-control': 'no-store',
        'content-security-policy': APP_PAGE_CSP,
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
      })
      .send(indexHtml());
  };
  app.get('/', sendIndex);
  app.get('/app', sendIndex);
  await app.register(fastifyStatic, {
    root: join(rendererDir, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
  });
}
