// SQL of campaigns and their recipient rows (the jobs the runner claims and settles).
// campaign_recipients is the app's second job store, beside jobs/ (webhook deliveries), on purpose: a recipient
// is claimed per device at the campaign's pace, in sheet order; it is retried by going back to 'pending' (after a
// crash, a WhatsApp error ack, the user's "retry failed"), not on a backoff timer; and its row is the campaign's
// report (sent/delivered/read by message_id). See docs/architecture.md, "Jobs and stores".
import type { Database } from 'better-sqlite3';
import type { CampaignStatus, PauseReason, Recipient, RecipientCounts } from '../../../shared/broadcasts';

// ── Campaigns ──

export interface CampaignRow {
  id: number;
  name: string;
  listId: number | null;
  listName: string | null;
  content: string;
  deviceIds: string;
  pacing: string;
  status: CampaignStatus;
  pauseReason: PauseReason | null;
  skippedOptOut: number;
  createdAt: string;
  startedAt: number | null;
  finishedAt: number | null;
}

const campaignColumns = `c.id, c.name, c.list_id AS listId, l.name AS listName, c.content, c.device_ids AS deviceIds,
  c.pacing, c.status, c.pause_reason AS pauseReason, c.skipped_opt_out AS skippedOptOut, c.created_at AS createdAt,
  c.started_at AS startedAt, c.finished_at AS finishedAt`;
const campaignFrom = `FROM campaigns c LEFT JOIN contact_lists l ON l.id = c.list_id`;

/** A new campaign, not ready (hidden, never sent) until recipient-copy.ts has copied its list. */
export function insertCampaign(
  db: Database,
  row: {
    name: string;
    listId: number;
    content: string;
    mediaData: Buffer | null;
    deviceIds: number[];
    pacing: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO campaigns (name, list_id, content, media_data, device_ids, pacing, status, ready)
         VALUES (?, ?, ?, ?, ?, ?, 'draft', 0)`,
      )
      .run(row.name, row.listId, row.content, row.mediaData, JSON.stringify(row.deviceIds), row.pacing)
      .lastInsertRowid,
  );
}

export function findCampaign(db: Database, id: number): CampaignRow | undefined {
  return db.prepare(`SELECT ${campaignColumns} ${campaignFrom} WHERE c.id = ? AND c.ready = 1`).get(id) as
    CampaignRow | undefined;
}

export function listCampaigns(db: Database): CampaignRow[] {
  return db
    .prepare(`SELECT ${campaignColumns} ${campaignFrom} WHERE c.ready = 1 ORDER BY c.id DESC`)
    .all() as CampaignRow[];
}

export function campaignIdsWithStatus(db: Database, statuses: CampaignStatus[]): number[] {
  return (
    db
      .prepare(`SELECT id FROM campaigns WHERE status IN (${statuses.map(() => '?').join(',')}) ORDER BY id`)
      .all(...statuses) as Array<{ id: number }>
  ).map((r) => r.id);
}

export function campaignMedia(db: Database, id: number): Buffer | null {
  return (
    (
      db.prepare(`SELECT media_data AS data FROM campaigns WHERE id = ?`).get(id) as
        { data: Buffer | null } | undefined
    )?.data ?? null
  );
}

export function setCampaignStatus(
  db: Database,
  id: number,
  status: CampaignStatus,
  pauseReason: PauseReason | null,
  now: number,
): void {
  db.prepare(
    `UPDATE campaigns SET status = ?, pause_reason = ?,
       started_at = CASE WHEN ? IN ('running', 'scheduled') THEN coalesce(started_at, ?) ELSE started_at END,
       finished_at = CASE WHEN ? IN ('done', 'cancelled') THEN ? ELSE NULL END
     WHERE id = ?`,
  ).run(status, pauseReason, status, now, status, now, id);
}

export function deleteCampaign(db: Database, id: number): boolean {
  return db.prepare(`DELETE FROM campaigns WHERE id = ?`).run(id).changes > 0;
}

// ── Recipients (the jobs) ──

export function countRecipients(db: Database, campaignId: number): RecipientCounts {
  const counts: RecipientCounts = {
    total: 0,
    pending: 0,
    sending: 0,
    sent: 0,
    delivered: 0,
    read: 0,
    failed: 0,
    skipped: 0,
  };
  const rows = db
    .prepare(`SELECT status, count(*) AS n FROM campaign_recipients WHERE campaign_id = ? GROUP BY status`)
    .all(campaignId) as Array<{ status: keyof RecipientCounts; n: number }>;
  for (const { status, n } of rows) {
    counts[status] = n;
    counts.total += n;
  }
  return counts;
}

export function pendingByDevice(db: Database, campaignId: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT device_id AS deviceId, count(*) AS n FROM campaign_recipients
       WHERE campaign_id = ? AND status IN ('pending', 'sending') GROUP BY device_id`,
    )
    .all(campaignId) as Array<{ deviceId: number; n: number }>;
  return new Map(rows.map((r) => [r.deviceId, r.n]));
}

