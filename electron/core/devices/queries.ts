// SQL of the devices feature; rows come back in the contract's Device shape.
import type { Database } from 'better-sqlite3';
import type { Device, DeviceStatus } from '../../../shared/domain';

const columns = `id, number, name, status, webhook_url AS webhookUrl, created_at AS createdAt, updated_at AS updatedAt`;
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export function listDevices(db: Database): Device[] {
  return db.prepare(`SELECT ${columns} FROM devices ORDER BY id`).all() as Device[];
}

export function findDevice(db: Database, id: number): Device | undefined {
  return db.prepare(`SELECT ${columns} FROM devices WHERE id = ?`).get(id) as Device | undefined;
}

export function findDeviceByNumber(db: Database, number: string): Device | undefined {
  return db.prepare(`SELECT ${columns} FROM devices WHERE number = ?`).get(number) as Device | undefined;
}

export function insertDevice(db: Database, number: string, name: string): Device {
  return db
    .prepare(`INSERT INTO devices (number, name) VALUES (?, ?) RETURNING ${columns}`)
    .get(number, name) as Device;
}

export function renameDevice(db: Database, id: number, name: string): Device | undefined {
  return db
    .prepare(`UPDATE devices SET name = ?, updated_at = ${now} WHERE id = ? RETURNING ${columns}`)
    .get(name, id) as Device | undefined;
}

export function setDeviceStatus(db: Database, id: number, status: DeviceStatus): void {
  db.prepare(`UPDATE devices SET status = ?, updated_at = ${now} WHERE id = ?`).run(status, id);
}

export function deleteDevice(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM devices WHERE id = ?').run(id).changes > 0;
}

export function countDevices(db: Database): { total: number; connected: number } {
  return db
    .prepare(`SELECT count(*) AS total, coalesce(sum(status = 'open'), 0) AS connected FROM devices`)
    .get() as { total: number; connected: number };
}
