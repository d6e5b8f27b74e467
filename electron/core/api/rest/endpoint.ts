// One helper drives every documented endpoint: collect params → API key → validate → (idempotent) handle → reply.
// A route module only declares its path, schema, docs and a handle() that returns or throws.
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ParamsOf, ParamsSchema } from '../../../../shared/schemas/params';
import type { FieldDoc } from '../../../../shared/schemas/rules';
import { ContractError } from '../../../../shared/errors';
import { isBlank } from '../../../../shared/schemas/rules';
import type { ApiDeps } from '../api-deps';
import { earlyApiKey, givenApiKey, type ApiKeyCheck } from './api-key';
import { REQUEST_BYTES_LIMIT } from './body-parsers';
import { collectParams, type RawParams } from './collect-params';
import { runOnce, type HandledReply } from './idempotency';
import { replies, RestFailure, withMessage, type RestReply } from './responses';

export interface EndpointContext {
  deps: ApiDeps;
  log: FastifyBaseLogger;
}

/** A response documented in the OpenAPI: when it happens and an example body. */
export interface ResponseDoc {
  description: string;
  example: Record<string, unknown>;
  /** Other bodies answered with the same status (e.g. /generate-qr's "processing", also 200). */
  examples?: Record<string, Record<string, unknown>>;
}

export interface Endpoint<S extends ParamsSchema<any> = ParamsSchema<any>> {
  path: `/${string}`;
  summary: string;
  description: string;
  tag: 'Send' | 'Numbers' | 'Devices' | 'Messages' | 'Groups';
  params: S;
  /** Other names clients use for a field, e.g. { device: 'sender' }; documented beside the field. */
  aliases?: Record<string, string>;
  /** More requests shown in /docs with PHP/Python/Node/curl code (e.g. MPWA's button objects). */
  examples?: Array<{ title: string; params: Array<[string, unknown]> }>;
  /** Takes `ref` (idempotency key). */
  idempotent?: boolean;
  /** Endpoint-specific responses (the shared ones — 401, 413, 415, 422, 429 — are added by the OpenAPI). */
  responses: Record<number, ResponseDoc>;
  handle(params: ParamsOf<S>, ctx: EndpointContext): Promise<HandledReply>;
}

/** The fields of an endpoint, then its aliases (MPWA's names) documented as the same field, optional. */
export function documentedFields(endpoint: Endpoint): Array<[string, FieldDoc]> {
  const docs = endpoint.params.docs();
  const byName = new Map(docs);
  const aliases = Object.entries(endpoint.aliases ?? {}).flatMap(
    ([alias, field]): Array<[string, FieldDoc]> => {
      const doc = byName.get(field);
      if (!doc) return [];
      return [
        [
          alias,
          { ...doc, required: false, example: undefined, description: `Same as \`${field}\` (MPWA's name).` },
        ],
      ];
    },
  );
  return [...docs, ...aliases];
}

export const defineEndpoint = <S extends ParamsSchema<any>>(endpoint: Endpoint<S>): Endpoint<S> => endpoint;

export function sendReply(reply: FastifyReply, { code, body, headers }: RestReply) {
  if (headers) reply.headers(headers);
  return reply.code(code).type('application/json; charset=utf-8').send(withMessage(body));
}

/** AppErrors from core map to the documented bodies; anything else is a bug and logged. */
export function replyForError(error: unknown, log: FastifyBaseLogger): RestReply {
  if (error instanceof RestFailure) return error.reply;
  if (error instanceof ContractError) {
    if (error.code === 'session_not_connected') return replies.noWhatsApp(503);
    if (error.code === 'send_failed') return replies.sendFailed();
    if (error.code === 'invalid_input')
      return replies.invalid((error.details as Record<string, string[]>) ?? { input: [error.message] });
    if (error.code === 'not_found') return replies.notFound(error.message);
  }
  log.error({ err: error }, 'REST endpoint failed');
  return { code: 500, body: { status: false, msg: 'Internal error' } };
}

function withAliases(params: Record<string, unknown>, aliases: Record<string, string> = {}) {
  const out = { ...params };
  for (const [alias, field] of Object.entries(aliases))
    // Empty counts as absent here too: MPWA scripts send url="" beside image=….
    if (isBlank(out[field]) && !isBlank(out[alias])) out[field] = out[alias];
  return out;
}

/**
 * Validates and runs an endpoint with already-collected parameters (after the API key check): the same
 * answer as over HTTP. The compose forms' RPC can call this to send exactly like the REST API.
 */
export async function invokeEndpoint(
  endpoint: Endpoint,
  deps: ApiDeps,
  raw: Record<string, unknown>,
  log: FastifyBaseLogger,
): Promise<RestReply> {
  const validation = endpoint.params.validate(
    withAliases(raw, endpoint.aliases),
    deps.settings.get().defaultRegion,
  );
  if (!validation.ok) return replies.invalid(validation.errors);
  const params = validation.data as Record<string, unknown>;
  const run = async (): Promise<HandledReply> => {
    try {
      return await endpoint.handle(params, { deps, log });
    } catch (error) {
      return replyForError(error, log);
    }
  };
  const ref = endpoint.idempotent && typeof params.ref === 'string' ? params.ref : undefined;
  return ref ? runOnce(deps.db, endpoint.path, ref, params, run) : run();
}

export function registerEndpoint(
  scope: FastifyInstance,
  endpoint: Endpoint,
  deps: ApiDeps,
  checkKey: ApiKeyCheck,
) {
  const arrayFields = endpoint.params
    .docs()
    .filter(([, doc]) => doc.type === 'array')
    .map(([name]) => name);
  // Requests whose key came in a header or the query string, checked (and right) before the body was read.
  const keyChecked = new WeakSet<FastifyRequest>();
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    if (Number(request.headers['content-length'] ?? 0) > REQUEST_BYTES_LIMIT)
      return sendReply(reply, replies.tooLarge());
    const early = earlyApiKey(request);
    if (early === undefined) return; // MPWA style: api_key is a body field, checked once the body is read
    const denied = checkKey(request, early);
    if (denied) return sendReply(reply, denied);
    keyChecked.add(request);
  };
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    // A multipart body's key is checked when its file begins, so a wrong key never makes us buffer the file.
    const checkBodyKey = (fields: RawParams) => {
      if (keyChecked.has(request)) return;
      const denied = checkKey(request, givenApiKey(request, fields));
      if (denied) throw new RestFailure(denied);
      keyChecked.add(request);
    };
    const raw = await collectParams(request, arrayFields, (fields) => {
      if (fields.api_key !== undefined) checkBodyKey(fields);
    });
    checkBodyKey(raw);
    return sendReply(reply, await invokeEndpoint(endpoint, deps, raw, request.log));
  };
  // No automatic HEAD route: a HEAD request must never send a message.
  scope.route({ method: ['GET', 'POST'], url: endpoint.path, exposeHeadRoute: false, onRequest, handler });
}
