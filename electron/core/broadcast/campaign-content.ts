// A campaign's stored message → the message one recipient gets (placeholders and spintax rendered).
// campaigns.content holds the campaign's OutgoingMessage as JSON (since migration 021; older rows were rewritten
// by it). A file's bytes are not in that JSON but in campaigns.media_data: base64 would make them a third bigger,
// and the list and detail pages parse the JSON of every campaign, where the bytes would only be in the way.
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { recipientVars, renderTemplate, rowSeed } from './render-template';

type WithoutFile<M> = M extends { file?: unknown } ? Omit<M, 'file'> & { file?: StoredFile } : M;
/** A file's name and type; its bytes are in media_data. */
export interface StoredFile {
  name: string;
  mimetype: string;
}
/** What campaigns.content holds. */
export type StoredMessage = WithoutFile<OutgoingMessage>;

export interface RecipientData {
  rowNo: number;
  phone: string;
  name: string;
  /** JSON object of the other columns. */
  vars: string;
}

export function renderFor(template: string, recipient: RecipientData): string {
  const vars = recipientVars(
    recipient.phone,
    recipient.name,
    JSON.parse(recipient.vars) as Record<string, unknown>,
  );
  return renderTemplate(template, vars, rowSeed(template, recipient.rowNo));
}

/** The stored message with its file's bytes put back: what every recipient's message is rendered from. */
export function campaignMessage(content: string, media: Buffer | null): OutgoingMessage {
  const stored = JSON.parse(content) as StoredMessage;
  if ((stored.kind !== 'media' && stored.kind !== 'sticker') || !stored.file)
    return stored as OutgoingMessage;
  return { ...stored, file: { ...stored.file, data: media ?? Buffer.alloc(0) } };
}

/** The words of a message, which the campaign list and detail show. */
export function mainTextOf(message: StoredMessage): string {
  switch (message.kind) {
    case 'media':
      return message.caption ?? '';
    case 'sticker':
      return '';
    case 'poll':
      return message.question;
    case 'location':
      return [message.name, message.address].filter(Boolean).join(', ');
    case 'contact':
      return message.name;
    default:
      return message.text;
  }
}

/**
 * What one recipient gets: every text a person reads (body, caption, footer, titles, button labels, rows,
 * poll question and options, a place's or contact's name) rendered for their row; links, numbers and files stay
 * as stored. messages/send.ts then builds it like any other send (the device's style included). The wizard's
 * preview renders the same fields (renderer/src/components/NewCampaignWizard/preview-texts.ts).
 */
export function recipientMessage(message: OutgoingMessage, recipient: RecipientData): OutgoingMessage {
  const r = (text: string) => renderFor(text, recipient);
  const optional = (text: string | undefined) => (text ? r(text) || undefined : undefined);
  switch (message.kind) {
    case 'text':
      return { ...message, text: r(message.text) };
    case 'media':
      return { ...message, caption: optional(message.caption) };
    case 'buttons':
      return {
        ...message,
        text: r(message.text),
        buttons: message.buttons.map(r),
        footer: optional(message.footer),
      };
    case 'template':
    case 'actions':
      return {
        ...message,
        text: r(message.text),
        buttons: message.buttons.map((button) =>
          'label' in button ? { ...button, label: r(button.label) } : { ...button, text: r(button.text) },
        ),
        footer: optional(message.footer),
      } as OutgoingMessage;
    case 'list':
      return {
        ...message,
        title: r(message.title),
        sectionName: r(message.sectionName),
        text: r(message.text),
        buttonText: r(message.buttonText),
        rows: message.rows.map(r),
        footer: optional(message.footer),
      };
    case 'poll':
      return { ...message, question: r(message.question), options: message.options.map(r) };
    case 'location':
      return { ...message, name: optional(message.name), address: optional(message.address) };
    case 'contact':
      return { ...message, name: r(message.name), organization: optional(message.organization) };
    case 'sticker':
      return message;
  }
}
