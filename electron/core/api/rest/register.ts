// The documented REST API in its own Fastify scope: its body parsers, API key check with failed-attempt
// count and JSON errors apply here only, not to /rpc or the renderer. Host and Origin: gate/request-gate.ts.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiDeps } from '../api-deps';
import { createApiKeyCheck } from './api-key';
import { BodyError, registerBodyParsers } from './body-parsers';
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
  if (error.statusCode === 413 || TOO_LARGE.has(error.code)) return replies.tooLarge();
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
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const known = replyForBodyError(error);
      if (known) return sendReply(reply, known);
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
        return sendReply(reply, { code: error.statusCode, body: { status: false, msg: error.message } });
      return sendReply(reply, replyForError(error, request.log));
    });
    await registerBodyParsers(scope);
    const checkKey = createApiKeyCheck(() => deps.settings.get().apiKey);
    const all = [...documentedEndpoints, ...extraEndpoints];
    for (const endpoint of all) registerEndpoint(scope, endpoint, deps, checkKey);
    registerDocsRoutes(scope, all, deps.version);
  });
}
