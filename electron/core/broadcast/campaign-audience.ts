// What another feature may know of a campaign's recipients: their numbers per sending device (the Status feature
// posts a campaign's message once to them, status/campaign-status.ts).
import type { Database } from 'better-sqlite3';

export function campaignPhonesByDevice(db: Database, campaignId: number): Map<number, string[]> {
  const rows = db
    .prepare(
      `SELECT device_id AS deviceId, phone FROM campaign_recipients WHERE campaign_id = ? AND status != 'skipped' ORDER BY row_no`,
    )
    .all(campaignId) as Array<{ deviceId: number; phone: string }>;
  const byDevice = new Map<number, string[]>();
  for (const { deviceId, phone } of rows) {
    const phones = byDevice.get(deviceId) ?? [];
    phones.push(phone);
    byDevice.set(deviceId, phones);
  }
  return byDevice;
}