export interface RecipientJob {
  id: number;
  rowNo: number;
  phone: string;
  name: string;
  vars: string;
  attempts: number;
}

/** Claims the next recipient of a device's share: it is 'sending' (committed) before anything goes out. */
export function claimNextRecipient(
  db: Database,
  campaignId: number,
  deviceId: number,
  now: number,
): RecipientJob | undefined {
  return db
    .prepare(
      `UPDATE campaign_recipients SET status = 'sending', attempts = attempts + 1, updated_at = ?
       WHERE id = (SELECT id FROM campaign_recipients WHERE campaign_id = ? AND device_id = ? AND status = 'pending'
                   ORDER BY id LIMIT 1)
       RETURNING id, row_no AS rowNo, phone, name, vars, attempts`,
    )
    .get(now, campaignId, deviceId) as RecipientJob | undefined;
}

export function markRecipientSent(db: Database, id: number, messageId: string, now: number): void {
  db.prepare(
    `UPDATE campaign_recipients SET status = 'sent', message_id = ?, sent_at = ?, error = NULL, updated_at = ? WHERE id = ?`,
  ).run(messageId, now, now, id);
}

export function markRecipient(
  db: Database,
  id: number,
  status: 'pending' | 'failed' | 'skipped',
  error: string | null,
  now: number,
): void {
  db.prepare(`UPDATE campaign_recipients SET status = ?, error = ?, updated_at = ? WHERE id = ?`).run(
    status,
    error,
    now,
    id,
  );
}

/** After a crash: a recipient claimed but never settled may or may not have gone out; send it again. */
export function requeueClaimed(db: Database, campaignId: number): number {
  return db
    .prepare(`UPDATE campaign_recipients SET status = 'pending' WHERE campaign_id = ? AND status = 'sending'`)
    .run(campaignId).changes;
}

export function requeueFailed(db: Database, campaignId: number): number {
  return db
    .prepare(
      `UPDATE campaign_recipients SET status = 'pending', error = NULL WHERE campaign_id = ? AND status = 'failed'`,
    )
    .run(campaignId).changes;
}

export function skipPending(db: Database, campaignId: number, error: string, now: number): number {
  return db
    .prepare(
      `UPDATE campaign_recipients SET status = 'skipped', error = ?, updated_at = ?
       WHERE campaign_id = ? AND status IN ('pending', 'sending')`,
    )
    .run(error, now, campaignId).changes;
}

export function skipShare(
  db: Database,
  campaignId: number,
  deviceId: number,
  error: string,
  now: number,
): number {
  return db
    .prepare(
      `UPDATE campaign_recipients SET status = 'skipped', error = ?, updated_at = ?
       WHERE campaign_id = ? AND device_id = ? AND status IN ('pending', 'sending')`,
    )
    .run(error, now, campaignId, deviceId).changes;
}

