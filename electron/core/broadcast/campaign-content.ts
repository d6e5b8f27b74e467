// A campaign's stored message → the message one recipient gets (placeholders and spintax rendered).
import type { CampaignContent } from '../../../shared/broadcasts';
import type { MediaType } from '../../../shared/schemas/send-media';
import type { TemplateButton } from '../../../shared/schemas/send-template';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { recipientVars, renderTemplate, rowSeed } from './render-template';

/** What the campaigns table keeps: the template and media metadata (bytes are in media_data). */
export type StoredContent =
  | { type: 'text'; text: string }
  | { type: 'buttons'; text: string; buttons: string[]; footer: string }
  | {
      type: 'list';
      text: string;
      title: string;
      buttonText: string;
      sectionName: string;
      rows: string[];
      footer: string;
    }
  | { type: 'template'; text: string; buttons: TemplateButton[]; footer: string }
  | { type: 'media'; mediaType: MediaType; caption: string; mimetype: string; fileName: string };

export interface RecipientData {
  rowNo: number;
  phone: string;
  name: string;
  /** JSON object of the other columns. */
  vars: string;
}

export function templateOf(content: StoredContent): string {
  return content.type === 'media' ? content.caption : content.text;
}

export function renderFor(template: string, recipient: RecipientData): string {
  const vars = recipientVars(
    recipient.phone,
    recipient.name,
    JSON.parse(recipient.vars) as Record<string, unknown>,
  );
  return renderTemplate(template, vars, rowSeed(template, recipient.rowNo));
}

/**
 * What one recipient gets: the stored message with its text parts rendered for their row; messages/send.ts then
 * builds it like any other send (the device's style for buttons, templates and lists included).
 */
export function recipientMessage(
  content: StoredContent,
  media: Buffer | null,
  recipient: RecipientData,
): OutgoingMessage {
  const text = renderFor(templateOf(content), recipient);
  // The footer may be personalised too (a branch name, a sales person).
  const footer = 'footer' in content && content.footer ? renderFor(content.footer, recipient) : undefined;
  switch (content.type) {
    case 'text':
      return { kind: 'text', text };
    case 'buttons':
      return { kind: 'buttons', text, buttons: content.buttons, footer };
    case 'template':
      return { kind: 'template', text, buttons: content.buttons, footer };
    case 'list':
      return {
        kind: 'list',
        title: content.title,
        sectionName: content.sectionName || content.title || content.buttonText,
        text,
        buttonText: content.buttonText,
        rows: content.rows,
        footer,
      };
    case 'media':
      return {
        kind: 'media',
        mediaType: content.mediaType,
        // Fetched (or uploaded) once when the campaign was made; the resolver checks it again, cheaply.
        file: { name: content.fileName, mimetype: content.mimetype, data: media ?? Buffer.alloc(0) },
        fileName: content.fileName,
        caption: text || undefined,
      };
  }
}

export type { CampaignContent };
