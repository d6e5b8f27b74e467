// What WhatsApp does to an account that reaches out too much: the reach-out timelock (sends to new chats answered
// with error 463), the new-chat message cap and its stages, the mex notifications and the w:mex fetches.
//
// Shapes as Baileys 7.0.0-rc14 parses them (node_modules/@whiskeysockets/baileys/lib):
// - Socket/messages-recv.js `handleMexNotification`: `<notification type="mex"><update op_name=…>JSON</update>`,
//   op `NotificationUserReachoutTimelockUpdate` → data.xwa2_notify_account_reachout_timelock {is_active,
//   time_enforcement_ends (unix s, string), enforcement_type} → connection.update.reachoutTimeLock;
//   op `MessageCappingInfoNotification` → data.xwa2_notify_new_chat_messages_capping_info_update → the
//   `message-capping.update` event.
// - Socket/messages-recv.js `handleBadAck`: `<ack class="message" error="463">` → messages.update ERROR with
//   messageStubParameters ['463', ACCOUNT_RESTRICTED_TEXT] (NACK_REASONS.SenderReachoutTimelocked,
//   Utils/decode-wa-message.js); Baileys then re-issues a privacy token (the `privacy` iq) and does not retry.
// - Socket/socket.js `fetchAccountReachoutTimelock` / `fetchNewChatMessageCap` and Socket/mex.js: `iq w:mex get
//   <query query_id>` answered with `<result>{"data":{"xwa2_fetch_account_reachout_timelock":…}}</result>` or
//   `xwa2_message_capping_info` (field names also in WAHA's GOWS engine `FetchMessageCapping` and WAHA
//   src/core/engines/noweb/restriction.ts, which reads the same states).
// Sends to numbers that are not on WhatsApp count as reach-outs too (reported in Baileys #2441, 2026-08-08).
import { randomInt } from 'node:crypto';
import { type BinaryNode, getBinaryNodeChild, jidDecode } from '@whiskeysockets/baileys';
import { type EmulatorContext, S_WHATSAPP_NET, unixNow } from './context.js';
import { deliverToDevice } from './linked-device.js';
import type { Phone } from './phone.js';

export const capStages = ['NONE', 'FIRST_WARNING', 'SECOND_WARNING', 'CAPPED'] as const;
export type CapStage = (typeof capStages)[number];

// Query ids of rc14 Types/Mex.js (QueryIds.REACHOUT_TIMELOCK, QueryIds.MESSAGE_CAPPING_INFO).
const REACHOUT_TIMELOCK_QUERY = '23983697327930364';
const MESSAGE_CAPPING_QUERY = '24503548349331633';
/** Error code of a send refused because the account may not start new chats (rc14 NACK_REASONS). */
export const REACHOUT_TIMELOCKED = '463';

export interface RestrictionRequest {
  /** Put the account under a timelock for this many seconds from now (0 lifts it). */
  timelockSeconds?: number;
  /** …or until this time (ms since epoch). */
  timelockUntil?: number;
  enforcementType?: string;
  /** New-chat cap stage; pushed to the linked devices as WhatsApp does. */
  capStage?: CapStage;
  /** Quota of new chats per cycle (-1 = no cap) and how many are used. */
  capTotal?: number;
  capUsed?: number;
  /** After this many more new chats, the next one gets 463 and the account a timelock (null = never). */
  restrictAfterNewChats?: number | null;
  /** Length of the timelock that `restrictAfterNewChats` triggers (default 60 s). */
  triggeredLockSeconds?: number;
  reset?: boolean;
}

export class AccountRestrictions {
  timelockUntil = 0;
  enforcementType = 'DEFAULT';
  capStage: CapStage = 'NONE';
  capTotal = -1;
  capUsed = 0;
  restrictAfterNewChats: number | null = null;
  triggeredLockSeconds = 60;
  /** New chats this account started (sends accepted to contacts it never talked with, and to non-users). */
  newChats = 0;
  /** Sends refused with 463. */
  refused = 0;
  /** Contacts that wrote to this account, and contacts it already reached: their chats exist. */
  private readonly chatted = new Set<string>();
  private liftTimer?: NodeJS.Timeout;
  private readonly cycleStart = Math.floor(Date.now() / 1000);

  constructor(
    private readonly ctx: () => EmulatorContext,
    private readonly account: Phone,
  ) {}

  timelocked(now = Date.now()) {
    return this.timelockUntil > now;
  }

  /** A contact wrote to this account: from now on their chat is not a new one. */
  noteContactWrote(number: string) {
    this.chatted.add(number);
  }

  /**
   * Decides a 1:1 send of this account to `to`: null to deliver it, or the error code to ack it with.
   * Only new chats are affected; chats that exist go on during a timelock, as on WhatsApp.
   */
  judgeSend(to: string): string | null {
    const decoded = jidDecode(to);
    if (!decoded?.user || (decoded.server !== 's.whatsapp.net' && decoded.server !== 'lid')) return null;
    const contact = this.ctx().phones.resolve(to);
    if (contact === this.account) return null;
    if (contact && this.chatted.has(contact.number)) return null;
    if (this.timelocked() || this.capStage === 'CAPPED') return this.refuse();
    if (this.restrictAfterNewChats !== null && this.restrictAfterNewChats <= 0) {
      this.restrictAfterNewChats = null;
      this.lockUntil(Date.now() + this.triggeredLockSeconds * 1000);
      return this.refuse();
    }
    if (this.restrictAfterNewChats !== null) this.restrictAfterNewChats--;
    this.newChats++;
    // A number not on WhatsApp never becomes a chat: every send to it counts again.
    if (contact) this.chatted.add(contact.number);
    if (this.capTotal >= 0) {
      this.capUsed++;
      if (this.capUsed >= this.capTotal) this.setCapStage('CAPPED');
    }
    return null;
  }

