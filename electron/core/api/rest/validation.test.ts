import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore } from '../../../../test/support/temp-core';
import { callApi, type Encoding } from '../../../../test/support/rest-client';
import type { Core } from '../../app';

let core: Core;
let key: string;
const sender = '6281234567890';
const number = '628123456789';
beforeAll(async () => {
  core = await startTestCore();
  key = core.settings.get().apiKey;
});
afterAll(() => core.close());

const call = (path: string, params: Record<string, unknown>, encoding: Encoding = 'json') =>
  callApi(core.api.url, path, { api_key: key, ...params }, encoding);
// `message` repeats `msg` for MPWA-era clients that read only `message` (issue 14).
const invalid = (errors: Record<string, string[]>) => ({
  status: false,
  msg: 'Invalid data!',
  message: 'Invalid data!',
  errors,
});
/** Valid parameters end at the device lookup: no such device here. */
const noDevice = {
  status: false,
  msg: 'Failed to send message!',
  message: 'Failed to send message!',
  errors: 'Failed to access whatsapp server',
};

async function expectInvalid(
  path: string,
  params: Record<string, unknown>,
  errors: Record<string, string[]>,
  encoding?: Encoding,
) {
  const response = await call(path, params, encoding);
  expect(response.body).toEqual(invalid(errors));
  expect(response.status).toBe(422);
}

