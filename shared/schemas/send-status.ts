// POST|GET /send-status: a text (background colour, font), image or video post to the sender's WhatsApp Status,
// seen by an explicit audience — the given numbers, a contact list, or (neither given) every contact the app knows.
import { z } from 'zod';
import type { OutgoingMessage } from '../outgoing-message';
import { senderField } from './common';
import { defineParams, type ParamsOf } from './params';
import { MAX_MEDIA_BYTES } from './send-media';
import {
  fieldDoc,
  isBlank,
  isUploadedFile,
  oneOf,
  optionalInteger,
  optionalText,
  recipients,
  uploadedFile,
  url,
} from './rules';
import { ruleIssue, sameRule } from './rules-messages';

export const statusTypes = ['text', 'image', 'video'] as const;
export type StatusType = (typeof statusTypes)[number];

/**
 * WhatsApp's status fonts: proto Message.ExtendedTextMessage.FontType (Baileys WAProto), the number Baileys puts
 * into `font` as is. Other numbers are refused rather than shown in some font WhatsApp picks.
 */
export const statusFonts = [0, 1, 2, 6, 7, 8, 9, 10] as const;
/** The text of a text status: WhatsApp's status editor stops at 700 characters. */
export const MAX_STATUS_TEXT = 700;

const COLOR = /^#?([0-9a-f]{6}|[0-9a-f]{8})$/i;

/** `#RRGGBB` or `#AARRGGBB` (the # optional) → "#rrggbb"; Baileys' assertColor makes it ARGB (opaque without alpha). */
function backgroundColor() {
  return z
    .unknown()
    .transform((value, ctx): string | undefined => {
      if (isBlank(value)) return undefined;
      if (typeof value !== 'string') {
        ctx.addIssue(ruleIssue('string'));
        return z.NEVER;
      }
      const match = COLOR.exec(value.trim());
      if (!match) {
        ctx.addIssue(ruleIssue('regex'));
        return z.NEVER;
      }
      return `#${match[1].toLowerCase()}`;
    })
    .optional()
    .meta({
      doc: {
        type: 'string',
        required: false,
        description: 'Background of a text status: #RRGGBB (or #AARRGGBB).',
        example: '#128C7E',
      },
    });
}

function font() {
  const integer = optionalInteger(0, 10, { description: '' });
  return z
    .unknown()
    .transform((value, ctx): number | undefined => {
      const parsed = integer.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue(sameRule(issue));
        return z.NEVER;
      }
      if (parsed.data !== undefined && !(statusFonts as readonly number[]).includes(parsed.data)) {
        ctx.addIssue(ruleIssue('in'));
        return z.NEVER;
      }
      return parsed.data;
    })
    .optional()
    .meta({
      doc: {
        type: 'integer',
        required: false,
        description: `Font of a text status (WhatsApp's FontType): ${statusFonts.join(', ')}; 0 = default.`,
        example: 1,
      },
    });
}

/** `recipients`: like `number` of the send endpoints ("628…|628…"), but optional and numbers only. */
function audienceNumbers(region: string) {
  const list = recipients(region, { allowGroups: false, multiple: true, description: '' });
  return z
    .unknown()
    .transform((value, ctx): string[] | undefined => {
      if (isBlank(value)) return undefined;
      const parsed = list.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue(sameRule(issue));
        return z.NEVER;
      }
      return parsed.data.map((jid) => jid.split('@')[0]);
    })
    .optional()
    .meta({
      doc: {
        ...fieldDoc(list)!,
        required: false,
        description:
          'Who sees the status: numbers separated by "|" (at most 100). Without recipients and contact_list, every contact this number has a chat with in the app.',
        example: '628123456789|628987654321',
      },
    });
}

export const sendStatusParams = defineParams(
  (region) => ({
    sender: senderField(region),
    type: oneOf(statusTypes, { description: 'Kind of status.', example: 'text' }),
    message: optionalText({
      max: MAX_STATUS_TEXT,
      description: 'Text of a text status (required when type is text).',
      example: 'Promo hari ini: diskon 20%!',
    }),
    url: url({
      required: false,
      description: 'Image or video link (image/video; or upload the multipart field "file").',
      example: 'https://example.com/promo.jpg',
    }),
    file: uploadedFile({ description: 'The image or video itself (multipart/form-data), instead of url.' }),
    caption: optionalText({ max: 4096, description: 'Caption under an image or video status.' }),
    background_color: backgroundColor(),
    font: font(),
    recipients: audienceNumbers(region),
    contact_list: optionalInteger(1, 2_147_483_647, {
      description: "Id of one of the app's contact lists (Broadcasts page): its numbers see the status.",
      example: 3,
    }),
    ref: optionalText({
      max: 100,
      description:
        'Idempotency key: a retried request with the same ref returns the first result and posts once.',
    }),
  }),
  [
    (input, fail) => {
      const type = typeof input.type === 'string' ? input.type.trim().toLowerCase() : '';
      if (type === 'text' && isBlank(input.message))
        fail('message', 'required_if', { other: 'type', value: 'text' });
      if ((type === 'image' || type === 'video') && isBlank(input.url) && isBlank(input.file))
        fail('url', 'required_without', { values: 'file' });
      const limit = MAX_MEDIA_BYTES[type as 'image' | 'video'];
      if (limit && isUploadedFile(input.file) && input.file.data.byteLength > limit)
        fail('file', 'max.file', { max: limit / 1024 });
    },
  ],
);
export type SendStatusParams = ParamsOf<typeof sendStatusParams>;

/** What a status shows, on the app's one OutgoingMessage; the text's look travels beside it. */
export interface StatusContent {
  message: OutgoingMessage;
  backgroundColor?: string;
  font?: number;
}

export function statusContentOf(p: SendStatusParams): StatusContent {
  if (p.type === 'text')
    return {
      message: { kind: 'text', text: p.message ?? '' },
      backgroundColor: p.background_color,
      font: p.font,
    };
  return {
    message: {
      kind: 'media',
      mediaType: p.type,
      url: p.url,
      file: p.file && { name: p.file.filename, mimetype: p.file.mimetype, data: p.file.data },
      caption: p.caption,
    },
  };
}
