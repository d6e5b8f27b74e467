// SQL of the broadcast feature: contact lists, opt-outs, campaigns, their recipient jobs, the send log.
import type { Database } from 'better-sqlite3';
import type {
  CampaignStatus,
  Contact,
  ContactList,
  PauseReason,
  Recipient,
  RecipientCounts,
} from '../../../shared/broadcasts';
import type { ImportedContact } from './normalize-rows';

// ── Contact lists ──

const listColumns = `l.id, l.name, l.columns, l.source, l.created_at AS createdAt,
  (SELECT count(*) FROM contacts c WHERE c.list_id = l.id) AS contactCount,
  (SELECT count(*) FROM contacts c WHERE c.list_id = l.id AND c.on_whatsapp = 0) AS notOnWhatsApp,
  (SELECT count(*) FROM contacts c WHERE c.list_id = l.id AND c.on_whatsapp IS NOT NULL) AS checkedOnWhatsApp`;
type ListRow = Omit<ContactList, 'columns'> & { columns: string };
const toList = (row: ListRow): ContactList => ({ ...row, columns: JSON.parse(row.columns) });

export function insertContactList(db: Database, name: string, columns: string[], source: string): number {
  return Number(
    db
      .prepare(`INSERT INTO contact_lists (name, columns, source) VALUES (?, ?, ?)`)
      .run(name, JSON.stringify(columns), source).lastInsertRowid,
  );
}

/** Adds the contacts of a new list (already without duplicate numbers, see normalizeRows). */
export function insertContacts(db: Database, listId: number, contacts: ImportedContact[]): number {
  // 100 rows per statement: a 100,000-row list is stored in a fifth of the time of one statement per row.
  const CHUNK = 100;
  const sql = (n: number) =>
    `INSERT INTO contacts (list_id, row_no, phone, name, vars) VALUES ${Array(n).fill('(?, ?, ?, ?, ?)').join(', ')}`;
  const full = db.prepare(sql(CHUNK));
  let added = 0;
  for (let i = 0; i < contacts.length; i += CHUNK) {
    const chunk = contacts.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const c of chunk) params.push(listId, c.rowNo, c.phone, c.name, c.vars);
    added += (chunk.length === CHUNK ? full : db.prepare(sql(chunk.length))).run(...params).changes;
  }
  return added;
}

export function listContactLists(db: Database): ContactList[] {
  return (db.prepare(`SELECT ${listColumns} FROM contact_lists l ORDER BY l.id DESC`).all() as ListRow[]).map(
    toList,
  );
}

export function findContactList(db: Database, id: number): ContactList | undefined {
  const row = db.prepare(`SELECT ${listColumns} FROM contact_lists l WHERE l.id = ?`).get(id) as
    ListRow | undefined;
  return row && toList(row);
}

export function renameContactList(db: Database, id: number, name: string): boolean {
  return db.prepare(`UPDATE contact_lists SET name = ? WHERE id = ?`).run(name, id).changes > 0;
}

export function deleteContactList(db: Database, id: number): boolean {
  return db.prepare(`DELETE FROM contact_lists WHERE id = ?`).run(id).changes > 0;
}

type ContactRow = Omit<Contact, 'vars' | 'onWhatsApp'> & { vars: string; onWhatsApp: number | null };
const toContact = (row: ContactRow): Contact => ({
  ...row,
  vars: JSON.parse(row.vars),
  onWhatsApp: row.onWhatsApp === null ? null : row.onWhatsApp === 1,
});

export function listContacts(
  db: Database,
  listId: number,
  limit: number,
  offset: number,
  search = '',
): Contact[] {
  const like = `%${search}%`;
  return (
    db
      .prepare(
        `SELECT id, row_no AS rowNo, phone, name, vars, on_whatsapp AS onWhatsApp FROM contacts
         WHERE list_id = ? AND (? = '' OR phone LIKE ? OR name LIKE ?) ORDER BY row_no LIMIT ? OFFSET ?`,
      )
      .all(listId, search, like, like, limit, offset) as ContactRow[]
  ).map(toContact);
}

/** The contact at that sheet row, or the next one after it (0 = the first). */
export function contactAtRow(
  db: Database,
  listId: number,
  rowNo: number,
): { rowNo: number; phone: string; name: string; vars: string } | undefined {
  return db
    .prepare(
      `SELECT row_no AS rowNo, phone, name, vars FROM contacts WHERE list_id = ? AND row_no >= ? ORDER BY row_no LIMIT 1`,
    )
    .get(listId, rowNo) as { rowNo: number; phone: string; name: string; vars: string } | undefined;
}

export function contactPhones(db: Database, listId: number): Array<{ id: number; phone: string }> {
  return db.prepare(`SELECT id, phone FROM contacts WHERE list_id = ? ORDER BY row_no`).all(listId) as Array<{
    id: number;
    phone: string;
  }>;
}

export function setOnWhatsApp(db: Database, ids: number[], onWhatsApp: boolean): void {
  const update = db.prepare(`UPDATE contacts SET on_whatsapp = ? WHERE id = ?`);
  db.transaction(() => ids.forEach((id) => update.run(onWhatsApp ? 1 : 0, id)))();
}

export function deleteContactsNotOnWhatsApp(db: Database, listId: number): number {
  return db.prepare(`DELETE FROM contacts WHERE list_id = ? AND on_whatsapp = 0`).run(listId).changes;
}

// ── Opt-outs ──

