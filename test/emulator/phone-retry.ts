// Phones that cannot decrypt: instead of accepting a message, the phone answers with a retry receipt and waits for
// the sender to encrypt the same message again, as WhatsApp's phones do after a session reset.
// Shape of the receipt as phones send it: whatsmeow retry.go (sendRetryReceipt: <retry count id t v=1>,
// <registration>, and from the second try a <keys> bundle) and Baileys Socket/messages-recv.js (sendRetryRequest);
// what the sender does with it: Baileys messages-recv.js (handleReceipt → sendMessagesAgain → getMessage).
import { type BinaryNode, encodeBigEndian } from '@whiskeysockets/baileys';
import { unixNow } from './context.js';
import { deliverToDevice, deviceJid, deviceLidJid, type LinkedDevice } from './linked-device.js';
import type { Phone } from './phone.js';
import type { PhoneDelivery } from './phone-receive.js';
import { makePreKeyBundleNode } from './signal-identity.js';

const MAX_ASKS = 5;

export interface RetryRule {
  /** Answer these message ids with a retry receipt. */
  ids?: string[];
  /** Answer this share of messages (every 1/fraction-th first arrival, counted over the phones the rule covers). */
  fraction?: number;
  /** Only messages to these phone numbers (default: every phone). */
  numbers?: string[];
  /** Every message a linked device sends once it has reconnected after the rule was added. */
  afterReconnect?: boolean;
  /** How many retry receipts one message gets before the phone accepts it (default 1; Infinity: never). */
  times?: number;
}

interface ActiveRule extends RetryRule {
  arrivals: number;
  /** The connection each device had when the rule was added (afterReconnect). */
  connectionAtStart: Map<LinkedDevice, number | undefined>;
}

export interface RetryStats {
  /** Retry receipts the phones sent. */
  receiptsSent: number;
  /** Message ids that got at least one retry receipt. */
  askedFor: string[];
  /** Of those, the ids a phone finally decrypted. */
  decrypted: string[];
  /** Re-sent copies a phone could not decrypt either. */
  failedAgain: number;
}

export class RetryReceipts {
  private rules: ActiveRule[] = [];
  /** Retry receipts sent per `number|messageId`. */
  private readonly asked = new Map<string, number>();
  private readonly decrypted = new Set<string>();
  private receiptsSent = 0;
  private failedAgain = 0;
  /** `number|deviceJid` pairs whose session the phone dropped. */
  private readonly resetWith = new Set<string>();

  constructor(private readonly allDevices: () => Iterable<LinkedDevice>) {}

  add(rule: RetryRule) {
    const connectionAtStart = new Map<LinkedDevice, number | undefined>();
    for (const device of this.allDevices()) connectionAtStart.set(device, device.connection?.id);
    this.rules.push({ ...rule, arrivals: 0, connectionAtStart });
  }

  reset() {
    this.rules = [];
  }

  stats(): RetryStats {
    return {
      receiptsSent: this.receiptsSent,
      askedFor: [...this.asked.keys()].map((k) => k.split('|')[1]),
      decrypted: [...this.decrypted].map((k) => k.split('|')[1]),
      failedAgain: this.failedAgain,
    };
  }

  /** Times this phone already asked for the message (0: first arrival). */
  askedCount(phone: Phone, id: string) {
    return this.asked.get(`${phone.number}|${id}`) ?? 0;
  }

  /** Whether the phone refuses this arrival of the message (and so answers with a retry receipt). */
  refuses(phone: Phone, d: PhoneDelivery): boolean {
    // Only 1:1 chat messages from other accounts: group retries make Baileys re-send to the whole group.
    if (d.group || d.stanza.attrs.category === 'peer' || d.sender.number === phone.number) return false;
    const id = d.stanza.attrs.id;
    const asked = this.askedCount(phone, id);
    let refuse = false;
    for (const rule of this.rules) {
      if (rule.numbers && !rule.numbers.includes(phone.number)) continue;
      if (asked >= (rule.times ?? 1)) continue;
      if (asked > 0) {
        refuse = true; // a rule that already refused it keeps refusing up to its `times`
        continue;
      }
      rule.arrivals++;
      const byFraction =
        rule.fraction !== undefined &&
        Math.floor(rule.arrivals * rule.fraction) > Math.floor((rule.arrivals - 1) * rule.fraction);
      const reconnected =
        !!rule.afterReconnect &&
        rule.connectionAtStart.has(d.sender) &&
        rule.connectionAtStart.get(d.sender) !== d.sender.connection?.id;
      if (rule.ids?.includes(id) || byFraction || reconnected) refuse = true;
    }
    return refuse;
  }

  /**
   * A message that failed to decrypt after this phone reset its session with the sender (the re-sent copy, or one
   * the sender encrypted on the old session meanwhile) is asked for again, up to 5 times like a phone; any other
   * failure stays an emulator error.
   */
  asksAfterFailure(phone: Phone, d: PhoneDelivery) {
    if (!this.resetWith.has(`${phone.number}|${deviceJid(d.sender)}`)) return false;
    return this.askedCount(phone, d.stanza.attrs.id) < MAX_ASKS;
  }

  noteDecrypted(phone: Phone, id: string) {
    if (this.asked.has(`${phone.number}|${id}`)) this.decrypted.add(`${phone.number}|${id}`);
  }

  noteFailedAgain() {
    this.failedAgain++;
  }

  /**
   * The phone drops its session with the sender device (as after a reset, so a copy re-sent on the old session
   * fails to decrypt too) and sends the retry receipt; from the second one on it carries a fresh key bundle.
   */
  async ask(phone: Phone, d: PhoneDelivery) {
    const id = d.stanza.attrs.id;
    const count = this.askedCount(phone, id) + 1;
    this.asked.set(`${phone.number}|${id}`, count);
    this.receiptsSent++;
    this.resetWith.add(`${phone.number}|${deviceJid(d.sender)}`);
    await phone.identity.repo.deleteSession([deviceLidJid(d.sender), deviceJid(d.sender)]);
    const content: BinaryNode[] = [
      { tag: 'retry', attrs: { count: String(count), id, t: d.stanza.attrs.t ?? unixNow(), v: '1' } },
      { tag: 'registration', attrs: {}, content: encodeBigEndian(phone.identity.creds.registrationId) },
    ];
    if (count > 1) {
      const bundle = await makePreKeyBundleNode(phone.identity, phone.jid);
      const keys = (bundle.content as BinaryNode[]).filter((n) => n.tag !== 'registration');
      content.push({ tag: 'keys', attrs: {}, content: keys });
    }
    await deliverToDevice(d.sender, {
      tag: 'receipt',
      attrs: { from: phone.jid, id, t: unixNow(), type: 'retry' },
      content,
    });
  }
}
