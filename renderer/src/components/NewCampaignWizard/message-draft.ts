// The wizard's message draft → the contract's campaign content, and when it is complete enough to go on.
import type { CampaignContent } from '../../../../shared/broadcasts';
import { readFileAsBase64 } from '../../client/files';
import type { MessageDraft } from '../MessageEditor/MessageEditor';

export const emptyMessage: MessageDraft = {
  type: 'text',
  text: '',
  mediaType: 'image',
  file: null,
  url: '',
  caption: '',
  buttons: [],
  rows: [],
  template: [],
  listButton: '',
  listTitle: '',
  footer: '',
};

export async function contentOf(message: MessageDraft): Promise<CampaignContent> {
  const { text, footer } = message;
  if (message.type === 'text') return { type: 'text', text };
  if (message.type === 'buttons') return { type: 'buttons', text, buttons: message.buttons, footer };
  if (message.type === 'template') return { type: 'template', text, template: message.template, footer };
  if (message.type === 'list')
    return {
      type: 'list',
      text,
      title: message.listTitle,
      buttonText: message.listButton,
      sectionName: '',
      rows: message.rows,
      footer,
    };
  const file = message.file
    ? {
        name: message.file.name,
        mimetype: message.file.type || 'application/octet-stream',
        base64: await readFileAsBase64(message.file),
      }
    : undefined;
  return {
    type: 'media',
    mediaType: message.mediaType,
    caption: message.caption,
    url: file ? undefined : message.url || undefined,
    file,
  };
}

export function messageReady(m: MessageDraft): boolean {
  if (m.type === 'media') return !!(m.file || m.url);
  if (!m.text.trim()) return false;
  if (m.type === 'buttons') return m.buttons.length > 0;
  if (m.type === 'template') return m.template.length > 0;
  if (m.type === 'list') return m.rows.length > 0 && !!m.listButton.trim();
  return true;
}
