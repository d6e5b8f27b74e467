// Shared emulator state handed to every handler (phones, groups, media, faults, pending pairings).
import type { CertAuthority } from './cert-chain.js';
import type { FaultState } from './faults.js';
import type { GroupRegistry } from './groups.js';
import type { MediaRetries } from './media-retry.js';
import type { MediaServer } from './media-server.js';
import type { PairingBook } from './pairing.js';
import type { RetryReceipts } from './phone-retry.js';
import type { PhoneRegistry } from './registry.js';

export interface EmulatorContext {
  ca: CertAuthority;
  phones: PhoneRegistry;
  groups: GroupRegistry;
  media: MediaServer;
  faults: FaultState;
  pairings: PairingBook;
  stats: EmulatorStats;
  /** Phones answering messages with retry receipts instead of accepting them (phone-retry.ts). */
  retries: RetryReceipts;
  /** Expired CDN files and the phone's answers to media re-upload requests (media-retry.ts). */
  mediaRetries: MediaRetries;
}

/** Counters for tests (e.g. "Baileys pinged", "no second usync"). */
export interface EmulatorStats {
  /** IQs received from devices, by xmlns (`w:p` = keep-alive pings). */
  iq: Record<string, number>;
  /** `<message>` stanzas received from devices. */
  messages: number;
  /** Privacy (trusted-contact) tokens devices issued, by the contact's jid. */
  privacyTokens: Record<string, number>;
}

export const S_WHATSAPP_NET = 's.whatsapp.net';
export const unixNow = () => Math.floor(Date.now() / 1000).toString();
