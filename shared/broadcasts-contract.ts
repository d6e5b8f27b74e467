// The contacts.* and broadcasts.* slice of the contract (spread into shared/contract.ts).
import { z } from 'zod';
import { outgoingMessageSchema } from './outgoing-message';
import { MAX_TEXT } from './schemas/send-message';
import {
  campaignProgressSchema,
  campaignSchema,
  contactListSchema,
  contactSchema,
  governorPatchSchema,
  governorSchema,
  importResultSchema,
  pacingSchema,
  recipientSchema,
  sheetSummarySchema,
  timelinePointSchema,
} from './broadcasts';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const noInput = z.object({}).strict().optional();
const id = z.number().int().positive();
const byId = z.object({ id }).strict();
const listName = z.string().trim().min(1).max(100);
const column = z.number().int().min(0).max(1000);

export const broadcastMethods = {
  /** Reads an uploaded spreadsheet once; the token names it in contacts.importFile. */
  'contacts.inspectFile': method(
    z.object({ fileName: z.string().max(255), dataBase64: z.string().min(1) }).strict(),
    z.object({ token: z.string(), fileName: z.string(), sheets: z.array(sheetSummarySchema) }),
  ),
  'contacts.importFile': method(
    z
      .object({
        token: z.string(),
        sheet: z.string(),
        phoneColumn: column,
        nameColumn: column.nullable(),
        name: listName,
      })
      .strict(),
    importResultSchema,
  ),
  /** A typed or pasted list: one number per line, optionally with a name. */
  'contacts.importText': method(
    z.object({ name: listName, text: z.string().max(5_000_000) }).strict(),
    importResultSchema,
  ),
  'contacts.lists': method(noInput, z.array(contactListSchema)),
  'contacts.get': method(
    z
      .object({
        id,
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
        search: z.string().max(100).default(''),
      })
      .strict(),
    z.object({ list: contactListSchema, contacts: z.array(contactSchema) }),
  ),
  'contacts.renameList': method(z.object({ id, name: listName }).strict(), contactListSchema),
  'contacts.removeList': method(byId, z.object({ removed: z.boolean() })),
  /** Asks WhatsApp (through a linked device) which numbers have an account; optionally drops the others. */
  'contacts.checkWhatsApp': method(
    z.object({ id, deviceId: id, removeMissing: z.boolean().default(false) }).strict(),
    z.object({ checked: z.number().int(), notOnWhatsApp: z.number().int(), removed: z.number().int() }),
  ),
  'contacts.optOuts': method(
    noInput,
    z.array(z.object({ phone: z.string(), word: z.string(), createdAt: z.string() })),
  ),
  'contacts.addOptOut': method(
    z.object({ phone: z.string().min(1).max(40) }).strict(),
    z.object({ phone: z.string() }),
  ),
  'contacts.removeOptOut': method(
    z.object({ phone: z.string().min(1).max(40) }).strict(),
    z.object({ removed: z.boolean() }),
  ),

  'broadcasts.list': method(noInput, z.array(campaignSchema)),
  'broadcasts.get': method(byId, campaignSchema),
  /** What one row of a list receives for these texts of a message (placeholders and spintax rendered). */
  'broadcasts.preview': method(
    z
      .object({
        listId: id,
        texts: z.array(z.string().max(MAX_TEXT)).max(40),
        rowNo: z.number().int().min(0).default(0),
      })
      .strict(),
    z
      .object({
        rowNo: z.number().int(),
        phone: z.string(),
        name: z.string(),
        texts: z.array(z.string()),
        unknownVariables: z.array(z.string()),
      })
      .nullable(),
  ),
  'broadcasts.create': method(
    z
      .object({
        name: z.string().trim().min(1).max(100),
        listId: id,
        /** The one message shape of every send (compose, REST, inbox); text parts may use {{column}} and {A|B}. */
        content: outgoingMessageSchema,
        deviceIds: z.array(id).min(1).max(20),
        pacing: pacingSchema.default(pacingSchema.parse({})),
        onlyOnWhatsApp: z.boolean().default(false),
        /** Also post the message (text, image or video) once as the devices' Status, to the recipients, at start. */
        alsoStatus: z.boolean().default(false),
        /** Start right away (or at pacing.startAt) instead of keeping a draft. */
        start: z.boolean().default(false),
      })
      .strict(),
    campaignSchema,
  ),
  'broadcasts.start': method(byId, campaignSchema),
  'broadcasts.pause': method(byId, campaignSchema),
  'broadcasts.resume': method(byId, campaignSchema),
  'broadcasts.cancel': method(byId, campaignSchema),
  /** Failed recipients go back into the queue (the campaign resumes). */
  'broadcasts.retryFailed': method(byId, campaignSchema),
  'broadcasts.remove': method(byId, z.object({ removed: z.boolean() })),
  'broadcasts.recipients': method(
    z
      .object({
        id,
        /** 'sent' includes delivered and read. */
        status: recipientSchema.shape.status.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.array(recipientSchema),
  ),
  'broadcasts.timeline': method(byId, z.array(timelinePointSchema)),
  'broadcasts.exportReport': method(byId, z.object({ fileName: z.string(), dataBase64: z.string() })),
  'broadcasts.governor': method(noInput, governorSchema),
  'broadcasts.setGovernor': method(governorPatchSchema, governorSchema),
} as const;

export const broadcastEvents = {
  'broadcast.progress': campaignProgressSchema,
  /** A spreadsheet import storing its contacts (contacts.importFile of `token`): `stored` of `total` so far. */
  'contacts.importProgress': z.object({
    token: z.string(),
    stored: z.number().int(),
    total: z.number().int(),
  }),
} as const;
