// Issue 14, point 4: /send-button's button objects (MPWA v6+) — {type: reply|call|url|copy, displayText,
// phoneNumber?, url?, copyCode?|copyText?} — in JSON, PHP form brackets, repeated keys and GET; `image` as the
// header; mixed buttons as one native-flow message. Shapes from zymzz-id/MPWA ApiController::messageButton and
// server/lib/helper.js (class Button: quick_reply / cta_call / cta_url / cta_copy params).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sendButtonEndpoint } from '../../../electron/core/api/routes/send-button';
import { snippet } from '../../../shared/schemas/code-snippets';
import { callApi, pythonForm, type Encoding } from '../../support/rest-client';
import { expectSent, PNG, rawRequest, sendAndReceive, useCompat } from './harness';

const ctx = useCompat('6281234567171', '6281234567172');

const mixed = [
  { type: 'reply', displayText: 'Ya' },
  { type: 'call', displayText: 'Telepon', phoneNumber: '0812-3456-7890' },
  { type: 'url', displayText: 'Situs', url: 'https://toko.example/promo' },
  { type: 'copy', displayText: 'Salin kode', copyCode: 'HEMAT10' },
];
const expectedFlow = [
  { name: 'quick_reply', params: { display_text: 'Ya', id: '1' } },
  { name: 'cta_call', params: { display_text: 'Telepon', phone_number: '+6281234567890' } },
  {
    name: 'cta_url',
    params: {
      display_text: 'Situs',
      url: 'https://toko.example/promo',
      merchant_url: 'https://toko.example/promo',
    },
  },
  { name: 'cta_copy', params: { display_text: 'Salin kode', copy_code: 'HEMAT10' } },
];

