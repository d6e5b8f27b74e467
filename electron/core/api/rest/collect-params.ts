// All parameters of a request in one object, as Laravel's $request->all(): query string, then the body over it.
import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '../../../../shared/schemas/rules';
import { BodyError, MULTIPART_FIELDS_TOTAL, MULTIPART_LIMITS, parseQueryString } from './body-parsers';
import { RestFailure } from './responses';

export type RawParams = Record<string, unknown>;

const isObject = (value: unknown): value is RawParams =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * In form data a one-item list is indistinguishable from a single value (Python requests sends
 * ['A'] as button=A), so array fields take a lone string as a one-item list. JSON keeps its types.
 */
function listify(params: RawParams, arrayFields: readonly string[]): RawParams {
  const out = { ...params };
  for (const field of arrayFields) {
    const value = out[field];
    // An empty value is "absent" (Laravel's ConvertEmptyStringsToNull), not a list with one empty item.
    if (typeof value === 'string' && value.trim() !== '') out[field] = [value];
  }
  return out;
}

/**
 * GET query strings: MPWA explodes array fields on commas (`button=Ya,Tidak`, `option=A,B,C`), so a lone
 * string with commas is that list. Repeated (`button=Ya&button=Tidak`) and bracketed keys are lists already.
 */
function explodeCommas(params: RawParams, arrayFields: readonly string[]): RawParams {
  const out = { ...params };
  for (const field of arrayFields) {
    const value = out[field];
    // A JSON list or object (`button=[{"type":"reply",…}]`) is read whole, never cut at its commas.
    if (typeof value === 'string' && value.includes(',') && !/^\s*[[{]/.test(value))
      out[field] = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
  }
  return out;
}

/** Called with the fields read so far when the file part begins (the API key check, before the file is read). */
export type BeforeFile = (fields: RawParams) => void;

// Field names like button[0] or button[] follow the same qs rules as a form body.
const fieldsOf = (pairs: Array<[string, string]>) => parseQueryString(new URLSearchParams(pairs).toString());

async function readMultipart(request: FastifyRequest, beforeFile?: BeforeFile): Promise<RawParams> {
  const pairs: Array<[string, string]> = [];
  let fieldBytes = 0;
  let file: UploadedFile | undefined;
  try {
    for await (const part of request.parts({ limits: MULTIPART_LIMITS })) {
      if (part.type === 'file') {
        beforeFile?.(fieldsOf(pairs));
        const data = await part.toBuffer();
        file = { kind: 'uploaded-file', data, filename: part.filename ?? '', mimetype: part.mimetype ?? '' };
      } else {
        if (part.valueTruncated || part.fieldnameTruncated)
          throw new BodyError(413, 'A multipart field is too large.');
        const value = typeof part.value === 'string' ? part.value : JSON.stringify(part.value ?? '');
        fieldBytes += part.fieldname.length + value.length;
        if (fieldBytes > MULTIPART_FIELDS_TOTAL)
          throw new BodyError(413, 'The multipart fields are too large.');
        // Multipart encoders turn every newline into CRLF (HTML spec); give the text back as the client wrote it.
        pairs.push([part.fieldname, value.replace(/\r\n/g, '\n')]);
      }
    }
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413 || error instanceof BodyError || error instanceof RestFailure) throw error;
    throw new BodyError(400, 'The multipart body is malformed.');
  }
  const fields = fieldsOf(pairs);
  return file ? { ...fields, file } : fields;
}

export async function collectParams(
  request: FastifyRequest,
  arrayFields: readonly string[],
  beforeFile?: BeforeFile,
): Promise<RawParams> {
  const url = request.raw.url ?? '';
  const q = url.indexOf('?');
  const parsed = q >= 0 ? parseQueryString(url.slice(q + 1)) : {};
  const query = listify(request.method === 'GET' ? explodeCommas(parsed, arrayFields) : parsed, arrayFields);
  let body: RawParams = {};
  if (request.isMultipart()) body = listify(await readMultipart(request, beforeFile), arrayFields);
  else if (isObject(request.body)) {
    const json = /json/i.test(String(request.headers['content-type'] ?? ''));
    body = json ? request.body : listify(request.body, arrayFields);
  }
  return { ...query, ...body };
}
