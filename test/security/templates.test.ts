// Defended: campaign templates reaching JavaScript internals — {{constructor}}, {{__proto__}}, {{toString}}
// read only the recipient's own columns (Object.hasOwn), and a column named "constructor" or "__proto__" cannot
// change the variables' prototype. Legitimate: columns, name/phone aliases and fallbacks render as before.
import { describe, expect, it } from 'vitest';
import { recipientVars, renderTemplate } from '../../electron/core/broadcast/render-template';

const render = (template: string, columns: Record<string, unknown> = {}) =>
  renderTemplate(template, recipientVars('628123456789', 'Budi', columns), 1);

describe('template placeholders', () => {
  it('renders {{constructor}}, {{__proto__}}, {{toString}} and {{hasOwnProperty}} as empty, or their fallback', () => {
    expect(render('[{{constructor}}][{{__proto__}}][{{toString}}][{{hasOwnProperty}}]')).toBe('[][][][]');
    expect(render('{{constructor|Kak}} {{__proto__|teman}}')).toBe('Kak teman');
  });

  it('treats columns named "constructor" and "__proto__" as ordinary columns', () => {
    const columns = JSON.parse('{"constructor":"Toko A","__proto__":"x","kota":"Bandung"}');
    const vars = recipientVars('628123456789', 'Budi', columns);
    expect(Object.getPrototypeOf(vars)).toBeNull();
    expect(render('{{constructor}} di {{kota}}', columns)).toBe('Toko A di Bandung');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('still renders columns, name/phone and fallbacks', () => {
    expect(
      render('Halo {{nama}} ({{nomor}}), kota {{Kota|Jakarta}}, toko {{Nama Toko}}', { 'nama toko': 'Maju' }),
    ).toBe('Halo Budi (628123456789), kota Jakarta, toko Maju');
  });
});
