import { describe, expect, it } from 'vitest';
import { placeholdersOf, recipientVars, renderTemplate, variableKey } from './render-template';

describe('renderTemplate', () => {
  const vars = recipientVars('6281234567001', 'Budi', { Kota: 'Bandung', 'Nama Toko': 'Maju', kosong: '' });

  it('fills placeholders from the columns, case and spacing ignored', () => {
    expect(renderTemplate('Halo {{name}} dari {{KOTA}} ({{nama toko}})', vars, 1)).toBe(
      'Halo Budi dari Bandung (Maju)',
    );
  });

  it('uses the fallback when the value is missing or empty', () => {
    expect(renderTemplate('{{kosong|teman}} / {{provinsi|Jawa Barat}} / {{x}}!', vars, 1)).toBe(
      'teman / Jawa Barat / !',
    );
  });

  it('picks one spintax option, nested groups too, repeatably for the same seed', () => {
    const template = '{Halo|Hai|Selamat {pagi|siang}} {{name}}';
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const text = renderTemplate(template, vars, seed);
      expect(text).toMatch(/^(Halo|Hai|Selamat pagi|Selamat siang) Budi$/);
      expect(renderTemplate(template, vars, seed)).toBe(text);
      seen.add(text);
    }
    expect(seen.size).toBe(4);
  });

  it('keeps a brace group without choices, and values that look like spintax, as they are', () => {
    const odd = recipientVars('6281234567001', '{A|B}', {});
    expect(renderTemplate('{kode} {{name}}', odd, 3)).toBe('{kode} {A|B}');
  });

  it('does not split a spintax group on the bar of a fallback placeholder', () => {
    expect(renderTemplate('{Hi {{kota|Jakarta}}|Hi {{kota|Jakarta}}}', {}, 7)).toBe('Hi Jakarta');
  });

  it('lists the placeholders a template uses', () => {
    expect(placeholdersOf('{{Name}} {{kota|Jakarta}}')).toEqual(['name', 'kota']);
    expect(variableKey(' Nama  Toko ')).toBe('nama_toko');
  });
});
