// Which events become a desktop notification, with what text and where a click leads (a hash route of the
// renderer). Pure functions: notifications.ts feeds them events and shows what they return.
import type { CampaignStatus, PauseReason, RecipientCounts } from '../../shared/broadcasts';
import type { NotificationKind, NotificationSwitches } from '../../shared/desktop-settings';
import type { DeviceStatus, Language, SessionState } from '../../shared/domain';
import type { InboxMessage } from '../../shared/inbox';
import { formatPhone } from '../../shared/phone';
import { notificationTexts } from './notification-texts';

export interface NotificationSpec {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Renderer route opened by a click, e.g. "inbox?device=1&chat=5". */
  route: string;
}

export interface RuleContext {
  language: Language;
  switches: NotificationSwitches;
}

const BODY_MAX = 120;
const allowed = (spec: NotificationSpec, ctx: RuleContext) => (ctx.switches[spec.kind] ? spec : null);

/** The first non-empty line, shortened: a notification shows two lines at most. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((part) => part.trim()) ?? '';
  const trimmed = line.trim();
  return trimmed.length > BODY_MAX ? `${trimmed.slice(0, BODY_MAX - 1)}…` : trimmed;
}

/** A message someone sent us, while the window is hidden, minimized or behind other windows. */
export function inboxNotification(
  message: InboxMessage,
  windowInFront: boolean,
  ctx: RuleContext,
): NotificationSpec | null {
  if (message.fromMe || windowInFront || message.deleted) return null;
  const text = notificationTexts(ctx.language);
  const sender = message.senderName || (message.sender ? formatPhone(message.sender) : text.newMessage);
  const body = firstLine(message.body) || message.fileName || text.media[message.type] || text.newMessage;
  return allowed(
    {
      kind: 'inbox',
      title: sender,
      body,
      route: `inbox?device=${message.deviceId}&chat=${message.chatId}`,
    },
    ctx,
  );
}

/**
 * A device that was working stopped: logged out by the phone (at once), refused by WhatsApp (at once), or
 * reconnecting (notifications.ts holds that one for a grace period: most drops heal within seconds).
 * Statuses the user caused (paused, a device removed) say nothing.
 */
export function deviceNotification(
  previous: DeviceStatus | null,
  state: SessionState,
  deviceName: string,
  ctx: RuleContext,
): NotificationSpec | null {
  const text = notificationTexts(ctx.language);
  const spec = (title: string, body: string): NotificationSpec => ({
    kind: 'device',
    title,
    body,
    route: 'devices',
  });
  if (state.status === previous) return null;
  if (state.status === 'logged_out')
    return allowed(spec(text.loggedOut(deviceName), text.loggedOutBody), ctx);
  if (previous !== 'open') return null;
  if (state.status === 'failed') return allowed(spec(text.disconnected(deviceName), text.failedBody), ctx);
  if (state.status === 'reconnecting')
    return allowed(spec(text.disconnected(deviceName), text.disconnectedBody), ctx);
  return null;
}

export interface CampaignChange {
  campaignId: number;
  name: string;
  from: CampaignStatus | null;
  to: CampaignStatus;
  pauseReason: PauseReason | null;
  counts: RecipientCounts;
}

/** A campaign that was sending finished, or paused itself (a pause by the user is not news to them). */
export function campaignNotification(change: CampaignChange, ctx: RuleContext): NotificationSpec | null {
  const text = notificationTexts(ctx.language);
  const route = `broadcasts?campaign=${change.campaignId}`;
  const wasSending = change.from === 'running' || change.from === 'scheduled';
  if (change.to === 'done' && change.from !== 'done') {
    const sent = change.counts.sent + change.counts.delivered + change.counts.read;
    const body = text.campaignDoneBody(sent, change.counts.failed);
    return allowed({ kind: 'campaign', title: text.campaignDone(change.name), body, route }, ctx);
  }
  if (change.to === 'paused' && wasSending && change.pauseReason && change.pauseReason !== 'user') {
    const body = text.pauseReasons[change.pauseReason];
    return allowed({ kind: 'campaign', title: text.campaignPaused(change.name), body, route }, ctx);
  }
  return null;
}

export interface Restriction {
  deviceId: number;
  /** When WhatsApp lifts it (ms since epoch), when known. */
  until: number | null;
}

/** WhatsApp restricted a number (reach-out timelock, new-chat cap): sends to new chats are held. */
export function restrictionNotification(
  restriction: Restriction,
  deviceName: string,
  ctx: RuleContext,
): NotificationSpec | null {
  const text = notificationTexts(ctx.language);
  const until =
    restriction.until === null
      ? null
      : new Date(restriction.until).toLocaleString(ctx.language === 'en' ? 'en-GB' : 'id-ID', {
          dateStyle: 'medium',
          timeStyle: 'short',
          hourCycle: 'h23',
        });
  const body = until ? text.restrictedUntil(until) : text.restrictedBody;
  return allowed({ kind: 'restriction', title: text.restricted(deviceName), body, route: 'devices' }, ctx);
}

export interface Handover {
  deviceId: number;
  chatId: number;
  name: string | null;
  number: string | null;
  question: string;
}

/** The AI did not know an answer and sent the customer nothing: a person should reply (the inbox switch). */
export function handoverNotification(handover: Handover, ctx: RuleContext): NotificationSpec | null {
  const text = notificationTexts(ctx.language);
  const who = handover.name || (handover.number ? formatPhone(handover.number) : text.newMessage);
  return allowed(
    {
      kind: 'inbox',
      title: text.needsPerson(who),
      body: firstLine(handover.question),
      route: `inbox?device=${handover.deviceId}&chat=${handover.chatId}`,
    },
    ctx,
  );
}
