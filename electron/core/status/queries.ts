// SQL of the Status feature (migration 018): posts, their audience with delivery/view times, campaign requests.
import type { Database } from 'better-sqlite3';
import type { StatusType } from '../../../shared/schemas/send-status';

export interface StatusPostRow {
  id: number;
  deviceId: number;
  waId: string | null;
  type: StatusType;
  body: string;
  backgroundColor: string | null;
  font: number | null;
  campaignId: number | null;
  error: string | null;
  createdAt: number;
}

export interface AudienceRow {
  phone: string;
  deliveredAt: number | null;
  viewedAt: number | null;
}

const POST_COLUMNS = `id, device_id AS deviceId, wa_id AS waId, type, body, background_color AS backgroundColor,
  font, campaign_id AS campaignId, error, created_at AS createdAt`;

/** The post and its audience in one transaction: receipts for it can only arrive once both exist. */
export function insertPost(
  db: Database,
  post: Omit<StatusPostRow, 'id' | 'error'>,
  audience: string[],
): number {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO status_posts (device_id, wa_id, type, body, background_color, font, campaign_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        post.deviceId,
        post.waId,
        post.type,
        post.body,
        post.backgroundColor,
        post.font,
        post.campaignId,
        post.createdAt,
      );
    const id = Number(lastInsertRowid);
    const add = db.prepare(`INSERT OR IGNORE INTO status_audience (post_id, phone) VALUES (?, ?)`);
    for (const phone of audience) add.run(id, phone);
    return id;
  })();
}

export function findPost(db: Database, id: number): StatusPostRow | undefined {
  return db.prepare(`SELECT ${POST_COLUMNS} FROM status_posts WHERE id = ?`).get(id) as
    StatusPostRow | undefined;
}

export function findPostByWaId(db: Database, deviceId: number, waId: string): StatusPostRow | undefined {
  return db
    .prepare(`SELECT ${POST_COLUMNS} FROM status_posts WHERE device_id = ? AND wa_id = ?`)
    .get(deviceId, waId) as StatusPostRow | undefined;
}

export function listPosts(db: Database, deviceId: number, limit = 20): StatusPostRow[] {
  return db
    .prepare(
      `SELECT ${POST_COLUMNS} FROM status_posts WHERE device_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .all(deviceId, limit) as StatusPostRow[];
}

export function audienceOf(db: Database, postId: number): AudienceRow[] {
  return db
    .prepare(
      `SELECT phone, delivered_at AS deliveredAt, viewed_at AS viewedAt FROM status_audience
       WHERE post_id = ? ORDER BY viewed_at IS NULL, viewed_at DESC, phone`,
    )
    .all(postId) as AudienceRow[];
}

/**
 * A receipt of a member of the audience: the first delivery and the first view are kept (a view implies the
 * delivery). A receipt from someone outside the audience (another of our own devices) is ignored.
 */
export function recordReceipt(
  db: Database,
  postId: number,
  phone: string,
  kind: 'delivered' | 'viewed',
  at: number,
): boolean {
  const sql =
    kind === 'viewed'
      ? `UPDATE status_audience SET viewed_at = @at, delivered_at = COALESCE(delivered_at, @at)
         WHERE post_id = @postId AND phone = @phone AND viewed_at IS NULL`
      : `UPDATE status_audience SET delivered_at = @at
         WHERE post_id = @postId AND phone = @phone AND delivered_at IS NULL`;
  return db.prepare(sql).run({ at, postId, phone }).changes > 0;
}

export function setPostError(db: Database, postId: number, error: string): void {
  db.prepare(`UPDATE status_posts SET error = ? WHERE id = ?`).run(error, postId);
}

export function requestCampaignStatus(db: Database, campaignId: number): void {
  db.prepare(`INSERT OR IGNORE INTO campaign_status (campaign_id) VALUES (?)`).run(campaignId);
}

/** Claims the campaign's Status post: true once, for the first start; false when not asked for or done. */
export function claimCampaignStatus(db: Database, campaignId: number, now: number): boolean {
  return (
    db
      .prepare(`UPDATE campaign_status SET posted_at = ? WHERE campaign_id = ? AND posted_at IS NULL`)
      .run(now, campaignId).changes > 0
  );
}

export function campaignWantsStatus(db: Database, campaignId: number): boolean {
  return !!db.prepare(`SELECT 1 FROM campaign_status WHERE campaign_id = ?`).get(campaignId);
}
