// Copying a contact list into a new campaign's recipients. A list of a few thousand is copied in one statement,
// as before; a big one (up to a million rows) in slices of SLICE_ROWS with the event loop turning between them,
// so creating the campaign never stalls the app's thread. Until the last slice is in, the campaign is not ready
// (migration 011): hidden from every list and never sent, and removed at the next start if the app stopped.
import type { Database } from 'better-sqlite3';

/** Rows per slice: ~30 ms of the app's thread each on a 2-core machine. */
export const SLICE_ROWS = 20_000;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Copies up to `limit` contacts after `afterRowNo`, dealing them to the devices in turn from `dealt` (how many
 * were dealt before), opted-out numbers stored as skipped. The slice is taken first (the index on
 * (list_id, row_no)), so numbering it costs the slice, not the rest of the list.
 */
function copySlice(
  db: Database,
  campaignId: number,
  listId: number,
  deviceIds: number[],
  onlyOnWhatsApp: boolean,
  afterRowNo: number,
  dealt: number,
  limit: number,
): { copied: number; lastRowNo: number | null } {
  const copied = db
    .prepare(
      `INSERT INTO campaign_recipients (campaign_id, row_no, phone, name, vars, device_id, status, error)
       SELECT ?, s.row_no, s.phone, s.name, s.vars,
              json_extract(?, '$[' || ((CAST(? AS INTEGER) + row_number() OVER (ORDER BY s.row_no) - 1) % CAST(? AS INTEGER)) || ']'),
              CASE WHEN o.phone IS NULL THEN 'pending' ELSE 'skipped' END,
              CASE WHEN o.phone IS NULL THEN NULL ELSE 'opted_out' END
       FROM (SELECT c.row_no, c.phone, c.name, c.vars FROM contacts c
             WHERE c.list_id = ? AND c.row_no > ? AND (? = 0 OR c.on_whatsapp IS NOT 0)
             ORDER BY c.row_no LIMIT ?) s
       LEFT JOIN opt_outs o ON o.phone = s.phone
       ORDER BY s.row_no`,
    )
    .run(
      campaignId,
      JSON.stringify(deviceIds),
      dealt,
      deviceIds.length,
      listId,
      afterRowNo,
      onlyOnWhatsApp ? 1 : 0,
      limit,
    ).changes;
  const last = db
    .prepare(`SELECT max(row_no) AS rowNo FROM campaign_recipients WHERE campaign_id = ?`)
    .get(campaignId) as { rowNo: number | null };
  return { copied, lastRowNo: last.rowNo };
}

/**
 * Copies the whole list (see the file comment), one slice per step, then marks the campaign ready. The app
 * turns the event loop between steps (`copyListToCampaign`); code that holds no event loop (tests, small
 * lists) runs every step at once (`copyListNow`).
 */
export function* copySlices(
  db: Database,
  campaignId: number,
  listId: number,
  deviceIds: number[],
  onlyOnWhatsApp: boolean,
): Generator<number, void> {
  let dealt = 0;
  let afterRowNo = -1;
  for (;;) {
    const slice = db.transaction(() =>
      copySlice(db, campaignId, listId, deviceIds, onlyOnWhatsApp, afterRowNo, dealt, SLICE_ROWS),
    )();
    dealt += slice.copied;
    if (slice.copied < SLICE_ROWS || slice.lastRowNo === null) break;
    afterRowNo = slice.lastRowNo;
    yield dealt;
  }
  db.prepare(
    `UPDATE campaigns SET ready = 1, skipped_opt_out =
       (SELECT count(*) FROM campaign_recipients WHERE campaign_id = ? AND status = 'skipped')
     WHERE id = ?`,
  ).run(campaignId, campaignId);
}

export async function copyListToCampaign(...args: Parameters<typeof copySlices>): Promise<void> {
  const steps = copySlices(...args);
  while (!steps.next().done) await nextTurn();
}

export function copyListNow(...args: Parameters<typeof copySlices>): void {
  const steps = copySlices(...args);
  while (!steps.next().done);
}

/** Campaigns whose copy the app was stopped in the middle of: never shown, removed at the next start. */
export function deleteUnreadyCampaigns(db: Database): number {
  return db.prepare(`DELETE FROM campaigns WHERE ready = 0`).run().changes;
}
