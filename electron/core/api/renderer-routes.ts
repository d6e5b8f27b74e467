// Serves the built renderer for headless mode, with the per-run RPC token placed in index.html.
import { RPC_TOKEN_META } from '../../../shared/bridge-names';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerRendererRoutes(app: FastifyInstance, rendererDir: string, token: string) {
  // Read per request (1 KB): a rebuild under a running server changes the hashed asset names it points to.
  const indexHtml = () =>
    readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
      '</head>',
      `<meta name="${RPC_TOKEN_META}" content="${token}"></head>`,
    );
  indexHtml(); // a renderer that was never built fails at start, not at the first page load
  const sendIndex = (_: unknown, reply: import('fastify').FastifyReply) =>
    reply.type('text/html').header('cache-control', 'no-store').send(indexHtml());
  app.get('/', sendIndex);
  app.get('/app', sendIndex);
  await app.register(fastifyStatic, {
    root: join(rendererDir, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
  });
}
