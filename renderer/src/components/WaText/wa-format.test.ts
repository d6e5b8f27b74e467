import { describe, expect, it } from 'vitest';
import { parseWaFormatting } from './wa-format';

describe('parseWaFormatting', () => {
  it('reads bold, italic, strike and monospace like WhatsApp', () => {
    expect(parseWaFormatting('Halo *Budi*, _promo_ ~lama~ ```kode```')).toEqual([
      'Halo ',
      { mark: 'bold', children: ['Budi'] },
      ', ',
      { mark: 'italic', children: ['promo'] },
      ' ',
      { mark: 'strike', children: ['lama'] },
      ' ',
      { mark: 'mono', children: ['kode'] },
    ]);
  });

  it('nests marks and leaves marks inside words, around spaces or across lines alone', () => {
    expect(parseWaFormatting('*_diskon_ besar*')).toEqual([
      { mark: 'bold', children: [{ mark: 'italic', children: ['diskon'] }, ' besar'] },
    ]);
    expect(parseWaFormatting('2*3*4 nama_file_baru * bukan * *a\nb*')).toEqual([
      '2*3*4 nama_file_baru * bukan * *a\nb*',
    ]);
  });
});
