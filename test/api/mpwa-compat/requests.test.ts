// Issue 14, points 5, 6, 8 and 9: requests as MPWA scripts send them — empty strings as "absent" (Laravel's
// ConvertEmptyStringsToNull), GET arrays comma-separated (MPWA's `explode(',', …)` on GET, ApiController
// messagePoll), a trailing slash, extra fields, and the encodings seen in the field (PHP json_encode, Python
// json.dumps, Laravel asForm, Expect: 100-continue, Accept-Encoding).
import { describe, expect, it } from 'vitest';
import { callApi, encodings } from '../../support/rest-client';
import {
  expectSent,
  laravelAsForm,
  phpJsonEncode,
  pythonJsonDumps,
  rawRequest,
  SENT,
  sendAndReceive,
  useCompat,
} from './harness';

const ctx = useCompat('6281234567151', '6281234567152');
const base = () => ({ api_key: ctx.key, sender: ctx.sender, number: ctx.phone.number });
const received = (id: string) => ctx.phone.waitForMessage((m) => m.id === id);
const header = (m: { message: Record<string, any> }) => m.message.interactiveMessage?.header;
const footer = (m: { message: Record<string, any> }) => m.message.interactiveMessage?.footer;

describe('5: empty means absent', () => {
  for (const encoding of encodings) {
    it(`footer="", url="", msgid="" on send-button, caption="" on send-media (${encoding})`, async () => {
      const buttons = await sendAndReceive(
        ctx,
        '/send-button',
        { message: 'Pilih:', button: ['Ya', 'Tidak'], footer: '', url: '', msgid: '' },
        encoding,
      );
      expect(buttons.received.nativeFlow?.map((b) => b.name)).toEqual(['quick_reply', 'quick_reply']);
      expect(footer(buttons.received)?.text ?? '').toBe('');
      expect(header(buttons.received)?.hasMediaAttachment ?? false).toBe(false);
      expect(buttons.received.quotedId).toBeUndefined();
      const image = await sendAndReceive(
        ctx,
        '/send-media',
        { media_type: 'image', url: `${ctx.mediaUrl}/pixel.png`, caption: '' },
        encoding,
      );
      expect(image.received.type).toBe('imageMessage');
      expect(image.received.caption ?? '').toBe('');
    });
  }
});

describe('6: GET requests', () => {
  const get = (path: string, query: string) =>
    rawRequest(
      `${ctx.url}${path}?api_key=${ctx.key}&sender=${ctx.sender}&number=${ctx.phone.number}&${query}`,
      {
        method: 'GET',
      },
    );

  it('button, list, template and option comma-separated, as MPWA explodes them', async () => {
    const buttons = await get('/send-button', 'message=Pilih&button=Ya,Tidak');
    expectSent(buttons);
    expect((await received(buttons.body.id)).nativeFlow).toEqual([
      { name: 'quick_reply', params: { display_text: 'Ya', id: '1' } },
      { name: 'quick_reply', params: { display_text: 'Tidak', id: '2' } },
    ]);
    const list = await get('/send-list', 'title=Menu&name=Layanan&message=Pilih&buttontext=Buka&list=A,B,C');
    expectSent(list);
    const rows = (await received(list.body.id)).nativeFlow?.[0].params as { sections: { rows: unknown[] }[] };
    expect(rows.sections[0].rows).toEqual([
      { id: '1', title: 'A' },
      { id: '2', title: 'B' },
      { id: '3', title: 'C' },
    ]);
    const template = await get(
      '/send-template',
      `message=Hubungi&template=${encodeURIComponent('call|Telepon|628123456789,url|Situs|example.com')}`,
    );
    expectSent(template);
    expect((await received(template.body.id)).nativeFlow?.map((b) => b.name)).toEqual([
      'cta_call',
      'cta_url',
    ]);
    const poll = await get('/send-poll', 'name=Kapan&option=Pagi,Siang,Sore');
    expectSent(poll);
    expect((await received(poll.body.id)).poll?.options).toEqual(['Pagi', 'Siang', 'Sore']);
  });

  it('repeated and bracketed keys are lists too', async () => {
    const repeated = await get('/send-button', 'message=Pilih&button=Ya&button=Tidak');
    expectSent(repeated);
    expect((await received(repeated.body.id)).nativeFlow?.length).toBe(2);
    const bracketed = await get('/send-button', 'message=Pilih&button%5B0%5D=Ya&button%5B1%5D=Tidak');
    expectSent(bracketed);
    expect((await received(bracketed.body.id)).nativeFlow?.length).toBe(2);
  });

  it('anything else is a JSON 422 with the reason', async () => {
    const empty = await get('/send-button', 'message=Pilih&button=');
    expect(empty.status).toBe(422);
    expect(empty.body).toEqual({
      status: false,
      msg: 'Invalid data!',
      message: 'Invalid data!',
      errors: { button: ['The button field is required.'] },
    });
  });

  it('a trailing slash works the same, GET and POST, and nothing redirects', async () => {
    const post = await callApi(ctx.url, '/send-message/', { ...base(), message: 'garis miring' }, 'php');
    expectSent(post);
    expect((await received(post.body.id)).text).toBe('garis miring');
    const viaGet = await rawRequest(
      `${ctx.url}/send-message/?${new URLSearchParams({ ...base(), message: 'lewat GET' })}`,
      { method: 'GET' },
    );
    expectSent(viaGet);
    for (const path of ['/send-message/', '/docs/', '/openapi.json/', '/SEND-MESSAGE', '//send-message']) {
      const answer = await rawRequest(`${ctx.url}${path}`, { method: 'GET' });
      expect(answer.status >= 300 && answer.status < 400, `${path} ${answer.status}`).toBe(false);
      expect(answer.headers['content-type'], path).toMatch(/json|html/);
      expect(answer.headers.location, path).toBeUndefined();
    }
  });

  it('unknown paths answer the documented failure shape as JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/send-nothing'],
      ['POST', '/api/send-message'],
    ]) {
      const answer = await rawRequest(`${ctx.url}${path}`, { method });
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.body).toEqual({
        status: false,
        msg: `Not found: ${method} ${path}`,
        message: `Not found: ${method} ${path}`,
      });
    }
  });
});

