// 10,000 malformed requests against a real core: wrong types, huge and deeply nested arrays, invalid UTF-8,
// 10 MB bodies, wrong content types, broken multipart and raw HTTP. No 5xx, and the server keeps answering.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../test/support/rest-client';
import { startTestCore } from '../../../../test/support/temp-core';
import type { Core } from '../../app';

// About 12 s on an idle 2-core machine; the generous test timeout is for a loaded CI box.
const TOTAL = 10_000;
const CONCURRENCY = 24;

/** mulberry32: a seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const paths = [...apiPaths, '/openapi.json', '/nope'];
const fields = [
  'api_key',
  'sender',
  'number',
  'message',
  'media_type',
  'url',
  'caption',
  'ppt',
  'button',
  'template',
  'list',
  'title',
  'name',
  'buttontext',
  'footer',
  'option',
  'countable',
  'latitude',
  'longitude',
  'phone',
  'id',
  'ref',
  'msgid',
  'file',
  'device',
  '__proto__',
  'constructor',
];
const contentTypes = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/xml',
  'multipart/form-data',
  'multipart/form-data; boundary=xyz',
  'image/png',
  'application/json; charset=latin1',
  '',
  'application/vnd.api+json',
  '*/*',
  ';;;',
  'text/html',
];

// Expensive inputs built once; the generator only picks among them (it shares the CPUs with the server).
const LONG = 'a'.repeat(70_000);
const LISTS = [0, 6, 11, 101, 5000].map((n) =>
  Array.from({ length: n }, (_, i) => ['x', '', '1', 'Pilihan'][i % 4]),
);
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const DEEP = [deepArray(50), deepArray(5000), deepArray(20_000), `{"button":${deepArray(3000)}}`];
const BIG_LIST = '{"button":[' + '"x",'.repeat(100_000) + '"y"]}';
const REPEATED_KEYS = 'button=' + 'x&button='.repeat(3000);
const AMPERSANDS = '&'.repeat(5000);

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

function makeGenerator(rand: () => number, key: string) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const int = (max: number) => Math.floor(rand() * max);
  const text = (): string =>
    pick([
      '',
      ' ',
      'x',
      '0812345678',
      '+62 812-3456-7890',
      '120363025246125486@g.us',
      'call|A|0812',
      'url|B|google.com',
      'image',
      'true',
      '\u0000\u0001',
      '😀'.repeat(int(50)),
      LONG.slice(0, int(70_000)),
      '%E2%82',
      '\ud800',
      '<script>',
      '../../etc/passwd',
      'https://127.0.0.1:1/x.jpg',
    ]);
  const value = (depth = 0): unknown => {
    switch (int(depth > 3 ? 6 : 9)) {
      case 0:
        return text();
      case 1:
        return rand() * 1e6 - 5e5;
      case 2:
        return rand() < 0.5;
      case 3:
        return null;
      case 4:
        return int(3) === 0 ? 1e308 * 10 : -0;
      case 5:
        return text();
      case 6:
        return Array.from({ length: int(8) }, () => value(depth + 1));
      case 7:
        return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(fields), value(depth + 1)]));
      default:
        return pick(LISTS);
    }
  };
  const params = () => Object.fromEntries(Array.from({ length: int(10) }, () => [pick(fields), value()]));
  const formKey = () =>
    pick(fields) +
    pick(['', '[]', '[0]', '[99999]', '[a][b][c][d][e][f][g]', '[', ']]', '[__proto__]', '%5B0%5D']);
  // A lone surrogate cannot be percent-encoded; send the raw invalid UTF-8 bytes' escapes instead.
  const encode = (text: string) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return text.replace(/[\ud800-\udfff]/g, '%ED%A0%80');
    }
  };
  const form = (count: number) =>
    Array.from({ length: count }, () => `${formKey()}=${encode(String(value()).slice(0, 3000))}`).join(
      pick(['&', '&&', ';', '&=&']),
    );
  const invalidUtf8 = () =>
    Buffer.concat([
      Buffer.from('{"message":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
      Buffer.from('","number":"x"}'),
    ]);
  const multipart = () => {
    const boundary = 'b' + int(1e9);
    const parts = Array.from({ length: int(6) }, () => {
      const file = rand() < 0.3;
      return `--${boundary}\r\nContent-Disposition: form-data; name="${formKey()}"${file ? '; filename="x.jpg"\r\nContent-Type: image/jpeg' : ''}\r\n\r\n${String(value()).slice(0, 5000)}\r\n`;
    }).join('');
    const broken = pick([
      '',
      '',
      `--${boundary}--\r\n`,
      '--wrong--',
      `--${boundary}\r\nContent-Disposition: form-data\r\n\r\n`,
    ]);
    return {
      type: `multipart/form-data; boundary=${boundary}`,
      body: parts + (broken || `--${boundary}--\r\n`),
    };
  };

  return (index: number): FuzzRequest => {
    const headers: Record<string, string> = {};
    // Nearly all carry the right key (so parsing and validation get exercised); a few do not.
    if (index % 1500 !== 7) headers['x-api-key'] = key;
    const path = pick(paths);
    const method = pick(['POST', 'POST', 'POST', 'GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
      const query =
        rand() < 0.5
          ? form(int(40))
          : pick(['a[b][c][d][e][f][g][h][i]=1', '%', '%%%', REPEATED_KEYS, AMPERSANDS]);
      return { method, path: `${path}?${query}`, headers };
    }
    switch (int(8)) {
      case 0:
        return {
          method,
          path,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(params()),
        };
      case 1:
        return {
          method,
          path,
          headers: { ...headers, 'content-type': 'application/json' },
          body: pick([
            ...DEEP,
            '{"a":',
            '"str"',
            '123',
            'null',
            '[]',
            '{"__proto__":{"x":1}}',
            '\u0000',
            BIG_LIST,
          ]),
        };
      case 2:
        return {
          method,
          path,
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          body: form(pick([1, 10, 200, 1500])),
        };
      case 3:
        return {
          method,
          path,
          headers: {
            ...headers,
            'content-type': pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain']),
          },
          body: invalidUtf8(),
        };
      case 4: {
        const { type, body } = multipart();
        return {
          method,
          path,
          headers: { ...headers, 'content-type': rand() < 0.9 ? type : 'multipart/form-data' },
          body,
        };
      }
      case 5:
        return {
          method,
          path,
          headers: { ...headers, 'content-type': pick(contentTypes) },
          body: pick([form(5), JSON.stringify(params()), 'garbage', Buffer.from([0, 159, 146, 150])]),
        };
      case 6:
        return { method, path, headers, body: pick([form(3), JSON.stringify(params()), '']) };
      default:
        return {
          method,
          path,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ ...params(), api_key: key }),
        };
    }
  };
}

