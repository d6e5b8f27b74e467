// Contact cards: a vCard 3.0 with the waid WhatsApp uses to offer "Message" / "Add contact".
import { formatPhone } from '../../../shared/phone';
import type { OutgoingContent } from './sender';

export interface ContactInput {
  name: string;
  /** Digits with country code. */
  phone: string;
  organization?: string;
}

/** vCard text values escape backslash, comma, semicolon and newlines (RFC 2426 §4). */
const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');

export function buildVcard(input: ContactInput): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(input.name)}`,
    ...(input.organization ? [`ORG:${escapeText(input.organization)}`] : []),
    `TEL;type=CELL;type=VOICE;waid=${input.phone}:${formatPhone(input.phone)}`,
    'END:VCARD',
  ].join('\n');
}

export function buildContact(input: ContactInput): OutgoingContent {
  return {
    kind: 'content',
    content: {
      contacts: {
        displayName: input.name,
        contacts: [{ displayName: input.name, vcard: buildVcard(input) }],
      },
    },
  };
}
