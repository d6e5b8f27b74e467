// The API key: X-Api-Key header (keeps it out of URLs and logs), Bearer token, or api_key in query/body.
// Compared in constant time. Wrong keys are counted per client address; the right key is always accepted
// (gate/failed-key-limiter.ts says why), so nobody can lock the owner's integration out by guessing.
import type { FastifyRequest } from 'fastify';
import type { RawParams } from './collect-params';
import { parseQueryString } from './body-parsers';
import { replies, type RestReply } from './responses';
import { sameSecret } from '../same-secret';
import { createFailedAttemptLimiter } from '../gate/failed-key-limiter';

/** Wrong keys per client address and minute before its further wrong keys get 429 instead of 401. */
export const FAILED_KEY_LIMIT = 10;
const WINDOW_MS = 60_000;

function headerKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const bearer = /^Bearer\s+(.+)$/i.exec(String(request.headers.authorization ?? ''));
  return bearer ? bearer[1].trim() : undefined;
}

const paramKey = (params: RawParams): string | undefined => {
  const param = params.api_key;
  if (typeof param === 'string') return param.trim();
  if (typeof param === 'number') return String(param);
  return undefined;
};

export const givenApiKey = (request: FastifyRequest, params: RawParams) =>
  headerKey(request) ?? paramKey(params);

/** The key from the header or the query string: known before the body is read (undefined: it is in the body). */
export function earlyApiKey(request: FastifyRequest): string | undefined {
  const url = request.raw.url ?? '';
  const q = url.indexOf('?');
  return headerKey(request) ?? (q >= 0 ? paramKey(parseQueryString(url.slice(q + 1))) : undefined);
}

export type ApiKeyCheck = (request: FastifyRequest, given: string | undefined) => RestReply | null;

export function createApiKeyCheck(expectedKey: () => string): ApiKeyCheck {
  const limiter = createFailedAttemptLimiter(FAILED_KEY_LIMIT, WINDOW_MS);
  return (request, given) => {
    if (given && sameSecret(given, expectedKey())) return null;
    const wait = limiter.blockedFor(request.ip);
    if (wait > 0) return replies.tooManyAttempts(wait);
    limiter.recordFailure(request.ip);
    if (limiter.blockedFor(request.ip) > 0)
      request.log.warn({ ip: request.ip }, `${FAILED_KEY_LIMIT} wrong API keys within a minute`);
    return replies.unauthorized(
      given
        ? 'The API key does not match the one shown in Settings.'
        : 'No API key: send api_key (or the X-Api-Key header).',
    );
  };
}
