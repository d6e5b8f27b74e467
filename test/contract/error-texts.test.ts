// An error core words by its text table reaches the page with its key, over the real RPC transport, and is
// shown in the page's language without its English sentence being read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorTexts, fillErrorText } from '../../shared/error-texts';
import { errorTexts as indonesian } from '../../renderer/src/i18n/locales/id/errorTexts';
import { createHttpBridge } from '../../renderer/src/client/http-bridge';
import { describeError } from '../../renderer/src/client/notify';
import { i18n } from '../../renderer/src/i18n';
import { startTestCore } from '../support/temp-core';
import type { Core } from '../../electron/core/app';

// The language switch also sets <html lang>; no page here.
vi.stubGlobal('document', { documentElement: { dataset: {} } });

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("core's text table", () => {
  it('has an Indonesian text for every key, with the same placeholders', () => {
    expect(Object.keys(indonesian).sort()).toEqual(Object.keys(errorTexts).sort());
    for (const [key, english] of Object.entries(errorTexts))
      expect(placeholders(indonesian[key as keyof typeof errorTexts]), key).toEqual(placeholders(english));
  });

  it('fills placeholders, and leaves one without a value visible rather than empty', () => {
    expect(fillErrorText('sheet_missing', { sheet: 'Pelanggan' })).toBe(
      'The file has no sheet named "Pelanggan".',
    );
    expect(fillErrorText('sheet_missing')).toBe('The file has no sheet named "{{sheet}}".');
  });
});

describe('a worded error over RPC', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore();
  });
  afterAll(async () => {
    await i18n.changeLanguage('id');
    await core.close();
  });

  it('carries its key to the page, which says it in Indonesian and in English', async () => {
    const bridge = createHttpBridge({ baseUrl: core.api.url, token: core.rpcToken });
    const failure = await bridge.invoke('updates.install', undefined as never).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({
      code: 'conflict',
      message: 'No downloaded update is waiting to be installed.',
      text: { key: 'update_not_downloaded' },
    });
    await i18n.changeLanguage('id');
    expect(describeError(failure)).toBe('Belum ada pembaruan yang selesai diunduh.');
    await i18n.changeLanguage('en');
    expect(describeError(failure)).toBe('No downloaded update is waiting to be installed.');
  });

  it('says the field text first, as the form would, for an error with fields', async () => {
    const bridge = createHttpBridge({ baseUrl: core.api.url, token: core.rpcToken });
    const failure = await bridge.invoke('contacts.importText', { name: 'Kosong', text: '   ' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({
      code: 'invalid_input',
      message: 'Type or paste at least one number.',
      details: { text: ['Type or paste at least one number.'] },
      text: { key: 'pasted_list_empty', fields: { text: { key: 'pasted_list_empty' } } },
    });
    await i18n.changeLanguage('id');
    expect(describeError(failure)).toBe('Ketik atau tempel minimal satu nomor.');
  });

  it('fills the params in the page language too', async () => {
    const { ContractError } = await import('../../shared/errors');
    const error = new ContractError(
      'not_found',
      fillErrorText('sheet_missing', { sheet: 'Data' }),
      undefined,
      {
        key: 'sheet_missing',
        params: { sheet: 'Data' },
      },
    );
    await i18n.changeLanguage('id');
    expect(describeError(error)).toBe('Berkas ini tidak punya sheet bernama "Data".');
  });
});
