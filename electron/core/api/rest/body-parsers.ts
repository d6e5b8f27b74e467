// Bodies exactly as clients send them: PHP http_build_query (button[0]=…), Python requests (button=…&button=…),
// axios JSON, multipart with an optional file — parsed by qs with limits, never by hand.
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import qs from 'qs';

/** Like PHP's max_input_vars and nesting depth: beyond these, extra keys are dropped, not parsed. */
export const qsOptions: qs.IParseOptions = {
  arrayLimit: 100,
  depth: 5,
  parameterLimit: 1000,
  allowPrototypes: false,
  plainObjects: false,
};

/** Form and JSON bodies (1 MB); multipart files may be up to WhatsApp's 100 MB document limit. */
export const BODY_LIMIT = 1024 * 1024;
export const MULTIPART_LIMITS = {
  fieldNameSize: 200,
  fieldSize: BODY_LIMIT,
  fields: 1000,
  fileSize: 100 * 1024 * 1024,
  files: 1,
  parts: 1001,
  headerPairs: 200,
};
/** All text fields of one multipart body together: the same 1 MB as a form body (1000 fields of 1 MB would be 1 GB). */
export const MULTIPART_FIELDS_TOTAL = BODY_LIMIT;
/** A whole request, refused from its Content-Length before a byte is read: the file, the fields, the framing. */
export const REQUEST_BYTES_LIMIT = MULTIPART_LIMITS.fileSize + MULTIPART_FIELDS_TOTAL + 64 * 1024;

/** A body that cannot be read as what its Content-Type says. */
export class BodyError extends Error {
  constructor(
    readonly statusCode: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

export function parseQueryString(text: string): Record<string, unknown> {
  try {
    return qs.parse(text, qsOptions) as Record<string, unknown>;
  } catch {
    throw new BodyError(400, 'The request parameters could not be read.');
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    // JSON.parse keeps "__proto__" as an own key, and params are only ever copied with spread, never assigned.
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.');
  }
}

/** Plain text or no Content-Type at all (some HTTP clients): JSON if it looks like JSON, else a query string. */
function parseUntyped(text: string): unknown {
  const trimmed = text.trim();
  return trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(trimmed) : parseQueryString(trimmed);
}

export async function registerBodyParsers(scope: FastifyInstance): Promise<void> {
  await scope.register(formbody, { bodyLimit: BODY_LIMIT, parser: (text) => parseQueryString(text) });
  await scope.register(multipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
  scope.removeContentTypeParser(['application/json', 'text/plain']);
  const asString = { parseAs: 'string' as const, bodyLimit: BODY_LIMIT };
  const json = (_request: unknown, body: unknown, done: (error: Error | null, value?: unknown) => void) => {
    try {
      done(null, parseJson(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  };
  // The string form matches whatever parameters follow ("; charset=utf-8"); the RegExp catches vnd.…+json.
  scope.addContentTypeParser('application/json', asString, json);
  scope.addContentTypeParser(/^application\/[\w.-]+\+json(;|$)/i, asString, json);
  scope.addContentTypeParser('text/plain', asString, (_request, body, done) => {
    try {
      done(null, parseUntyped(body as unknown as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  scope.addContentTypeParser('*', (request, _payload, done) => {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    done(
      new BodyError(
        415,
        `Unsupported Content-Type "${type.slice(0, 100)}". Send application/x-www-form-urlencoded, application/json or multipart/form-data.`,
      ),
      undefined,
    );
  });
}
