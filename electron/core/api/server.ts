// Fastify instance of the app: REST API, /health, headless RPC and the built renderer.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import type { ApiDeps } from './api-deps';
import { answerClientError } from './client-error';
import { registerErrorHandling } from './error-handling';
import { registerRequestGate } from './gate/request-gate';
import { registerHealthRoute } from './routes/health';
import { registerRpcRoutes } from './rpc-routes';
import { registerRendererRoutes } from './renderer-routes';
import { registerRestApi } from './rest/register';

export async function buildApiServer(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Per-request logs at info would flood the console of a busy gateway; errors still come through.
    loggerInstance: deps.logger.child({ module: 'api' }, { level: 'warn' }) as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // MPWA scripts call "/send-message/" too (Laravel serves both); answer it, never redirect (a redirected POST
    // comes back as a GET without its body in curl and Guzzle).
    routerOptions: { ignoreTrailingSlash: true },
    clientErrorHandler: answerClientError,
  });
  registerErrorHandling(app);
  // Before the gate: its hooks mark upgrade requests, so a refused upgrade's socket is closed after the 403.
  await app.register(websocket);
  // A root hook, so it runs for every route (including /health, /docs and the page) before any body is read.
  registerRequestGate(app, {
    allowedHosts: deps.allowedHosts,
    corsOrigins: () => deps.settings.get().corsOrigins,
  });
  registerHealthRoute(app, deps);
  registerRpcRoutes(app, deps);
  await registerRestApi(app, deps);
  if (deps.pageLogin) await deps.pageLogin.register(app);
  if (deps.rendererDir) await registerRendererRoutes(app, deps.rendererDir, deps.rpcToken, deps.pageLogin);
  return app;
}
