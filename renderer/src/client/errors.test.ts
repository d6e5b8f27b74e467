// Contract errors as the renderer reads them, from either transport.
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/errors';
import { errorCodeOf, fieldErrorsOf, translatedFieldErrors } from './errors';

describe('reading contract errors in the renderer', () => {
  it('takes the code from a ContractError or from the plain object the Electron preload rejects with', () => {
    expect(errorCodeOf(new ContractError('conflict', 'taken'))).toBe('conflict');
    expect(errorCodeOf({ name: 'ContractError', code: 'not_found', message: 'gone' })).toBe('not_found');
  });

  it('treats a failed fetch as network and anything unknown as internal', () => {
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('network');
    expect(errorCodeOf(new Error('boom'))).toBe('internal');
    expect(errorCodeOf({ code: 'made_up' })).toBe('internal');
    expect(errorCodeOf(null)).toBe('internal');
  });

  it('keeps only field → message-list entries from details', () => {
    const error = new ContractError('invalid_input', 'Invalid input', {
      number: ['bad'],
      name: 'not a list',
    });
    expect(fieldErrorsOf(error)).toEqual({ number: ['bad'] });
    expect(fieldErrorsOf(new ContractError('internal', 'x'))).toEqual({});
  });

  it('translates a field error by field and code, falling back to the server message', () => {
    const error = new ContractError('conflict', 'taken', {
      number: ['The number has already been taken.'],
      name: ['x'],
    });
    const known = new Set(['devices.fieldErrors.number.conflict']);
    const translate = (key: string, fallback: string) => (known.has(key) ? `T(${key})` : fallback);
    expect(translatedFieldErrors(error, translate, 'devices.fieldErrors')).toEqual({
      number: 'T(devices.fieldErrors.number.conflict)',
      name: 'x',
    });
  });
});
