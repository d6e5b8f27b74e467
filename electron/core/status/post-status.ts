// Posting to a number's WhatsApp Status: the audience spelled out (WhatsApp shows a status only to the jids listed;
// Baileys' "allContacts" shortcut is not a thing the server knows, hence the "returns OK but nobody sees it"
// reports, WhiskeySockets/Baileys#619 and #1196), the content sent through the one send path, the post stored.
import type { Database } from 'better-sqlite3';
import type { StatusPost } from '../../../shared/status-contract';
import type { StatusContent, StatusType } from '../../../shared/schemas/send-status';
import { contactPhones, findContactList } from '../broadcast/contact-queries';
import { findDeviceByNumber } from '../devices/queries';
import { AppError, appError, invalidField } from '../errors';
import { contactNames, knownContactPhones } from '../messages/known-contacts';
import type { MessageSend } from '../messages/send';
import { audienceOf, findPost, insertPost, type StatusPostRow } from './queries';

export const STATUS_JID = 'status@broadcast';
/** A bigger audience is refused: one post's stanza carries a sender key for every device of every contact. */
export const MAX_STATUS_AUDIENCE = 5000;

/** Who sees a post: these numbers and/or a contact list's; neither = every contact the device has a chat with. */
export interface AudienceChoice {
  recipients?: string[];
  listId?: number;
}

/** The audience's numbers (digits), without the device's own, each once. */
export function resolveAudience(
  db: Database,
  deviceId: number,
  own: string,
  choice: AudienceChoice,
): string[] {
  const phones = new Set<string>(choice.recipients ?? []);
  if (choice.listId !== undefined) {
    if (!findContactList(db, choice.listId))
      throw invalidField('contact_list', 'in', { attribute: 'contact list' });
    for (const { phone } of contactPhones(db, choice.listId)) phones.add(phone);
  }
  if (!choice.recipients?.length && choice.listId === undefined)
    for (const phone of knownContactPhones(db, deviceId)) phones.add(phone);
  phones.delete(own);
  return [...phones];
}

export interface PostRequest {
  /** The posting device's number. */
  from: string;
  type: StatusType;
  content: StatusContent;
  audience: AudienceChoice;
  campaignId?: number;
}

/** Posts once and stores the post with its audience; receipts then fill in who got and who viewed it. */
export async function postStatus(
  db: Database,
  send: MessageSend,
  request: PostRequest,
  now: () => number = Date.now,
): Promise<StatusPostRow> {
  const device = findDeviceByNumber(db, request.from);
  if (!device) throw new AppError('session_not_connected', `No device with number ${request.from}`);
  const phones = resolveAudience(db, device.id, device.number, request.audience);
  if (phones.length === 0)
    throw appError('invalid_input', 'status_no_audience', undefined, { recipients: 'status_no_audience' });
  if (phones.length > MAX_STATUS_AUDIENCE)
    throw invalidField('recipients', 'max.array', { attribute: 'recipients', max: MAX_STATUS_AUDIENCE });
  const { content } = request;
  const sent = await send.one({
    from: device.number,
    to: STATUS_JID,
    message: content.message,
    status: {
      // Our own number too, as whatsmeow does (broadcast.go), so the phone shows it under "My status".
      jidList: [...phones, device.number].map((phone) => `${phone}@s.whatsapp.net`),
      backgroundColor: content.backgroundColor,
      font: content.font,
    },
  });
  const text =
    content.message.kind === 'text'
      ? content.message.text
      : content.message.kind === 'media'
        ? (content.message.caption ?? '')
        : '';
  const id = insertPost(
    db,
    {
      deviceId: device.id,
      waId: sent.id,
      type: request.type,
      body: text,
      backgroundColor: content.backgroundColor ?? null,
      font: content.font ?? null,
      campaignId: request.campaignId ?? null,
      createdAt: now(),
    },
    phones,
  );
  return findPost(db, id)!;
}

/** A stored post as the contract shows it: counts, and who viewed it with the inbox's names. */
export function statusPostOf(db: Database, row: StatusPostRow): StatusPost {
  const audience = audienceOf(db, row.id);
  const viewers = audience.filter((member) => member.viewedAt !== null);
  const names = contactNames(
    db,
    row.deviceId,
    viewers.map((viewer) => viewer.phone),
  );
  return {
    id: row.id,
    deviceId: row.deviceId,
    waId: row.waId,
    type: row.type,
    text: row.body,
    backgroundColor: row.backgroundColor,
    font: row.font,
    audience: audience.length,
    delivered: audience.filter((member) => member.deliveredAt !== null).length,
    viewers: viewers.map((viewer) => ({ ...viewer, name: names.get(viewer.phone) ?? null })),
    campaignId: row.campaignId,
    error: row.error,
    createdAt: row.createdAt,
  };
}
