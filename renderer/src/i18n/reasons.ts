// Disconnect reasons in one language, from shared/disconnect-reasons.ts (core and the REST API use the same texts).
import { disconnectReasons, type DisconnectReason } from '../../../shared/disconnect-reasons';
import type { Language } from '../../../shared/domain';

export function reasonTexts(language: Language): Record<DisconnectReason, string> {
  return Object.fromEntries(
    Object.entries(disconnectReasons).map(([code, texts]) => [code, texts[language]]),
  ) as Record<DisconnectReason, string>;
}

/** Whether a stored reason code has a text (unknown codes from a newer core are not shown). */
export const isKnownReason = (code: string | null | undefined): code is DisconnectReason =>
  !!code && Object.hasOwn(disconnectReasons, code);