  apply(req: RestrictionRequest) {
    if (req.reset) {
      this.restrictAfterNewChats = null;
      this.capTotal = -1;
      this.capUsed = 0;
      this.newChats = 0;
      this.refused = 0;
      if (this.capStage !== 'NONE') this.setCapStage('NONE');
      if (this.timelocked()) this.lockUntil(0);
    }
    if (req.enforcementType) this.enforcementType = req.enforcementType;
    if (req.restrictAfterNewChats !== undefined) this.restrictAfterNewChats = req.restrictAfterNewChats;
    if (req.triggeredLockSeconds !== undefined) this.triggeredLockSeconds = req.triggeredLockSeconds;
    if (req.capTotal !== undefined) this.capTotal = req.capTotal;
    if (req.capUsed !== undefined) this.capUsed = req.capUsed;
    if (req.capStage) {
      if (!capStages.includes(req.capStage)) throw new Error(`unknown cap stage ${req.capStage}`);
      this.setCapStage(req.capStage);
    }
    if (req.timelockSeconds !== undefined) this.lockUntil(Date.now() + req.timelockSeconds * 1000);
    if (req.timelockUntil !== undefined) this.lockUntil(req.timelockUntil);
    return this.describe();
  }

  describe() {
    return {
      timelocked: this.timelocked(),
      timelockUntil: this.timelocked() ? this.timelockUntil : null,
      enforcementType: this.enforcementType,
      capStage: this.capStage,
      capTotal: this.capTotal,
      capUsed: this.capUsed,
      restrictAfterNewChats: this.restrictAfterNewChats,
      newChats: this.newChats,
      refused: this.refused,
    };
  }

  /** The answer to a `w:mex` query of a linked device of this account, or undefined for other queries. */
  answerMex(iq: BinaryNode): BinaryNode[] | undefined {
    const queryId = getBinaryNodeChild(iq, 'query')?.attrs.query_id;
    const data =
      queryId === REACHOUT_TIMELOCK_QUERY
        ? { xwa2_fetch_account_reachout_timelock: this.timelockPayload() }
        : queryId === MESSAGE_CAPPING_QUERY
          ? { xwa2_message_capping_info: this.capPayload() }
          : undefined;
    if (!data) return undefined;
    return [{ tag: 'result', attrs: {}, content: Buffer.from(JSON.stringify({ data })) }];
  }

  private refuse() {
    this.refused++;
    return REACHOUT_TIMELOCKED;
  }

  private lockUntil(until: number) {
    clearTimeout(this.liftTimer);
    this.timelockUntil = until;
    this.pushTimelock();
    if (until > Date.now()) {
      // WhatsApp tells the devices when the lock ends; Baileys then emits reachoutTimeLock {isActive: false}.
      this.liftTimer = setTimeout(() => this.pushTimelock(), until - Date.now() + 5);
      this.liftTimer.unref();
    }
  }

  private setCapStage(stage: CapStage) {
    this.capStage = stage;
    this.pushNotification('MessageCappingInfoNotification', {
      xwa2_notify_new_chat_messages_capping_info_update: this.capPayload(),
    });
  }

  private timelockPayload() {
    return this.timelocked()
      ? {
          is_active: true,
          time_enforcement_ends: String(Math.ceil(this.timelockUntil / 1000)),
          enforcement_type: this.enforcementType,
        }
      : { is_active: false, time_enforcement_ends: '0', enforcement_type: 'DEFAULT' };
  }

  private capPayload() {
    const now = Math.floor(Date.now() / 1000);
    return {
      capping_status: this.capStage,
      total_quota: this.capTotal,
      used_quota: this.capUsed,
      cycle_start_timestamp: String(this.cycleStart),
      cycle_end_timestamp: String(this.cycleStart + 30 * 24 * 3600),
      server_sent_timestamp: String(now),
      ote_status: 'NOT_ELIGIBLE',
      mv_status: 'NOT_ELIGIBLE',
    };
  }

  private pushTimelock() {
    this.pushNotification('NotificationUserReachoutTimelockUpdate', {
      xwa2_notify_account_reachout_timelock: this.timelockPayload(),
    });
  }

  private pushNotification(opName: string, data: object) {
    for (const device of this.account.devices.values()) {
      deliverToDevice(device, {
        tag: 'notification',
        attrs: { from: S_WHATSAPP_NET, type: 'mex', id: `mex-${Date.now()}-${randomInt(1e6)}`, t: unixNow() },
        content: [
          { tag: 'update', attrs: { op_name: opName }, content: Buffer.from(JSON.stringify({ data })) },
        ],
      }).catch((err) => this.ctx().faults.recordError(`mex notification: ${(err as Error).message}`));
    }
  }
}
