// OpenAPI 3.1 of the REST API, generated from the same endpoint definitions and zod schemas that serve it.
import type { FieldDoc } from '../../../../shared/schemas/rules';
import { BODY_LIMIT } from './body-parsers';
import { FAILED_KEY_LIMIT } from './api-key';
import { documentedFields, type Endpoint, type ResponseDoc } from './endpoint';
import { replies, withMessage, type RestBody } from './responses';

type Json = Record<string, unknown>;

function fieldSchema(doc: FieldDoc): Json {
  const base: Json = { description: doc.description };
  if (doc.example !== undefined) base.examples = [doc.example];
  switch (doc.type) {
    case 'array':
      return {
        ...base,
        type: 'array',
        items: doc.items ?? { type: 'string' },
        maxItems: doc.maxItems,
        ...(doc.minItems ? { minItems: doc.minItems } : {}),
      };
    case 'boolean':
      return {
        ...base,
        oneOf: [
          { type: 'boolean' },
          { type: 'string', enum: ['true', 'false', '1', '0'] },
          { type: 'integer', enum: [0, 1] },
        ],
      };
    case 'file':
      return { ...base, type: 'string', format: 'binary' };
    case 'number':
    case 'integer':
      return { ...base, type: doc.type };
    default:
      return {
        ...base,
        type: 'string',
        ...(doc.maxLength ? { maxLength: doc.maxLength } : {}),
        ...(doc.enum ? { enum: doc.enum } : {}),
        ...(doc.format ? { format: doc.format } : {}),
      };
  }
}

const apiKeyDoc: FieldDoc = {
  type: 'string',
  required: false,
  description: 'Your API key (Settings). Or send it in the X-Api-Key header, which keeps it out of logs.',
  example: 'YOUR_API_KEY',
};

function bodySchema(endpoint: Endpoint, withFile: boolean): Json {
  const fields = documentedFields(endpoint).filter(([, doc]) => withFile || doc.type !== 'file');
  return {
    type: 'object',
    properties: Object.fromEntries([
      ['api_key', fieldSchema(apiKeyDoc)],
      ...fields.map(([name, doc]) => [name, fieldSchema(doc)]),
    ]),
    required: fields.filter(([, doc]) => doc.required).map(([name]) => name),
  };
}

const response = (doc: ResponseDoc): Json => ({
  description: doc.description,
  content: {
    'application/json': {
      schema: { $ref: '#/components/schemas/Reply' },
      ...(doc.examples
        ? {
            examples: Object.fromEntries(
              Object.entries({ default: doc.example, ...doc.examples }).map(([name, value]) => [
                name,
                { value: withMessage(value as RestBody) },
              ]),
            ),
          }
        : { example: withMessage(doc.example as RestBody) }),
    },
  },
});

