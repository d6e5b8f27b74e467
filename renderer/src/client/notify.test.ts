// What an error toast says: core's own reason in the UI language, else the generic text of its code.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../../shared/errors';
import { i18n } from '../i18n';
import { describeError } from './notify';

// The language switch also sets <html lang>; these tests run without a page.
vi.stubGlobal('document', { documentElement: {} });

describe('describeError', () => {
  afterAll(() => i18n.changeLanguage('id'));

  it("says core's reason in Indonesian, from the field message or the message itself", async () => {
    await i18n.changeLanguage('id');
    const pasted = new ContractError(
      'invalid_input',
      'Type or paste at least one number.',
      { text: ['Type or paste at least one number.'] },
      { key: 'pasted_list_empty', fields: { text: { key: 'pasted_list_empty' } } },
    );
    expect(describeError(pasted)).toBe('Ketik atau tempel minimal satu nomor.');
    const cancelled = new ContractError('conflict', 'This campaign was cancelled.', undefined, {
      key: 'campaign_cancelled',
    });
    expect(describeError(cancelled)).toBe('Siaran ini sudah dibatalkan.');
    const laravel = new ContractError(
      'invalid_input',
      'Invalid data!',
      { url: ['The url must be a valid URL.'] },
      { key: 'params_invalid', fields: { url: { rule: 'url', params: { attribute: 'url' } } } },
    );
    expect(describeError(laravel)).toMatch(/^Harus berupa alamat URL/);
  });

  it('falls back to the generic text when core gave no text, whatever its sentence says', async () => {
    await i18n.changeLanguage('id');
    const generic = i18n.t('errors.invalid_input');
    // A sentence alone is never read back, even one the table has.
    expect(
      describeError(
        new ContractError('invalid_input', 'Invalid data!', { url: ['The url must be a valid URL.'] }),
      ),
    ).toBe(generic);
    expect(describeError(new ContractError('invalid_input', 'Invalid input', { x: ['Too small'] }))).toBe(
      generic,
    );
    expect(describeError(new ContractError('invalid_input', 'Invalid input'))).toBe(generic);
    expect(describeError(new ContractError('not_found', 'Campaign 3 does not exist.'))).toBe(
      i18n.t('errors.not_found'),
    );
    expect(describeError(new ContractError('send_failed', 'Safety limit of this number'))).toBe(
      i18n.t('errors.send_failed'),
    );
    expect(describeError(new TypeError('Failed to fetch'))).toBe(i18n.t('errors.network'));
  });

  it("shows core's own words in English", async () => {
    await i18n.changeLanguage('en');
    const pattern = new ContractError(
      'invalid_input',
      'The pattern format is invalid.',
      { pattern: ['The pattern format is invalid.'] },
      { key: 'pattern_invalid', fields: { pattern: { key: 'pattern_invalid' } } },
    );
    expect(describeError(pattern)).toBe('The pattern format is invalid.');
    await i18n.changeLanguage('id');
    expect(describeError(pattern)).toBe('Format polanya tidak valid.');
    await i18n.changeLanguage('en');
    expect(describeError(new ContractError('invalid_input', 'Invalid input'))).toBe(
      i18n.t('errors.invalid_input'),
    );
  });
});
