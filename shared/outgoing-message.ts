// One message to send, whatever its kind: what every caller hands to core's messages/send.ts (REST routes and
// compose map the documented parameters onto it, campaigns render it per row, the inbox, auto-replies and webhook
// replies build it directly). Core's builder turns it into WhatsApp content in the sending device's style.
import { z } from 'zod';
import { mediaTypes } from './schemas/send-media';

/**
 * The REST API's media types, plus `document`: any file sent as a document under its own mimetype and name
 * (a file picked in the inbox, an auto-reply's link that is no picture or video).
 */
export const outgoingMediaTypes = [...mediaTypes, 'document'] as const;
export type OutgoingMediaType = (typeof outgoingMediaTypes)[number];

const fileName = z.string().max(255);
const mimetype = z.string().max(200);
/** A file's bytes: base64 where they cross a JSON transport, raw bytes inside core (a REST upload, a campaign's file). */
export const outgoingFileSchema = z.union([
  z.object({ name: fileName, mimetype, dataBase64: z.string().max(140 * 1024 * 1024) }).strict(),
  z
    .object({ name: fileName, mimetype, data: z.custom<Uint8Array>((value) => value instanceof Uint8Array) })
    .strict(),
]);
export type OutgoingFile = z.infer<typeof outgoingFileSchema>;

export const templateButtonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call'), label: z.string(), phone: z.string() }),
  z.object({ type: z.literal('url'), label: z.string(), url: z.string() }),
]);

/** /send-button's MPWA v6+ button objects, mixed: reply, call, url and copy (shared/schemas/button-objects.ts). */
export const actionButtonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), text: z.string() }),
  z.object({ type: z.literal('call'), text: z.string(), phone: z.string() }),
  z.object({ type: z.literal('url'), text: z.string(), url: z.string() }),
  z.object({ type: z.literal('copy'), text: z.string(), code: z.string() }),
]);

const text = z.string();
const footer = z.string().optional();
/** Header image (buttons: or video) of an interactive message, downloaded when the device sends interactive. */
const headerUrl = z.string().optional();

export const outgoingMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text }),
  z.object({
    kind: z.literal('media'),
    mediaType: z.enum(outgoingMediaTypes),
    /** A direct link, downloaded with the limits of messages/fetch-media.ts … */
    url: z.string().optional(),
    /** … or the file itself. */
    file: outgoingFileSchema.optional(),
    caption: z.string().optional(),
    /** A document's shown name (default: the file's or the link's). */
    fileName: z.string().optional(),
    /** Audio as a voice note. */
    ppt: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('buttons'), text, buttons: z.array(z.string()), footer, headerUrl }),
  z.object({ kind: z.literal('template'), text, buttons: z.array(templateButtonSchema), footer, headerUrl }),
  /** Buttons of several types in one message (any call, url or copy button among them; replies only are `buttons`). */
  z.object({ kind: z.literal('actions'), text, buttons: z.array(actionButtonSchema), footer, headerUrl }),
  z.object({
    kind: z.literal('list'),
    title: z.string(),
    sectionName: z.string(),
    text,
    buttonText: z.string(),
    rows: z.array(z.string()),
    footer,
  }),
  z.object({
    kind: z.literal('poll'),
    question: z.string(),
    options: z.array(z.string()),
    /** How many answers one voter may pick; 0 = any number. */
    selectable: z.number().int().min(0),
  }),
  /** An image sent as a 512×512 WebP sticker (converted by core). */
  z.object({ kind: z.literal('sticker'), url: z.string().optional(), file: outgoingFileSchema.optional() }),
  z.object({
    kind: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().optional(),
    address: z.string().optional(),
  }),
  z.object({
    kind: z.literal('contact'),
    name: z.string(),
    /** Digits with country code. */
    phone: z.string(),
    organization: z.string().optional(),
  }),
]);
export type OutgoingMessage = z.infer<typeof outgoingMessageSchema>;
export type OutgoingMessageOf<K extends OutgoingMessage['kind']> = Extract<OutgoingMessage, { kind: K }>;
