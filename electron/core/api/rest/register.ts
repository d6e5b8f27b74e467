// The documented REST API in its own Fastify scope: its body parsers, API key check with failed-attempt
// limit, Host allowlist (DNS rebinding) and JSON errors apply here only, not to /rpc or the renderer.
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hostAllowed } from '../rpc-routes';
import type { ApiDeps } from '../api-deps';
import { createApiKeyCheck } from './api-key';
import { BODY_LIMIT, BodyError, registerBodyParsers } from './body-parsers';
import { registerDocsRoutes } from './docs-routes';
import { registerEndpoint, replyForError, sendReply, type Endpoint } from './endpoint';
import { endpoints as documentedEndpoints } from './endpoints';
import { replies } from './responses';

const TOO_LARGE = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PARTS_LIMIT',
]);

function replyForBodyError(error: FastifyError) {
  if (error.statusCode === 413 || TOO_LARGE.has(error.code)) {
    return {
      code: 413,
      body: {
        status: false,
        msg: 'Request body is too large.',
        errors: `Form and JSON bodies may be up to ${BODY_LIMIT / 1024} KB; an uploaded file up to 100 MB (16 MB for image, video and audio), one file per request.`,
      },
    };
  }
  if (error instanceof BodyError && error.statusCode === 415)
    return { code: 415, body: { status: false, msg: error.message } };
  if (error instanceof BodyError || error.code?.startsWith('FST_ERR_CTP_'))
    return replies.invalid(
      { body: [error instanceof BodyError ? error.message : 'The request body could not be read.'] },
      400,
    );
  return undefined;
}

/** `extraEndpoints`: endpoints of other features in the same style (e.g. /generate-qr from sessions). */
export async function registerRestApi(app: FastifyInstance, deps: ApiDeps, extraEndpoints: Endpoint[] = []) {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (!hostAllowed(request, deps.allowedHosts()))
        return sendReply(reply, { code: 403, body: { status: false, msg: 'Host not allowed' } });
    });
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const known = replyForBodyError(error);
      if (known) return sendReply(reply, known);
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
        return sendReply(reply, { code: error.statusCode, body: { status: false, msg: error.message } });
      return sendReply(reply, replyForError(error, request.log));
    });
    await registerBodyParsers(scope);
    await scope.register(rateLimit, { global: false });
    const checkKey = createApiKeyCheck(scope, () => deps.settings.get().apiKey);
    const all = [...documentedEndpoints, ...extraEndpoints];
    for (const endpoint of all) registerEndpoint(scope, endpoint, deps, checkKey);
    registerDocsRoutes(scope, all, deps.version);
  });
}