const statusRank: Record<string, number> = { sent: 1, delivered: 2, read: 3 };

/** A receipt from WhatsApp: only moves forward (a late "delivered" never undoes "read"). */
export function advanceRecipientStatus(
  db: Database,
  messageId: string,
  status: 'delivered' | 'read',
  now: number,
): { campaignId: number; deviceId: number } | undefined {
  const row = db
    .prepare(
      `SELECT id, campaign_id AS campaignId, device_id AS deviceId, status FROM campaign_recipients WHERE message_id = ?`,
    )
    .get(messageId) as { id: number; campaignId: number; deviceId: number; status: string } | undefined;
  if (!row || (statusRank[row.status] ?? 99) >= statusRank[status]) return undefined;
  db.prepare(`UPDATE campaign_recipients SET status = ?, updated_at = ? WHERE id = ?`).run(
    status,
    now,
    row.id,
  );
  return row;
}

/** WhatsApp refused a message after accepting the send (an error ack such as 429): the recipient is retried. */
export function requeueByMessageId(
  db: Database,
  messageId: string,
  error: string,
  now: number,
): { campaignId: number; deviceId: number } | undefined {
  return db
    .prepare(
      `UPDATE campaign_recipients SET status = 'pending', error = ?, message_id = NULL, sent_at = NULL, updated_at = ?
       WHERE message_id = ? AND status IN ('sent', 'delivered') RETURNING campaign_id AS campaignId, device_id AS deviceId`,
    )
    .get(error, now, messageId) as { campaignId: number; deviceId: number } | undefined;
}

export function campaignSentSince(db: Database, campaignId: number, deviceId: number, since: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ? AND device_id = ? AND sent_at >= ?`,
      )
      .get(campaignId, deviceId, since) as { n: number }
  ).n;
}

type RecipientRow = Recipient;
export function listRecipients(
  db: Database,
  campaignId: number,
  opts: { limit: number; offset: number; status?: Recipient['status'] },
): RecipientRow[] {
  return db
    .prepare(
      `SELECT id, row_no AS rowNo, phone, name, device_id AS deviceId, status, error, message_id AS messageId,
              sent_at AS sentAt
       FROM campaign_recipients WHERE campaign_id = ? AND (? IS NULL OR status = ? OR (? = 'sent' AND status IN ('delivered', 'read')))
       ORDER BY row_no LIMIT ? OFFSET ?`,
    )
    .all(
      campaignId,
      opts.status ?? null,
      opts.status ?? null,
      opts.status ?? null,
      opts.limit,
      opts.offset,
    ) as RecipientRow[];
}

export function* iterateRecipients(db: Database, campaignId: number): Generator<RecipientRow> {
  yield* db
    .prepare(
      `SELECT id, row_no AS rowNo, phone, name, device_id AS deviceId, status, error, message_id AS messageId,
              sent_at AS sentAt
       FROM campaign_recipients WHERE campaign_id = ? ORDER BY row_no`,
    )
    .iterate(campaignId) as Generator<RecipientRow>;
}

/** Sends per minute bucket, for the progress chart. */
export function sendTimeline(
  db: Database,
  campaignId: number,
  bucketMs: number,
): Array<{ at: number; sent: number; failed: number }> {
  return db
    .prepare(
      `SELECT (coalesce(sent_at, updated_at) / ?) * ? AS at,
              sum(CASE WHEN status IN ('sent', 'delivered', 'read') THEN 1 ELSE 0 END) AS sent,
              sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed
       FROM campaign_recipients WHERE campaign_id = ? AND status IN ('sent', 'delivered', 'read', 'failed')
       GROUP BY 1 ORDER BY 1`,
    )
    .all(bucketMs, bucketMs, campaignId) as Array<{ at: number; sent: number; failed: number }>;
}