describe('validation answers in Laravel wording, every failing field at once (HTTP 422)', () => {
  it('required: an empty request lists every required field of the endpoint', async () => {
    await expectInvalid(
      '/send-message',
      {},
      {
        sender: ['The sender field is required.'],
        number: ['The number field is required.'],
        message: ['The message field is required.'],
      },
    );
    await expectInvalid(
      '/send-list',
      {},
      {
        sender: ['The sender field is required.'],
        number: ['The number field is required.'],
        title: ['The title field is required.'],
        name: ['The name field is required.'],
        message: ['The message field is required.'],
        buttontext: ['The buttontext field is required.'],
        list: ['The list field is required.'],
      },
      'php',
    );
    await expectInvalid(
      '/send-media',
      { sender, number },
      {
        media_type: ['The media type field is required.'],
        url: ['The url field is required when file is not present.'],
      },
      'python',
    );
  });

  it('required: blank strings and empty arrays count as missing', async () => {
    await expectInvalid(
      '/send-button',
      { sender, number, message: '   ', button: [] },
      {
        message: ['The message field is required.'],
        button: ['The button field is required.'],
      },
    );
  });

  it('the documented example: missing number', async () => {
    await expectInvalid(
      '/send-message',
      { sender, message: 'x' },
      { number: ['The number field is required.'] },
      'php',
    );
  });

  it('string and array', async () => {
    await expectInvalid(
      '/send-button',
      { sender, number, message: ['a'], button: 'Setuju', footer: { a: 1 } },
      {
        message: ['The message must be a string.'],
        button: ['The button must be an array.'],
        footer: ['The footer must be a string.'],
      },
    );
    await expectInvalid(
      '/send-list',
      { sender, number, title: 't', name: 'n', message: 'm', buttontext: 'b', list: 5 },
      {
        list: ['The list must be an array.'],
      },
    );
  });

  it('max items: button 5, template 3, list 10, poll 12, recipients 100', async () => {
    const many = (n: number, prefix = 'x') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    await expectInvalid(
      '/send-button',
      { sender, number, message: 'm', button: many(6) },
      {
        button: ['The button must not have more than 5 items.'],
      },
      'php',
    );
    await expectInvalid(
      '/send-template',
      { sender, number, message: 'm', template: many(4, 'url|L|example.com/') },
      {
        template: ['The template must not have more than 3 items.'],
      },
      'python',
    );
    await expectInvalid(
      '/send-list',
      { sender, number, title: 't', name: 'n', message: 'm', buttontext: 'b', list: many(11) },
      {
        list: ['The list must not have more than 10 items.'],
      },
    );
    await expectInvalid(
      '/send-poll',
      { sender, number, name: 'q', option: many(13) },
      {
        option: ['The option must not have more than 12 items.'],
      },
    );
    const recipients = Array.from({ length: 101 }, (_, i) => `62812345${String(i).padStart(4, '0')}`).join(
      '|',
    );
    await expectInvalid(
      '/send-message',
      { sender, number: recipients, message: 'm' },
      {
        number: ['The number must not have more than 100 items.'],
      },
    );
  });

  it('items: each must be a non-empty string', async () => {
    await expectInvalid(
      '/send-button',
      { sender, number, message: 'm', button: ['ok', '', ['x']] },
      {
        'button.1': ['The button.1 field is required.'],
        'button.2': ['The button.2 must be a string.'],
      },
    );
  });

  it('template items: call|Label|number or url|Label|link, each checked', async () => {
    await expectInvalid(
      '/send-template',
      {
        sender,
        number,
        message: 'm',
        template: ['call|Hubungi|628123456789', 'sms|A|1', 'call|Hubungi|not-a-number'],
      },
      {
        'template.1': ['The template.1 format is invalid. Use call|Label|number or url|Label|link.'],
        'template.2': ['The template.2 format is invalid. Use call|Label|number or url|Label|link.'],
      },
    );
    await expectInvalid(
      '/send-template',
      { sender, number, message: 'm', template: ['url||google.com', 'url|Site|not a host'] },
      {
        'template.0': ['The template.0 format is invalid. Use call|Label|number or url|Label|link.'],
        'template.1': ['The template.1 format is invalid. Use call|Label|number or url|Label|link.'],
      },
    );
  });

  it('media_type must be one of the documented types', async () => {
    await expectInvalid(
      '/send-media',
      { sender, number, media_type: 'gif', url: 'https://example.com/a.gif' },
      {
        media_type: ['The selected media type is invalid.'],
      },
    );
  });

  it('url must be a valid http(s) URL', async () => {
    await expectInvalid(
      '/send-media',
      { sender, number, media_type: 'image', url: 'example.com/a.jpg' },
      {
        url: ['The url must be a valid URL.'],
      },
    );
    await expectInvalid(
      '/send-button',
      { sender, number, message: 'm', button: ['a'], url: 'javascript:alert(1)' },
      {
        url: ['The url must be a valid URL.'],
      },
    );
  });

  it('ppt must be true or false', async () => {
    await expectInvalid(
      '/send-media',
      { sender, number, media_type: 'audio', url: 'https://e.com/a.ogg', ppt: 'yes' },
      {
        ppt: ['The ppt field must be true or false.'],
      },
    );
  });

  it('ppt accepts true/false/1/0/"true"/"false" in every encoding', async () => {
    for (const ppt of [true, false, 1, 0, 'true', 'false', 'TRUE', '1', '0']) {
      for (const encoding of ['json', 'php'] as Encoding[]) {
        const response = await call(
          '/send-media',
          { sender, number, media_type: 'audio', url: 'https://e.com/a.ogg', ppt },
          encoding,
        );
        expect(response.body, `ppt=${JSON.stringify(ppt)} as ${encoding}`).toEqual(noDevice);
      }
    }
  });

  it('numbers: sender must be a phone number, number a phone number or group id', async () => {
    await expectInvalid(
      '/send-message',
      { sender: 'kasir', number: '12', message: 'm' },
      {
        sender: ['The sender must be a valid phone number.'],
        number: ['The number must be a valid phone number or group id.'],
      },
    );
    await expectInvalid(
      '/send-message',
      { sender, number: '628123456789|abc', message: 'm' },
      {
        number: ['The number contains an invalid phone number or group id: abc.'],
      },
    );
    await expectInvalid(
      '/check-number',
      { sender, number: '120363025246125486@g.us' },
      {
        number: ['The number must be a valid phone number.'],
      },
    );
  });

  it('numbers in any notation, several recipients and groups pass validation', async () => {
    for (const to of [
      '08123456789',
      '+62 812-3456-789',
      '628123456789',
      628123456789,
      '120363025246125486@g.us',
      '08123456789|628123456780',
    ]) {
      const response = await call('/send-message', {
        sender: '0812 3456 7890',
        number: to,
        message: '*tebal*',
      });
      expect(response.body, String(to)).toEqual(noDevice);
      expect(response.status).toBe(404);
    }
  });

  it('max length of a text', async () => {
    await expectInvalid(
      '/send-message',
      { sender, number, message: 'x'.repeat(65537) },
      {
        message: ['The message must not be greater than 65536 characters.'],
      },
    );
    // Characters, not UTF-16 units: 65536 emoji are allowed, like Laravel's mb_strlen.
    const emoji = await call('/send-message', { sender, number, message: '😀'.repeat(65536) });
    expect(emoji.body).toEqual(noDevice);
  });

  it('polls: at least 2 different answers, countable an integer 0..12', async () => {
    await expectInvalid(
      '/send-poll',
      { sender, number, name: 'q', option: ['Pagi'], countable: 'x' },
      {
        option: ['The option must have at least 2 items.'],
        countable: ['The countable must be an integer.'],
      },
    );
    await expectInvalid(
      '/send-poll',
      { sender, number, name: 'q', option: ['Pagi', 'pagi'], countable: 13 },
      {
        'option.1': ['The option.1 field has a duplicate value.'],
        countable: ['The countable must not be greater than 12.'],
      },
    );
    await expectInvalid(
      '/send-poll',
      { sender, number, name: 'q', option: ['a', 'b'], countable: -1 },
      {
        countable: ['The countable must be at least 0.'],
      },
    );
  });

  it('location: numeric and between', async () => {
    await expectInvalid(
      '/send-location',
      { sender, number, latitude: 'north', longitude: 200 },
      {
        latitude: ['The latitude must be a number.'],
        longitude: ['The longitude must be between -180 and 180.'],
      },
    );
  });

  it('contact: name and phone', async () => {
    await expectInvalid(
      '/send-contact',
      { sender, number, phone: 'abc' },
      {
        name: ['The name field is required.'],
        phone: ['The phone must be a valid phone number.'],
      },
    );
  });

  it('file must be an uploaded file, within its type limit', async () => {
    await expectInvalid(
      '/send-media',
      { sender, number, media_type: 'pdf', file: 'not-a-file' },
      {
        file: ['The file must be a file.'],
      },
    );
    const big = new File([Buffer.alloc(16 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    await expectInvalid(
      '/send-media',
      { sender, number, media_type: 'image', file: big },
      {
        file: ['The file must not be greater than 16384 kilobytes.'],
      },
      'multipart',
    );
  });

  it('message-status needs an id; device endpoints a sender (or device)', async () => {
    await expectInvalid('/message-status', {}, { id: ['The id field is required.'] }, 'get');
    await expectInvalid('/device-info', {}, { sender: ['The sender field is required.'] }, 'get');
    await expectInvalid(
      '/logout-device',
      { device: 'x' },
      { sender: ['The sender must be a valid phone number.'] },
    );
  });

  it('a ref longer than 100 characters', async () => {
    await expectInvalid(
      '/send-message',
      { sender, number, message: 'm', ref: 'r'.repeat(101) },
      {
        ref: ['The ref must not be greater than 100 characters.'],
      },
    );
  });
});
