// SQL of the devices feature; rows come back in the contract's Device shape.
import { cached } from '../db/statements';
import type { Database } from 'better-sqlite3';
import type { Device, DeviceStatus, InteractiveStyle } from '../../../shared/domain';

const columns = `id, number, name, status, webhook_url AS webhookUrl,
  webhook_replies_elsewhere AS webhookRepliesElsewhere, paused, status_reason AS statusReason,
  wa_name AS waName, wa_platform AS waPlatform, wa_picture_url AS waPictureUrl,
  interactive_style AS interactiveStyle, connected_at AS connectedAt,
  created_at AS createdAt, updated_at AS updatedAt`;

type DeviceRow = Omit<Device, 'paused' | 'webhookRepliesElsewhere'> & {
  paused: number;
  webhookRepliesElsewhere: number;
};
const toDevice = (row: DeviceRow | undefined): Device | undefined =>
  row && { ...row, paused: row.paused === 1, webhookRepliesElsewhere: row.webhookRepliesElsewhere === 1 };
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function listDevices(db: Database): Device[] {
  return (cached(db, `SELECT ${columns} FROM devices ORDER BY id`).all() as DeviceRow[]).map((row) =>
    toDevice(row)!,
  );
}

export function findDevice(db: Database, id: number): Device | undefined {
  return toDevice(cached(db, `SELECT ${columns} FROM devices WHERE id = ?`).get(id) as DeviceRow | undefined);
}

export function findDeviceByNumber(db: Database, number: string): Device | undefined {
  return toDevice(
    cached(db, `SELECT ${columns} FROM devices WHERE number = ?`).get(number) as DeviceRow | undefined,
  );
}

export function insertDevice(db: Database, number: string, name: string): Device {
  return toDevice(
    db
      .prepare(`INSERT INTO devices (number, name) VALUES (?, ?) RETURNING ${columns}`)
      .get(number, name) as DeviceRow,
  )!;
}

export function renameDevice(db: Database, id: number, name: string): Device | undefined {
  return toDevice(
    db
      .prepare(`UPDATE devices SET name = ?, updated_at = ${now} WHERE id = ? RETURNING ${columns}`)
      .get(name, id) as DeviceRow | undefined,
  );
}

export function setDeviceStatus(db: Database, id: number, status: DeviceStatus, reason: string | null): void {
  cached(db, `UPDATE devices SET status = ?, status_reason = ?, updated_at = ${now} WHERE id = ?`).run(
    status,
    reason,
    id,
  );
}

export function setDevicePaused(db: Database, id: number, paused: boolean): void {
  cached(db, `UPDATE devices SET paused = ?, updated_at = ${now} WHERE id = ?`).run(paused ? 1 : 0, id);
}

export function setDeviceWebhook(
  db: Database,
  id: number,
  url: string | null,
  repliesElsewhere?: boolean,
): Device | undefined {
  return toDevice(
    db
      .prepare(
        `UPDATE devices SET webhook_url = ?, webhook_replies_elsewhere = coalesce(?, webhook_replies_elsewhere),
          updated_at = ${now} WHERE id = ? RETURNING ${columns}`,
      )
      .get(url, repliesElsewhere === undefined ? null : repliesElsewhere ? 1 : 0, id) as
      DeviceRow | undefined,
  );
}

export function setDeviceInteractiveStyle(
  db: Database,
  id: number,
  style: InteractiveStyle,
): Device | undefined {
  return toDevice(
    db
      .prepare(
        `UPDATE devices SET interactive_style = ?, updated_at = ${now} WHERE id = ? RETURNING ${columns}`,
      )
      .get(style, id) as DeviceRow | undefined,
  );
}

/** The send style of the device with this number; 'interactive' for an unknown number. */
export function interactiveStyleOf(db: Database, number: string): InteractiveStyle {
  const row = cached(db, `SELECT interactive_style AS style FROM devices WHERE number = ?`).get(number) as
    { style: InteractiveStyle } | undefined;
  return row?.style ?? 'interactive';
}

export interface LinkedAccount {
  jid: string | null;
  lid: string | null;
  name: string | null;
  platform: string | null;
  pictureUrl: string | null;
}

export function setDeviceWaName(db: Database, id: number, name: string): void {
  cached(db, `UPDATE devices SET wa_name = ? WHERE id = ?`).run(name, id);
}

export function setDevicePicture(db: Database, id: number, url: string | null): void {
  cached(db, `UPDATE devices SET wa_picture_url = ? WHERE id = ?`).run(url, id);
}

export function setLinkedAccount(db: Database, id: number, account: LinkedAccount): void {
  cached(
    db,
    `UPDATE devices SET wa_jid = ?, wa_lid = ?, wa_name = ?, wa_platform = ?, wa_picture_url = ?,
       connected_at = ${now}, updated_at = ${now} WHERE id = ?`,
  ).run(account.jid, account.lid, account.name, account.platform, account.pictureUrl, id);
}

export function deleteDevice(db: Database, id: number): boolean {
  return cached(db, 'DELETE FROM devices WHERE id = ?').run(id).changes > 0;
}

export function countDevices(db: Database): { total: number; connected: number } {
  return cached(
    db,
    `SELECT count(*) AS total, coalesce(sum(status = 'open'), 0) AS connected FROM devices`,
  ).get() as { total: number; connected: number };
}
