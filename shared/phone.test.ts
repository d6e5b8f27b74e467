import { describe, expect, it } from 'vitest';
import { deviceLabel, formatPhone, normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['081234567890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['+62 812-3456-7890', '6281234567890'],
    ['81234567890', '6281234567890'],
    ['0062 812 3456 7890', '6281234567890'],
    ['+1 (415) 555-2671', '14155552671'],
  ])('turns %s into %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['', 'abc', '123', '0812', '+62 812 3456 7890 1234 5'])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('uses the configured default region for national numbers', () => {
    expect(normalizePhone('0612345678', 'NL')).toBe('31612345678');
  });

  it('formats for display', () => {
    expect(formatPhone('6281234567890')).toBe('+62 812 3456 7890');
  });
});

describe('deviceLabel', () => {
  it('shows the name and the number, or only the number of a device without a name', () => {
    expect(deviceLabel({ name: 'Toko', number: '6281234567890' })).toBe('Toko · +62 812 3456 7890');
    expect(deviceLabel({ name: '', number: '6281234567890' })).toBe('+62 812 3456 7890');
  });
});
