// Webhook bodies: the documented {"message","from","bufferImage","participant"} plus extra fields old receivers ignore.
import type { StoredInbound } from '../messages/inbound-store';

export interface MessageWebhookBody {
  message: string;
  from: string;
  bufferImage: string | null;
  participant: string | null;
  /** = `from`: receivers written for MPWA-based gateways read `sender` and drop payloads without it. */
  sender: string;
  event: 'message';
  /** The sender's pushName, as MPWA sends it. */
  name: string | null;
  id: string;
  /** Number of the linked device that received it. */
  device: string;
  type: string;
  /** Unix seconds. */
  timestamp: number;
  isGroup: boolean;
  mimetype: string | null;
  fileName: string | null;
  /** Id of the chosen button / list row (its text is `message`). */
  selectedId: string | null;
  /** The sender's @lid when WhatsApp addressed them by one. */
  lid: string | null;
  quotedId: string | null;
  location?: { latitude: number; longitude: number };
  /** Written while the app was off: WhatsApp delivered it from its offline queue when the app came back. */
  offline: boolean;
}

const userPart = (jid: string) => jid.split('@')[0];

export function messageWebhookBody({
  message: m,
  deviceNumber,
  image,
  offline,
}: StoredInbound): MessageWebhookBody {
  // Without a known phone number the LID's digits are the best we have; `lid` says which one it was.
  const person = m.sender ?? (m.senderLid ? userPart(m.senderLid) : userPart(m.chatJid));
  const from = m.isGroup ? m.chatJid : person;
  const body: MessageWebhookBody = {
    message: m.body,
    from,
    bufferImage: image ? image.toString('base64') : null,
    participant: m.isGroup ? person : null,
    sender: from,
    event: 'message',
    name: m.pushName,
    id: m.waId,
    device: deviceNumber,
    type: m.type,
    timestamp: Math.floor(m.timestamp / 1000),
    isGroup: m.isGroup,
    mimetype: m.mimetype,
    fileName: m.fileName,
    selectedId: m.selectedId,
    lid: m.senderLid,
    quotedId: m.quotedId,
    offline,
  };
  if (m.type === 'location' && m.extra) body.location = m.extra as { latitude: number; longitude: number };
  return body;
}

export function statusWebhookBody(input: { id: string; status: string; to: string; device: string }) {
  return { event: 'message_status' as const, ...input, timestamp: Math.floor(Date.now() / 1000) };
}

export function connectionWebhookBody(input: { device: string; status: string; reason: string | null }) {
  return { event: 'device_connection' as const, ...input, timestamp: Math.floor(Date.now() / 1000) };
}

/** A number's WhatsApp restriction changed (times as ISO strings, like the REST API's /device-info). */
export function restrictionWebhookBody(input: {
  device: string;
  timelockUntil: number | null;
  resumeAt: number | null;
  capStage: string;
  newChatsToday: number;
  health: string;
}) {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    event: 'device_restriction' as const,
    device: input.device,
    timelockUntil: iso(input.timelockUntil),
    resumeAt: iso(input.resumeAt),
    capStage: input.capStage,
    newChatsToday: input.newChatsToday,
    health: input.health,
    timestamp: Math.floor(Date.now() / 1000),
  };
}

export function testWebhookBody(device: string | null) {
  return {
    message: 'Tes webhook dari Wasender Desktop',
    from: device ?? '0',
    bufferImage: null,
    participant: null,
    sender: device ?? '0',
    event: 'test' as const,
    name: 'Wasender Desktop',
    id: `TEST-${Date.now()}`,
    device,
    type: 'text',
    timestamp: Math.floor(Date.now() / 1000),
    isGroup: false,
  };
}
