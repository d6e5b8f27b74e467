// The API key: X-Api-Key header (keeps it out of URLs and logs), Bearer token, or api_key in body/query.
// Compared in constant time; wrong or missing keys are counted per client and blocked past a limit.
import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawParams } from './collect-params';
import { replies, type RestReply } from './responses';
import { sameSecret } from '../same-secret';

/** Failed attempts per client address and minute before every request of that client gets 429. */
export const FAILED_KEY_LIMIT = 10;
const WINDOW_MS = 60_000;

export function givenApiKey(request: FastifyRequest, params: RawParams): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const bearer = /^Bearer\s+(.+)$/i.exec(String(request.headers.authorization ?? ''));
  if (bearer) return bearer[1].trim();
  const param = params.api_key;
  if (typeof param === 'string') return param.trim();
  if (typeof param === 'number') return String(param);
  return undefined;
}

export type ApiKeyCheck = (request: FastifyRequest, params: RawParams) => Promise<RestReply | null>;

/** Needs @fastify/rate-limit registered on the scope (it provides createRateLimit). */
export function createApiKeyCheck(scope: FastifyInstance, expectedKey: () => string): ApiKeyCheck {
  const limiter = scope.createRateLimit({
    max: FAILED_KEY_LIMIT,
    timeWindow: WINDOW_MS,
    keyGenerator: (request: FastifyRequest) => `api-key:${request.ip}`,
  });
  return async (request, params) => {
    // A blocked client is refused even with the right key, or the limit would not slow down guessing.
    const state = await limiter(request, { increment: false });
    if (!state.isAllowed && state.remaining === 0) return replies.tooManyAttempts(state.ttlInSeconds || 60);
    const given = givenApiKey(request, params);
    if (given && sameSecret(given, expectedKey())) return null;
    await limiter(request);
    return replies.unauthorized(
      given
        ? 'The API key does not match the one shown in Settings.'
        : 'No API key: send api_key (or the X-Api-Key header).',
    );
  };
}
