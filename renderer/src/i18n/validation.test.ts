// A field's message is worded from the text behind it (a rule key + values, or a key of core's table), in the
// UI language; the sentence core sent is never read back.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../../shared/errors';
import { restParams } from '../../../shared/schemas';
import { laravelMessages, message, type MessageKey } from '../../../shared/schemas/rules-messages';
import { i18n } from '.';
import {
  failuresOf,
  failuresOfValidation,
  fieldText,
  localizeFailures,
  mergeFailures,
  validationId,
} from './validation';

// The language switch also sets <html lang>; these tests run without a page.
vi.stubGlobal('document', { documentElement: {} });

const values = { attribute: 'number', max: 5, min: 1, values: 'url', value: '0812', other: 'type' };

describe('validation messages in the UI language', () => {
  beforeAll(() => i18n.changeLanguage('id'));
  afterAll(() => i18n.changeLanguage('id'));

  it('says every rule in Indonesian with its values, and in English as the API does', async () => {
    expect(Object.keys(validationId).sort()).toEqual(Object.keys(laravelMessages).sort());
    for (const rule of Object.keys(laravelMessages) as MessageKey[]) {
      expect(fieldText({ rule, params: values }), rule).not.toMatch(/^The |:\w/);
    }
    expect(fieldText({ rule: 'max.array', params: { attribute: 'button', max: 5 } })).toBe(
      'Paling banyak 5 isian.',
    );
    await i18n.changeLanguage('en');
    for (const rule of Object.keys(laravelMessages) as MessageKey[])
      expect(fieldText({ rule, params: values })).toBe(message(rule, values));
    await i18n.changeLanguage('id');
  });

  it("carries the rule of each failing field from the schema's validation", () => {
    const result = restParams['/send-message'].validate({
      number: '0812',
      message: 'Hi',
      footer: 'x'.repeat(1025),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The REST API's words are unchanged; the rule and values travel beside them.
    expect(result.errors.footer).toEqual(['The footer must not be greater than 1024 characters.']);
    expect(result.rules.footer).toEqual({ rule: 'max.string', params: { attribute: 'footer', max: 1024 } });
    expect(result.rules.sender).toEqual({ rule: 'required', params: { attribute: 'sender' } });
    expect(localizeFailures(failuresOfValidation(result))).toMatchObject({
      footer: ['Paling banyak 1024 karakter.'],
      sender: ['Wajib diisi.'],
    });
  });

  it('shows a field error carried by key in Indonesian, the reason and kind inside it too', () => {
    const sentence = 'The url could not be downloaded: the server answered HTTP 404.';
    const download = new ContractError(
      'invalid_input',
      sentence,
      { url: [sentence] },
      {
        key: 'media_download_failed',
        params: { reason: { key: 'media_reason_http', params: { status: 404 } } },
        fields: {
          url: {
            key: 'media_download_failed',
            params: { reason: { key: 'media_reason_http', params: { status: 404 } } },
          },
        },
      },
    );
    expect(localizeFailures(failuresOf(download))).toEqual({
      url: ['Berkas dari tautan tidak bisa diunduh: servernya menjawab HTTP 404.'],
    });
    const webPage = {
      key: 'media_web_page_url',
      params: { expected: { key: 'media_kind_image' } },
    } as const;
    expect(fieldText(webPage)).toBe(
      'Tautan ini membuka halaman web, bukan berkas gambar. Pakai tautan langsung ke berkasnya.',
    );
  });

  it('keeps a message without a text as core sent it, and merges the form over the server per field', () => {
    const server = failuresOf(
      new ContractError('invalid_input', 'Invalid input', { x: ['Too small'], number: ['Old.'] }),
    );
    expect(localizeFailures(server)).toEqual({ x: ['Too small'], number: ['Old.'] });
    const form = { errors: { number: ['The number field is required.'] }, texts: {} };
    const withRule = {
      errors: { x: ['The x field is required.'] },
      texts: { x: { rule: 'required', params: { attribute: 'x' } } } as const,
    };
    expect(localizeFailures(mergeFailures(withRule, form))).toEqual({
      x: ['Wajib diisi.'],
      number: ['The number field is required.'],
    });
  });
});
