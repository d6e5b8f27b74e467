// Which single next step a device's card offers for its status.
import type { DeviceStatus } from '../../../../shared/domain';

export type PrimaryAction = 'link' | 'showQr' | 'pause' | 'resume';

/** A failed session keeps its link (replaced, banned) unless the wrong phone scanned it. */
export function primaryActionOf(status: DeviceStatus, reason: string | null | undefined): PrimaryAction {
  if (status === 'qr') return 'showQr';
  if (status === 'paused') return 'resume';
  if (status === 'failed') return reason === 'wrong_number' ? 'link' : 'resume';
  if (status === 'idle' || status === 'logged_out') return 'link';
  return 'pause';
}
