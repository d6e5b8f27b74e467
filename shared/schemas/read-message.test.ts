import { describe, expect, it } from 'vitest';
import { laravelMessages, message, readMessage, type MessageKey } from './rules';

describe('readMessage', () => {
  it('reads back the rule and values of every message we write', () => {
    const values = {
      attribute: 'media type',
      max: '5',
      min: '1',
      values: 'url',
      value: '0812',
      other: 'button.0.type',
    };
    for (const key of Object.keys(laravelMessages) as MessageKey[]) {
      const text = message(key, values);
      const read = readMessage(text);
      expect(read?.key, text).toBe(key);
      for (const name of Object.keys(read!.values)) expect(read!.values[name]).toBe(values[name as 'max']);
    }
  });

  it('tells the string, array and number forms of "max" apart, and leaves other text alone', () => {
    expect(readMessage('The message must not be greater than 4096 characters.')).toEqual({
      key: 'max.string',
      values: { attribute: 'message', max: '4096' },
    });
    expect(readMessage('The latitude must be between -90 and 90.')).toEqual({
      key: 'between',
      values: { attribute: 'latitude', min: '-90', max: '90' },
    });
    expect(readMessage('Something else went wrong.')).toBeUndefined();
  });
});
