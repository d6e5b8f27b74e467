// Issue 14, points 1, 2, 3 and 11: what MPWA clients read from an answer — the HTTP status (200 for every
// success, non-2xx for every failure), `message` beside `msg`, the id under `data` (all of `data.key` with
// full=1), and the API key wherever MPWA scripts put it. MPWA's own answers: zymzz-id/MPWA
// app/Http/Controllers/Api/ApiController.php (handleResponse / sendFailResponse: 200 or 400; `full` returns
// the Node server's `{status, data: <Baileys send result>}`, server/controllers/index.js handleResponSendMessage).
import { describe, expect, it } from 'vitest';
import { callApi, encodings, type Encoding } from '../../support/rest-client';
import { rawRequest, SENT, sendAndReceive, useCompat } from './harness';

const ctx = useCompat('6281234567141', '6281234567142');

describe('1 + 2: statuses and bodies', () => {
  it('every documented 2xx in the OpenAPI is exactly 200', async () => {
    const spec = (await callApi(ctx.url, '/openapi.json', {}, 'get')).body;
    const codes = Object.values(spec.paths as Record<string, Record<string, { responses: object }>>).flatMap(
      (path) => Object.values(path).flatMap((op) => Object.keys(op.responses)),
    );
    expect(codes.filter((code) => code.startsWith('2'))).toEqual(codes.filter((code) => code === '200'));
    expect(codes).toContain('200');
  });

  it('/generate-qr: "processing" and the QR are HTTP 200; an already connected device is 400', async () => {
    ctx.emu.createPhone('6281234567149', 'Baru');
    const first = await callApi(
      ctx.url,
      '/generate-qr',
      { api_key: ctx.key, device: '6281234567149' },
      'get',
    );
    expect(first.status).toBe(200);
    expect(['processing', true]).toContain(first.body.status);
    const connected = await callApi(ctx.url, '/generate-qr', { api_key: ctx.key, device: ctx.sender }, 'php');
    expect(connected).toMatchObject({
      status: 400,
      body: { status: false, message: 'Device already connected!' },
    });
    expect(Object.keys(connected.body)).toEqual(['status', 'message']);
  });

  it('every failure is non-2xx JSON with the same text under msg and message, msg first', async () => {
    const base = { api_key: ctx.key, sender: ctx.sender, number: ctx.phone.number };
    const failures = [
      [await callApi(ctx.url, '/send-message', { ...base, message: '' }, 'php'), 422, 'Invalid data!'],
      [
        await callApi(ctx.url, '/send-message', { ...base, api_key: 'salah', message: 'x' }),
        401,
        'Invalid API key',
      ],
      [
        await callApi(ctx.url, '/send-message', { ...base, sender: '6281234567000', message: 'x' }, 'get'),
        404,
        'Failed to send message!',
      ],
      [await callApi(ctx.url, '/send-nothing', base), 404, 'Not found: POST /send-nothing'],
      [
        await rawRequest(`${ctx.url}/send-message`, {
          headers: { 'content-type': 'application/json' },
          body: '{"api_key": "x",',
        }),
        400,
        'Invalid data!',
      ],
    ] as const;
    for (const [answer, status, msg] of failures) {
      expect(answer.status, msg).toBe(status);
      expect(answer.body, msg).toMatchObject({ status: false, msg, message: msg });
      expect(Object.keys(answer.body).slice(0, 3), msg).toEqual(['status', 'msg', 'message']);
    }
  });
});

describe('2 + 3: success answers carry message and data.id in every encoding', () => {
  for (const encoding of encodings) {
    it(`send-message as ${encoding}`, async () => {
      const { answer, received } = await sendAndReceive(
        ctx,
        '/send-message',
        { message: `halo ${encoding}` },
        encoding,
      );
      expect(received.text).toBe(`halo ${encoding}`);
      expect(answer.body.data.id).toBe(received.id);
    });
  }
});

describe('3: full=1 answers the send result under data', () => {
  const fullValues: Array<[Encoding, unknown]> = [
    ['php', '1'],
    ['python', '1'],
    ['get', '1'],
    ['multipart', 'true'],
    ['json', true],
    ['json', 1],
  ];
  for (const [encoding, full] of fullValues) {
    it(`full=${JSON.stringify(full)} as ${encoding}`, async () => {
      const answer = await callApi(
        ctx.url,
        '/send-message',
        { api_key: ctx.key, sender: ctx.sender, number: ctx.phone.number, message: 'lengkap', full },
        encoding,
      );
      expect(answer.status).toBe(200);
      const id = answer.body.id;
      expect(answer.body).toEqual({
        status: true,
        msg: SENT,
        message: SENT,
        id,
        message_id: id,
        data: {
          id,
          key: { id, remoteJid: `${ctx.phone.number}@s.whatsapp.net`, fromMe: true },
          messageTimestamp: expect.any(Number),
          status: 1,
        },
      });
      expect(Math.abs(answer.body.data.messageTimestamp - Date.now() / 1000)).toBeLessThan(120);
      expect((await ctx.phone.waitForMessage((m) => m.id === id)).text).toBe('lengkap');
    });
  }
});

describe('11: the API key the way MPWA scripts send it', () => {
  const params = () => ({ sender: ctx.sender, number: ctx.phone.number });
  const ways: Array<[string, Encoding, Record<string, unknown>, Record<string, string>]> = [
    ['api_key in a form body', 'php', { api_key: '{key}' }, {}],
    ['api_key in a JSON body', 'json', { api_key: '{key}' }, {}],
    ['api_key in the query', 'get', { api_key: '{key}' }, {}],
    ['X-Api-Key header', 'json', {}, { 'x-api-key': '{key}' }],
    ['Authorization: Bearer', 'python', {}, { authorization: 'Bearer {key}' }],
  ];
  for (const [label, encoding, body, headers] of ways) {
    it(label, async () => {
      const fill = (o: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v).replace('{key}', ctx.key)]));
      const answer = await callApi(
        ctx.url,
        '/send-message',
        { ...params(), ...fill(body), message: label },
        encoding,
        fill(headers) as Record<string, string>,
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: true, msg: SENT, message: SENT });
      expect((await ctx.phone.waitForMessage((m) => m.id === answer.body.id)).text).toBe(label);
    });
  }

  it('api_key in the query of a JSON POST (as Guzzle `query` + `json` sends it)', async () => {
    const answer = await rawRequest(`${ctx.url}/send-message?api_key=${ctx.key}`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...params(), message: 'kunci di query' }),
    });
    expect(answer.status).toBe(200);
    expect((await ctx.phone.waitForMessage((m) => m.id === answer.body.id)).text).toBe('kunci di query');
  });
});
