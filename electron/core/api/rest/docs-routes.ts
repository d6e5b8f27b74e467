// GET /openapi.json and GET /docs, addressed with the URL the client used (its Host is already allowlisted).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { renderDocsPage } from './docs-page';
import type { Endpoint } from './endpoint';
import { buildOpenApi } from './openapi';

const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.headers.host ?? '127.0.0.1'}`;

export function registerDocsRoutes(scope: FastifyInstance, endpoints: Endpoint[], version: string): void {
  scope.get('/openapi.json', async (request, reply) =>
    reply.header('cache-control', 'no-store').send(buildOpenApi(endpoints, baseUrlOf(request), version)),
  );
  scope.get('/docs', async (request, reply) => {
    const nonce = randomBytes(16).toString('base64');
    return reply
      .type('text/html; charset=utf-8')
      .headers({
        'cache-control': 'no-store',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      })
      .send(renderDocsPage(endpoints, baseUrlOf(request), nonce));
  });
}
