// The one send path. Every caller — the REST routes, compose, campaigns, inbox replies, auto-replies and webhook
// replies — hands an OutgoingMessage to a MessageSend made here (wired in app.ts). It checks the sending device,
// resolves the media (resolve-media.ts, with the download limits of fetch-media.ts), builds the WhatsApp content in
// the device's style (build-message.ts) and passes it to the transport (whatsapp/send.ts, which app.ts may wrap
// with the safety governor).
import type { Database } from 'better-sqlite3';
import type { InteractiveStyle } from '../../../shared/domain';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { ContractError } from '../../../shared/errors';
import type { Device } from '../../../shared/domain';
import { findDeviceByNumber } from '../devices/queries';
import { AppError } from '../errors';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { buildMessage } from './build-message';
import type { FetchMediaOptions } from './fetch-media';
import { resolveMessageMedia } from './resolve-media';
import type { MessageSender, SentMessage, StatusAudience } from './sender';

export interface MessageRequest {
  /** Linked device's number, digits only. */
  from: string;
  /** Recipient JID ("628…@s.whatsapp.net" or "…@g.us"). */
  to: string;
  message: OutgoingMessage;
  /** Message id to quote (reply to). */
  quotedId?: string;
  /** A Status post: `to` is "status@broadcast" and this says who sees it. */
  status?: StatusAudience;
}

/** One recipient's result: its message id, or why it did not go out. */
export type SendOutcome = { to: string; id: string } | { to: string; error: unknown };

export interface MessageSend {
  /** Sends to one recipient; throws AppError (invalid_input for bad media, session_not_connected, send_failed). */
  one(request: MessageRequest): Promise<SentMessage>;
  /**
   * Sends one message to each recipient in order, its media fetched and its content built once. Throws before
   * sending anything (bad media, device not connected); stops after the first recipient the device could not
   * reach because its connection is gone.
   */
  toEach(request: Omit<MessageRequest, 'to'> & { to: string[] }): Promise<SendOutcome[]>;
}

export interface MessageSendDeps {
  /** Delivers built content through the device. */
  transport: MessageSender;
  /** Throws session_not_connected when `from` is no linked, open device: checked before any download. */
  requireSender(from: string): Device;
  fetchOptions?: Partial<FetchMediaOptions>;
}

export const codeOf = (error: unknown) => (error instanceof ContractError ? error.code : 'internal');

export function createMessageSend(deps: MessageSendDeps): MessageSend {
  /** The sending device and the content built in its style (buttons, templates and lists: Devices page). */
  async function contentFor(from: string, message: OutgoingMessage) {
    const device = deps.requireSender(from);
    const style: InteractiveStyle = device.interactiveStyle;
    const media = await resolveMessageMedia(message, style, deps.fetchOptions);
    return { deviceId: device.id, content: buildMessage(message, media, style) };
  }
  return {
    async one({ from, to, message, quotedId, status }) {
      const { deviceId, content } = await contentFor(from, message);
      return deps.transport.send({ sender: from, deviceId, to, content, quotedId, status });
    },
    async toEach({ from, to, message, quotedId }) {
      const { deviceId, content } = await contentFor(from, message);
      const outcomes: SendOutcome[] = [];
      for (const recipient of to) {
        try {
          const sent = await deps.transport.send({
            sender: from,
            deviceId,
            to: recipient,
            content,
            quotedId,
          });
          outcomes.push({ to: recipient, id: sent.id });
        } catch (error) {
          outcomes.push({ to: recipient, error });
          // Nothing more can go out on this device.
          if (codeOf(error) === 'session_not_connected') break;
        }
      }
      return outcomes;
    },
  };
}

/** The usual `requireSender`: a device of this app whose WhatsApp connection is open. */
export function requireOpenDevice(db: Database, sessions: SessionRegistry) {
  return (from: string): Device => {
    const device = findDeviceByNumber(db, from);
    if (!device) throw new AppError('session_not_connected', `No device with number ${from}`);
    if (sessions.get(device.id).snapshot().status !== 'open')
      throw new AppError('session_not_connected', 'Device is not connected');
    return device;
  };
}