export function insertOptOut(db: Database, phone: string, word: string): boolean {
  return (
    db.prepare(`INSERT INTO opt_outs (phone, word) VALUES (?, ?) ON CONFLICT DO NOTHING`).run(phone, word)
      .changes > 0
  );
}

export function deleteOptOut(db: Database, phone: string): boolean {
  return db.prepare(`DELETE FROM opt_outs WHERE phone = ?`).run(phone).changes > 0;
}

export function isOptedOut(db: Database, phone: string): boolean {
  return db.prepare(`SELECT 1 FROM opt_outs WHERE phone = ?`).get(phone) !== undefined;
}

export function listOptOuts(db: Database): Array<{ phone: string; word: string; createdAt: string }> {
  return db
    .prepare(`SELECT phone, word, created_at AS createdAt FROM opt_outs ORDER BY created_at DESC`)
    .all() as Array<{
    phone: string;
    word: string;
    createdAt: string;
  }>;
}

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
        `INSERT INTO campaigns (name, list_id, content, media_data, device_ids, pacing, status)
         VALUES (?, ?, ?, ?, ?, ?, 'draft')`,
      )
      .run(row.name, row.listId, row.content, row.mediaData, JSON.stringify(row.deviceIds), row.pacing)
      .lastInsertRowid,
  );
}

/**
 * Copies the list into the campaign's job rows in one statement: recipients are dealt to the devices in turn
 * (row order), opted-out numbers are stored as skipped. Returns the skipped count.
 */
export function insertRecipientsFromList(
  db: Database,
  campaignId: number,
  listId: number,
  deviceIds: number[],
  onlyOnWhatsApp: boolean,
): { total: number; skipped: number } {
  const result = db
    .prepare(
      `INSERT INTO campaign_recipients (campaign_id, row_no, phone, name, vars, device_id, status, error)
       SELECT ?, c.row_no, c.phone, c.name, c.vars,
              json_extract(?, '$[' || ((row_number() OVER (ORDER BY c.row_no) - 1) % CAST(? AS INTEGER)) || ']'),
              CASE WHEN o.phone IS NULL THEN 'pending' ELSE 'skipped' END,
              CASE WHEN o.phone IS NULL THEN NULL ELSE 'opted_out' END
       FROM contacts c LEFT JOIN opt_outs o ON o.phone = c.phone
       WHERE c.list_id = ? AND (? = 0 OR c.on_whatsapp IS NOT 0)
       ORDER BY c.row_no`,
    )
    .run(campaignId, JSON.stringify(deviceIds), deviceIds.length, listId, onlyOnWhatsApp ? 1 : 0);
  const skipped = (
    db
      .prepare(`SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ? AND status = 'skipped'`)
      .get(campaignId) as { n: number }
  ).n;
  db.prepare(`UPDATE campaigns SET skipped_opt_out = ? WHERE id = ?`).run(skipped, campaignId);
  return { total: result.changes, skipped };
}

export function findCampaign(db: Database, id: number): CampaignRow | undefined {
  return db.prepare(`SELECT ${campaignColumns} ${campaignFrom} WHERE c.id = ?`).get(id) as
    CampaignRow | undefined;
}

export function listCampaigns(db: Database): CampaignRow[] {
  return db.prepare(`SELECT ${campaignColumns} ${campaignFrom} ORDER BY c.id DESC`).all() as CampaignRow[];
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
       FROM campaign_recipients WHERE campaign_id = ? AND (? IS NULL OR status = ?) ORDER BY row_no LIMIT ? OFFSET ?`,
    )
    .all(campaignId, opts.status ?? null, opts.status ?? null, opts.limit, opts.offset) as RecipientRow[];
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

export function recipientByRow(db: Database, campaignId: number, rowNo: number): RecipientJob | undefined {
  return db
    .prepare(
      `SELECT id, row_no AS rowNo, phone, name, vars, attempts FROM campaign_recipients
       WHERE campaign_id = ? AND row_no >= ? ORDER BY row_no LIMIT 1`,
    )
    .get(campaignId, rowNo) as RecipientJob | undefined;
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

// ── Send log (governor) ──

export function insertSendLog(db: Database, deviceId: number, at: number): void {
  db.prepare(`INSERT INTO send_log (device_id, sent_at) VALUES (?, ?)`).run(deviceId, at);
}

export function sendsSince(db: Database, deviceId: number, since: number): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM send_log WHERE device_id = ? AND sent_at >= ?`)
      .get(deviceId, since) as {
      n: number;
    }
  ).n;
}

/** The n-th most recent send time since `since` (1 = latest), to know when an hourly window frees a slot. */
export function oldestSendSince(db: Database, deviceId: number, since: number): number | null {
  return (
    db
      .prepare(`SELECT min(sent_at) AS at FROM send_log WHERE device_id = ? AND sent_at >= ?`)
      .get(deviceId, since) as { at: number | null }
  ).at;
}

export function pruneSendLog(db: Database, before: number): void {
  db.prepare(`DELETE FROM send_log WHERE sent_at < ?`).run(before);
}

// ── Config ──

export function readConfig(db: Database, key: string): string | undefined {
  return (
    db.prepare(`SELECT value FROM broadcast_config WHERE key = ?`).get(key) as { value: string } | undefined
  )?.value;
}

export function writeConfig(db: Database, key: string, value: string): void {
  db.prepare(
    `INSERT INTO broadcast_config (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}