describe('4: button objects', () => {
  const encodings: Encoding[] = ['json', 'php', 'multipart', 'get'];
  for (const encoding of encodings) {
    it(`reply + call + url + copy as one native-flow message (${encoding})`, async () => {
      const { received } = await sendAndReceive(
        ctx,
        '/send-button',
        { message: 'Promo hari ini', button: mixed, footer: 'Toko Maju' },
        encoding,
      );
      expect(received.text).toBe('Promo hari ini');
      expect(received.nativeFlow).toEqual(expectedFlow);
      expect(received.extraNodes.find((n) => n.tag === 'biz')).toBeTruthy();
      expect((received.message.interactiveMessage as { footer?: { text?: string } }).footer?.text).toBe(
        'Toko Maju',
      );
    });
  }

  it('repeated keys with one JSON object each (Python requests data=), and copyText for copyCode', async () => {
    const body = pythonForm({
      api_key: ctx.key,
      sender: ctx.sender,
      number: ctx.phone.number,
      message: 'Kode Anda',
      button: [
        JSON.stringify({ type: 'copy', displayText: 'Salin', copyText: 'ABC123' }),
        JSON.stringify({ type: 'reply', displayText: 'Terima kasih' }),
      ],
    });
    const answer = await rawRequest(`${ctx.url}/send-button`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expectSent(answer);
    const received = await ctx.phone.waitForMessage((m) => m.id === answer.body.id);
    expect(received.nativeFlow).toEqual([
      { name: 'cta_copy', params: { display_text: 'Salin', copy_code: 'ABC123' } },
      { name: 'quick_reply', params: { display_text: 'Terima kasih', id: '2' } },
    ]);
  });

  it('the whole list as one JSON string (MPWA forwards button as json_encode), and labels still work', async () => {
    const { received } = await sendAndReceive(
      ctx,
      '/send-button',
      { message: 'Pilih', button: JSON.stringify([{ type: 'reply', displayText: 'A' }, 'B']) },
      'php',
    );
    expect(received.nativeFlow?.map((b) => b.params)).toEqual([
      { display_text: 'A', id: '1' },
      { display_text: 'B', id: '2' },
    ]);
  });

  for (const field of ['image', 'url']) {
    it(`${field} is the header image`, async () => {
      const { received } = await sendAndReceive(
        ctx,
        '/send-button',
        { message: 'Dengan gambar', button: [mixed[0], mixed[2]], [field]: `${ctx.mediaUrl}/pixel.png` },
        'json',
      );
      const header = (received.message.interactiveMessage as { header?: Record<string, any> }).header;
      expect(header?.hasMediaAttachment).toBe(true);
      expect(header?.imageMessage?.mimetype).toBe('image/png');
      expect(Number(header?.imageMessage?.fileLength)).toBe(PNG.length);
    });
  }

  it('bad objects answer 422 in Laravel wording, every failing button at once', async () => {
    const answer = await callApi(ctx.url, '/send-button', {
      api_key: ctx.key,
      sender: ctx.sender,
      number: ctx.phone.number,
      message: 'x',
      button: [
        { type: 'tap', displayText: 'A' },
        { type: 'reply' },
        { type: 'call', displayText: 'Telepon' },
        { type: 'url', displayText: 'Situs', url: 'bukan url' },
        { type: 'copy', displayText: 'Salin' },
      ],
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      status: false,
      msg: 'Invalid data!',
      message: 'Invalid data!',
      errors: {
        'button.0.type': ['The selected button.0.type is invalid.'],
        'button.1.displayText': ['The button.1.displayText field is required.'],
        'button.2.phoneNumber': ['The button.2.phoneNumber field is required when button.2.type is call.'],
        'button.3.url': ['The button.3.url must be a valid URL.'],
        'button.4.copyCode': ['The button.4.copyCode field is required when button.4.type is copy.'],
      },
    });
    const six = await callApi(ctx.url, '/send-button', {
      api_key: ctx.key,
      sender: ctx.sender,
      number: ctx.phone.number,
      message: 'x',
      button: [...mixed, ...mixed.slice(0, 2)],
    });
    expect(six.status).toBe(422);
    expect(six.body.errors).toEqual({ button: ['The button must not have more than 5 items.'] });
  });

  it('a phone set to the text fallback gets replies numbered and the others as tappable lines', async () => {
    const device = (await ctx.core.rpc.invoke('devices.list')).find((d) => d.number === ctx.sender)!;
    await ctx.core.rpc.invoke('devices.setInteractiveStyle', { id: device.id, style: 'text' });
    try {
      const { received } = await sendAndReceive(
        ctx,
        '/send-button',
        { message: 'Promo', button: mixed },
        'json',
      );
      expect(received.text).toBe(
        [
          'Promo',
          '',
          '1. Ya',
          '📞 Telepon: +6281234567890',
          '🔗 Situs: https://toko.example/promo',
          '📋 Salin kode: HEMAT10',
          '',
          'Balas 1',
        ].join('\n'),
      );
    } finally {
      await ctx.core.rpc.invoke('devices.setInteractiveStyle', { id: device.id, style: 'interactive' });
    }
  });
});

/** Runs a script from stdin without blocking the app that answers it (same process). */
function runScript(command: string, args: string[], input: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // cwd: node resolves axios from the repository's node_modules.
    const child = spawn(command, args, { cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('4: the /docs example of button objects, run as the PHP, Python and Node code it shows', () => {
  const runners: Array<['php' | 'python' | 'node', string, string[]]> = [
    ['php', 'php', []],
    ['python', 'python3', ['-']],
    ['node', 'node', ['-']],
  ];
  for (const [language, command, args] of runners) {
    it(language, async () => {
      const example = sendButtonEndpoint.examples![0].params.map(([name, value]): [string, unknown] => {
        if (name === 'sender') return [name, ctx.sender];
        if (name === 'number') return [name, ctx.phone.number];
        if (name === 'message') return [name, `Promo ${language}`];
        if (name === 'image') return [name, `${ctx.mediaUrl}/pixel.png`];
        return [name, value];
      });
      const code = snippet(language, `${ctx.url}/send-button`, example, ctx.key);
      const run = await runScript(command, args, language === 'php' ? `<?php\n${code}\n` : code);
      expect(run.code, `${command} exits`).toBe(0);
      expect(run.stdout + run.stderr).toContain('Message sent successfully!');
      const received = await ctx.phone.waitForMessage((m) => m.text === `Promo ${language}`);
      expect(received.nativeFlow?.map((b) => b.name)).toEqual([
        'quick_reply',
        'cta_call',
        'cta_url',
        'cta_copy',
      ]);
      const header = (received.message.interactiveMessage as { header?: Record<string, any> }).header;
      expect(header?.hasMediaAttachment).toBe(true);
    });
  }
});

describe('/docs and the OpenAPI show the MPWA names and the object form of buttons', () => {
  it('docs page: the object example in PHP, Python, Node and curl; MPWA endpoints and aliases listed', async () => {
    const page = await (await fetch(`${ctx.url}/docs`)).text();
    for (const text of [
      '&#39;type&#39; =&gt; &#39;call&#39;, &#39;displayText&#39; =&gt; &#39;Telepon kami&#39;',
      'requests.post(url, json=data)',
      '{ type: &#39;copy&#39;, displayText: &#39;Salin kode promo&#39;, copyCode: &#39;HEMAT10&#39; }',
      'button[0][type]=reply',
      '<code>image</code>',
      '/send-sticker',
      '/send-vcard',
      '/info-devices',
    ])
      expect(page, text).toContain(text);
  });

  it('openapi.json: button items are a label or an object, image is documented beside url', async () => {
    const spec = await (await fetch(`${ctx.url}/openapi.json`)).json();
    const body = spec.paths['/send-button'].post.requestBody.content['application/json'].schema.properties;
    expect(body.button.items.oneOf.map((s: { type: string }) => s.type)).toEqual(['string', 'object']);
    expect(body.button.items.oneOf[1].properties.type.enum).toEqual(['reply', 'call', 'url', 'copy']);
    expect(body.image.description).toBe("Same as `url` (MPWA's name).");
    for (const path of ['/send-sticker', '/send-vcard', '/info-devices', '/send-poll', '/check-number'])
      expect(spec.paths[path], path).toBeDefined();
  });
});
