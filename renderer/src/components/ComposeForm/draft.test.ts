import { describe, expect, it } from 'vitest';
import { previewModel } from '../ComposePreview/preview-model';
import { emptyDraft, joinRecipients, paramsOf, validateDraft, type ComposeDraft } from './draft';

const draftOf = (type: ComposeDraft['type'], fields: Record<string, unknown>): ComposeDraft => {
  const draft = emptyDraft();
  return {
    ...draft,
    type,
    recipients: '0812-3456-7402\n 6281234567403 ',
    fields: { ...draft.fields, [type]: { ...draft.fields[type], ...fields } },
  };
};

describe('compose draft', () => {
  it('joins recipients from lines or "|" the way the API separates them', () => {
    expect(joinRecipients(' 0812-1 \n\n6281|120363@g.us ')).toBe('0812-1|6281|120363@g.us');
  });

  it('leaves out empty optional fields and unfilled buttons, in the documented order', () => {
    const { path, params } = paramsOf(
      draftOf('template', { message: 'Hi', template: ['call|Telepon|0812', 'url||'], footer: '' }),
      '6281234567401',
    );
    expect(path).toBe('/send-template');
    expect(params).toEqual([
      ['sender', '6281234567401'],
      ['number', '0812-3456-7402|6281234567403'],
      ['message', 'Hi'],
      ['template', ['call|Telepon|0812']],
    ]);
  });

  it('checks a picked file instead of the link, with the API schema and its messages', () => {
    const draft = draftOf('media', { media_type: 'image', url: 'not a url' });
    expect(validateDraft(draft, '6281234567401', 'ID').errors).toEqual({
      url: ['The url must be a valid URL.'],
    });
    const withFile = { ...draft, file: { name: 'a.png', mimetype: 'image/png', data: new Uint8Array(10) } };
    expect(validateDraft(withFile, '6281234567401', 'ID').errors).toEqual({});
    expect(validateDraft(draftOf('text', {}), '', 'ID').errors).toMatchObject({
      sender: ['The sender field is required.'],
      message: ['The message field is required.'],
    });
  });

  it('previews the numbered text menu with the texts core sends (shared/fallback-texts.ts)', () => {
    // builders.test.ts pins what core sends for the same input: 'Pilih:\n\n1. Ya\n2. Tidak\n\nBalas 1/2\n\n_Toko_'.
    const reply = (numbers: string) => `Balas ${numbers}`;
    const buttons = draftOf('buttons', { message: 'Pilih:', button: ['Pagi', 'Sore'], footer: 'Toko' });
    expect(previewModel(buttons, 'text', undefined, reply).text).toBe(
      'Pilih:\n\n1. Pagi\n2. Sore\n\nBalas 1/2\n\n_Toko_',
    );
    const list = draftOf('list', { title: 'Menu', name: 'Layanan', message: 'Pilih', list: ['A', 'B'] });
    expect(previewModel(list, 'text', undefined, reply).text).toBe(
      '*Menu*\nPilih\n\n*Layanan*\n\n1. A\n2. B\n\nBalas 1/2',
    );
  });
});
