import { describe, expect, it } from 'vitest';
import { checkMessage, emptyMessage, forTransport, type MessageDraft } from './campaign-message';
import { textsOf, withTexts } from './preview-texts';

const draftOf = (type: MessageDraft['type'], fields: Record<string, unknown>): MessageDraft => {
  const draft = emptyMessage();
  return { ...draft, type, fields: { ...draft.fields, [type]: { ...draft.fields[type], ...fields } } };
};

describe('campaign message draft', () => {
  it('becomes the OutgoingMessage compose would send, placeholders kept for core to render', () => {
    const template = draftOf('template', {
      message: 'Halo {{name}}',
      template: ['call|Telepon {{name}}|0812-3456-7101', 'url||'],
      footer: 'Toko',
    });
    expect(checkMessage(template, 'ID')).toEqual({
      errors: {},
      rules: {},
      message: {
        kind: 'template',
        text: 'Halo {{name}}',
        buttons: [{ type: 'call', label: 'Telepon {{name}}', phone: '+6281234567101' }],
        footer: 'Toko',
      },
    });
  });

  it('says what is missing with the API messages, never about the sender or recipients', () => {
    const checked = checkMessage(draftOf('buttons', { message: '', button: ['', ''] }), 'ID');
    expect(checked.message).toBeUndefined();
    expect(Object.keys(checked.errors).sort()).toEqual(['button', 'message']);
  });

  it('sends a picked file as base64 across the contract', () => {
    const file = { name: 'a.png', mimetype: 'image/png', data: new Uint8Array([137, 80, 78, 71]) };
    const draft = { ...draftOf('media', { media_type: 'image', caption: 'Untuk {{name}}' }), file };
    const { message } = checkMessage(draft, 'ID');
    expect(forTransport(message!)).toEqual({
      kind: 'media',
      mediaType: 'image',
      file: { name: 'a.png', mimetype: 'image/png', dataBase64: 'iVBORw==' },
      caption: 'Untuk {{name}}',
    });
  });

  it('previews the texts core renders per row, a template button by its label only', () => {
    const draft = draftOf('template', {
      message: 'Halo {{name}}',
      template: ['url|Situs {{kota}}|toko.example/{{x}}'],
      footer: '',
    });
    expect(textsOf(draft)).toEqual(['Halo {{name}}', 'Situs {{kota}}', '']);
    const shown = withTexts(draft, ['Halo Budi', 'Situs Bandung', '']);
    expect(shown.fields.template).toMatchObject({
      message: 'Halo Budi',
      template: ['url|Situs Bandung|toko.example/{{x}}'],
    });
  });
});