/** A request the HTTP parser itself must survive. */
function rawRequest(port: number, payload: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(1500, () => socket.destroy());
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', () => resolve(0));
    socket.end(payload);
  });
}

describe('fuzzing the REST API', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore();
  });
  afterAll(() => core.close());

  it(
    `answers ${TOTAL.toLocaleString('en')} malformed requests without a single 5xx and keeps answering`,
    { timeout: 180_000 },
    async () => {
      const key = core.settings.get().apiKey;
      const { port } = new URL(core.api.url);
      const next = makeGenerator(random(20261127), key);
      const statuses = new Map<number, number>();
      const serverErrors: string[] = [];
      const count = (status: number, what: string) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 && serverErrors.length < 5) serverErrors.push(`${status} ${what}`);
      };

      // Bodies of 10 MB in each encoding: refused with 413, never read whole.

      const ten = 'x'.repeat(10 * 1024 * 1024);
      for (const type of [
        'application/json',
        'application/x-www-form-urlencoded',
        'text/plain',
        'multipart/form-data; boundary=z',
      ]) {
        const body = type.startsWith('multipart')
          ? `--z\r\nContent-Disposition: form-data; name="message"\r\n\r\n${ten}\r\n--z--\r\n`
          : type.includes('json')
            ? `{"message":"${ten}"}`
            : `message=${ten}`;
        const response = await fetch(`${core.api.url}/send-message`, {
          method: 'POST',
          headers: { 'content-type': type, 'x-api-key': key },
          body,
        });
        expect(response.status, type).toBe(413);
        count(response.status, `10MB ${type}`);
      }
      const rawPayloads = [
        'GET /send-message HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n',
        'POST /send-message HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n',
        'POST /send-message HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{"a":1}',
        'POST /send-message?%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}',
        'GARBAGE\r\n\r\n',
        `GET /send-message?${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      ];
      // Run beside the main load; an incomplete request only ends when its socket times out.
      const raw = Promise.all(
        rawPayloads.map(async (payload) =>
          count(await rawRequest(Number(port), payload), payload.slice(0, 40)),
        ),
      );
      const rawCount = rawPayloads.length;

      let issued = [...statuses.values()].reduce((a, b) => a + b, 0) + rawCount;
      const started = Date.now();
      const worker = async () => {
        while (issued < TOTAL) {
          const index = issued++;
          const request = next(index);
          try {
            const response = await fetch(`${core.api.url}${request.path}`, {
              method: request.method,
              headers: request.headers,
              body: request.body as BodyInit | undefined,
            });
            await response.arrayBuffer();
            count(
              response.status,
              `${request.method} ${request.path.slice(0, 80)} ${String(request.body ?? '').slice(0, 120)}`,
            );
          } catch (error) {
            const cause = (error as Error & { cause?: Error }).cause;
            count(
              599,
              `${request.method} ${request.path.slice(0, 80)} ${String(request.body ?? '').slice(0, 120)}: ${(error as Error).message} (${cause?.message ?? ''} ${(cause as { code?: string } | undefined)?.code ?? ''})`,
            );
          }
        }
      };
      await Promise.all([...Array.from({ length: CONCURRENCY }, worker), raw]);
      const seconds = (Date.now() - started) / 1000;

      expect(serverErrors).toEqual([]);
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(TOTAL);
      // Every kind of refusal occurred, so the generator reached each layer.
      for (const status of [400, 401, 404, 413, 415, 422, 431])
        expect(statuses.get(status) ?? 0, `HTTP ${status}`).toBeGreaterThan(0);
      console.log(
        `fuzz: ${total} requests in ${seconds.toFixed(1)} s`,
        Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
      );

      expect((await fetch(`${core.api.url}/health`)).status).toBe(200);
      const valid = await fetch(`${core.api.url}/send-message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ sender: '6281234567890', number: '628123456789', message: 'still here' }),
      });
      expect(await valid.json()).toEqual({
        status: false,
        msg: 'Failed to send message!',
        message: 'Failed to send message!',
        errors: 'Failed to access whatsapp server',
      });
    },
  );
});
