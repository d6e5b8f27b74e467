// Whether a stored disconnect-reason code has a text (texts: locales/*/devices.ts; codes: shared/disconnect-reasons.ts).
import { disconnectReasonCodes, type DisconnectReason } from '../../../shared/disconnect-reasons';

/** Unknown codes from a newer core are not shown. */
export const isKnownReason = (code: string | null | undefined): code is DisconnectReason =>
  !!code && (disconnectReasonCodes as readonly string[]).includes(code);
