// compose.send: the compose page sends through the REST pipeline itself (same schemas, errors and sending code).
import type { FastifyBaseLogger } from 'fastify';
import type { HandlersFor, MethodArgs } from '../../../shared/contract';
import type { ComposePath } from '../../../shared/compose-contract';
import type { UploadedFile } from '../../../shared/schemas/rules';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { invokeEndpoint, type Endpoint } from './rest/endpoint';
import { endpoints } from './rest/endpoints';
import type { RestReply } from './rest/responses';
import type { ApiDeps } from './server';

const byPath = new Map(endpoints.map((endpoint) => [endpoint.path, endpoint] as const));

/** A picked file becomes what the multipart parser would have produced for `file`. */
function uploaded(file: NonNullable<MethodArgs<'compose.send'>['file']>): UploadedFile {
  const data = Buffer.from(file.dataBase64, 'base64');
  return {
    kind: 'uploaded-file',
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    filename: file.name,
    mimetype: file.mimetype || 'application/octet-stream',
  };
}

/** The REST answer as a contract result, or the AppError whose code the renderer translates. */
function resultOf({ code, body }: RestReply) {
  if (body.status === true) {
    const results = Array.isArray(body.results) ? body.results : undefined;
    return { id: String(body.id), ...(results ? { results } : {}) };
  }
  const msg = String(body.msg ?? 'Message failed to send!');
  if (body.errors && typeof body.errors === 'object' && !Array.isArray(body.errors))
    throw new AppError('invalid_input', msg, body.errors);
  if (msg === 'Failed to send message!') throw new AppError('session_not_connected', String(body.errors));
  if (code === 502)
    throw new AppError('send_failed', typeof body.errors === 'string' ? body.errors : msg, body.results);
  if (code === 404) throw new AppError('not_found', msg);
  throw new AppError('internal', msg);
}

/** `deps` is read at call time: the API server (which owns them) is built after the handlers. */
export function createComposeHandlers(deps: () => ApiDeps, logger: Logger) {
  const log = logger.child({ module: 'compose' }) as unknown as FastifyBaseLogger;
  return {
    'compose.send': async ({ path, params, file }) => {
      const endpoint = byPath.get(path as ComposePath) as Endpoint;
      const raw = file && path === '/send-media' ? { ...params, file: uploaded(file) } : params;
      return resultOf(await invokeEndpoint(endpoint, deps(), raw, log));
    },
  } satisfies HandlersFor<'compose.send'>;
}