function operation(endpoint: Endpoint, method: 'get' | 'post'): Json {
  const docs = documentedFields(endpoint);
  const hasFile = docs.some(([, doc]) => doc.type === 'file');
  const invalid = endpoint.params.validate({});
  const responses: Record<string, Json> = {};
  for (const [code, doc] of Object.entries(endpoint.responses)) responses[code] = response(doc);
  responses['422'] ??= response({
    description: 'Invalid parameters: every failing field at once, in Laravel wording.',
    example: replies.invalid(invalid.ok ? {} : invalid.errors).body,
  });
  Object.assign(responses, {
    400: { $ref: '#/components/responses/BadBody' },
    401: { $ref: '#/components/responses/Unauthorized' },
    403: { $ref: '#/components/responses/HostNotAllowed' },
    413: { $ref: '#/components/responses/TooLarge' },
    415: { $ref: '#/components/responses/UnsupportedType' },
  });
  // Sends document their own 429 (a restricted number) beside the wrong-key one.
  responses['429'] ??= { $ref: '#/components/responses/TooManyAttempts' };
  const op: Json = {
    operationId: `${method}${endpoint.path.replace(/(^|-|\/)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: endpoint.description,
    responses,
  };
  if (method === 'get') {
    op.parameters = [
      ['api_key', apiKeyDoc] as [string, FieldDoc],
      ...docs.filter(([, doc]) => doc.type !== 'file'),
    ].map(([name, doc]) => ({
      name,
      in: 'query',
      required: doc.required,
      schema: fieldSchema(doc),
      ...(doc.type === 'array' ? { style: 'form', explode: true } : {}),
    }));
  } else {
    const arrays = docs.filter(([, doc]) => doc.type === 'array').map(([name]) => name);
    const encoding = Object.fromEntries(arrays.map((name) => [name, { style: 'form', explode: true }]));
    op.requestBody = {
      required: true,
      description:
        'Form data (PHP `button[0]=A&button[1]=B` or repeated keys `button=A&button=B`; a single value counts as a one-item list), ' +
        'JSON, or multipart/form-data' +
        (hasFile ? ' (with the file in field `file` instead of `url`)' : '') +
        '.',
      content: {
        'application/x-www-form-urlencoded': {
          schema: bodySchema(endpoint, false),
          ...(arrays.length ? { encoding } : {}),
        },
        'application/json': { schema: bodySchema(endpoint, false) },
        'multipart/form-data': { schema: bodySchema(endpoint, hasFile) },
      },
    };
  }
  return op;
}

export function buildOpenApi(endpoints: Endpoint[], baseUrl: string, version: string): Json {
  const error = (description: string, example: Json) => response({ description, example });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wasender Desktop REST API',
      version,
      description:
        'The wasender REST API served by Wasender Desktop on this computer: scripts written for the hosted service work ' +
        'unchanged with this base URL. Every endpoint accepts POST (form, JSON or multipart) and GET (query parameters; ' +
        'on GET a list may also be comma-separated, `button=Ya,Tidak`, as MPWA reads it); a trailing slash is the same path. ' +
        'Statuses: every success (and /generate-qr\'s "processing") is HTTP 200, every failure non-2xx with `status: false`. ' +
        'Every answer repeats `msg` as `message`; unknown fields are ignored and empty ones count as absent.',
    },
    servers: [{ url: baseUrl }],
    security: [{ ApiKeyHeader: [] }, { ApiKeyParam: [] }, { BearerKey: [] }],
    paths: Object.fromEntries(
      endpoints.map((endpoint) => [
        endpoint.path,
        { get: operation(endpoint, 'get'), post: operation(endpoint, 'post') },
      ]),
    ),
    components: {
      securitySchemes: {
        ApiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        BearerKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'The API key as `Authorization: Bearer <key>`, as some MPWA integrations send it.',
        },
        ApiKeyParam: {
          type: 'apiKey',
          in: 'query',
          name: 'api_key',
          description: 'Also accepted in the body.',
        },
      },
      schemas: {
        Reply: {
          type: 'object',
          required: ['status'],
          properties: {
            status: { type: 'boolean', description: 'true on success.' },
            msg: { type: 'string' },
            message: {
              type: 'string',
              description: 'The same text as msg, for clients that read message (MPWA-era scripts).',
            },
            id: { type: 'string', description: 'WhatsApp message id of a sent message.' },
            data: {
              type: 'object',
              description:
                "A sent message: its id; with full=1 also MPWA's send result (key.id, key.remoteJid, key.fromMe, messageTimestamp, status).",
              properties: {
                id: { type: 'string' },
                key: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    remoteJid: { type: 'string' },
                    fromMe: { type: 'boolean' },
                  },
                },
                messageTimestamp: { type: 'integer', description: 'Unix seconds.' },
                status: {
                  type: 'integer',
                  description: '1 = pending (sent, not yet acknowledged by the phone).',
                },
              },
            },
            errors: {
              description: 'Validation errors per field (Laravel wording), or a sentence.',
              oneOf: [
                { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
                { type: 'string' },
              ],
            },
          },
        },
      },
      responses: {
        BadBody: error(
          'The body is not what its Content-Type says (e.g. invalid JSON).',
          replies.invalid({ body: ['The request body is not valid JSON.'] }, 400).body,
        ),
        Unauthorized: error(
          'Missing or wrong API key.',
          replies.unauthorized('The API key does not match the one shown in Settings.').body,
        ),
        HostNotAllowed: error('The Host header is not this computer (DNS-rebinding protection).', {
          status: false,
          msg: 'Host not allowed',
        }),
        TooLarge: error(`Body over ${BODY_LIMIT / 1024} KB (form/JSON) or a file over its limit.`, {
          status: false,
          msg: 'Request body is too large.',
        }),
        UnsupportedType: error('A Content-Type other than form, JSON or multipart.', {
          status: false,
          msg: 'Unsupported Content-Type "application/xml". Send application/x-www-form-urlencoded, application/json or multipart/form-data.',
        }),
        TooManyAttempts: error(
          `More than ${FAILED_KEY_LIMIT} wrong API keys from this address within a minute; further wrong keys get 429 until the minute is over (the right key is always accepted).`,
          replies.tooManyAttempts(42).body,
        ),
      },
    },
  };
}
