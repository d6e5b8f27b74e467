import { describe, expect, it } from 'vitest';
import { laravelMessages, message, type MessageKey } from '../../../shared/schemas/rules';
import { localizeErrors, localizeMessage, validationId } from './validation';

describe('validation messages in the UI language', () => {
  it('says every API message in Indonesian, with its values', () => {
    for (const key of Object.keys(laravelMessages) as MessageKey[]) {
      const text = localizeMessage(message(key, { attribute: 'number', max: '5', min: '1' }), 'id');
      expect(text, key).not.toMatch(/^The /);
    }
    expect(localizeMessage('The button must not have more than 5 items.', 'id')).toBe(
      'Paling banyak 5 isian.',
    );
    expect(localizeMessage('The latitude must be between -90 and 90.', 'id')).toBe(
      'Harus di antara -90 dan 90.',
    );
    expect(Object.keys(validationId).sort()).toEqual(Object.keys(laravelMessages).sort());
  });

  it("keeps the API's own English text in English, and any text it does not know", () => {
    expect(localizeMessage('The number field is required.', 'en')).toBe('The number field is required.');
    expect(localizeMessage('Device is not connected.', 'id')).toBe('Device is not connected.');
    expect(localizeErrors({ number: ['The number field is required.'] }, 'id')).toEqual({
      number: ['Wajib diisi.'],
    });
  });
});