describe('8: extra fields are ignored', () => {
  for (const encoding of encodings) {
    it(`type, delay, full=0 and unknown keys on send-message and send-media (${encoding})`, async () => {
      const extras = { type: 'text', delay: '5', full: '0', foo: 'bar', 'x-trace': 'abc' };
      const text = await sendAndReceive(ctx, '/send-message', { message: 'tambahan', ...extras }, encoding);
      expect(text.received.text).toBe('tambahan');
      const image = await sendAndReceive(
        ctx,
        '/send-media',
        { media_type: 'image', url: `${ctx.mediaUrl}/pixel.png`, caption: 'gambar', ...extras },
        encoding,
      );
      expect(image.received.caption).toBe('gambar');
    });
  }
});

describe('9: encodings seen in the field', () => {
  const text = 'Halo 😀 Ñandú — https://toko.example/p/1?a=b&c=d';
  const json = (body: string, contentType = 'application/json') =>
    rawRequest(`${ctx.url}/send-message`, { headers: { 'content-type': contentType }, body });

  it('PHP json_encode (escaped \\/, emoji as surrogate-pair \\uXXXX)', async () => {
    const body = phpJsonEncode({ ...base(), message: text });
    expect(body).toContain('\\ud83d\\ude00');
    expect(body).toContain('https:\\/\\/');
    const answer = await json(body);
    expectSent(answer);
    expect((await received(answer.body.id)).text).toBe(text);
  });

  it('Python requests json= (json.dumps, ASCII), and raw UTF-8 JSON with a charset', async () => {
    const python = await json(pythonJsonDumps({ ...base(), message: text }));
    expectSent(python);
    expect((await received(python.body.id)).text).toBe(text);
    const utf8 = await json(JSON.stringify({ ...base(), message: text }), 'application/json; charset=UTF-8');
    expectSent(utf8);
    expect((await received(utf8.body.id)).text).toBe(text);
  });

  it('Laravel asForm ("+" for a space, a literal "+" as %2B) and a GET query', async () => {
    const body = laravelAsForm({ ...base(), message: 'satu dua + tiga', button: ['Ya ok', 'Tidak'] });
    expect(body).toContain('message=satu+dua+%2B+tiga');
    const answer = await rawRequest(`${ctx.url}/send-message`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expectSent(answer);
    expect((await received(answer.body.id)).text).toBe('satu dua + tiga');
    const viaGet = await rawRequest(
      `${ctx.url}/send-message?${laravelAsForm({ ...base(), message: 'a b' })}`,
      {
        method: 'GET',
      },
    );
    expectSent(viaGet);
    expect((await received(viaGet.body.id)).text).toBe('a b');
  });

  it('PHP curl over 1 KiB: Expect: 100-continue gets 100 Continue, then the answer', async () => {
    const message = `panjang ${'x'.repeat(1500)}`;
    const answer = await rawRequest(`${ctx.url}/send-message`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', expect: '100-continue' },
      body: new URLSearchParams({ ...base(), message }).toString(),
    });
    expect(answer.continued).toBe(true);
    expectSent(answer);
    expect((await received(answer.body.id)).text).toBe(message);
  });

  for (const acceptEncoding of ['gzip, deflate, br, zstd', 'br', 'zstd', 'gzip;q=1.0, identity;q=0.5']) {
    it(`Accept-Encoding: ${acceptEncoding} gets a body the client can read (and Accept: application/json)`, async () => {
      const answer = await rawRequest(`${ctx.url}/send-message`, {
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-encoding': acceptEncoding,
        },
        body: JSON.stringify({ ...base(), message: acceptEncoding }),
      });
      // Not compressed at all is correct too; a compressed answer must say so and decode (rawRequest decodes it).
      const encoding = answer.headers['content-encoding'];
      expect([undefined, 'identity', ...acceptEncoding.split(/,\s*/).map((e) => e.split(';')[0])]).toContain(
        encoding,
      );
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expectSent(answer);
      expect(answer.body.msg).toBe(SENT);
      if (!encoding) expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
      expect((await received(answer.body.id)).text).toBe(acceptEncoding);
    });
  }
});
