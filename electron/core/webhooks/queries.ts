// SQL of the webhook settings: one row with the global default URL, optional event types and the signing secret.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import { openSecret, sealSecret } from '../secrets/db-secrets';

export interface WebhookConfig {
  defaultUrl: string | null;
  secret: string;
  messageStatus: boolean;
  deviceConnection: boolean;
  deviceRestriction: boolean;
}

type ConfigRow = {
  defaultUrl: string | null;
  secret: string;
  messageStatus: number;
  deviceConnection: number;
  deviceRestriction: number;
};

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

export function readWebhookConfig(db: Database): WebhookConfig {
  cached(db, `INSERT INTO webhook_config (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING`).run(
    sealSecret(db, newWebhookSecret()),
  );
  const row = cached(
    db,
    `SELECT default_url AS defaultUrl, secret, message_status AS messageStatus, device_connection AS deviceConnection,
       device_restriction AS deviceRestriction
       FROM webhook_config WHERE id = 1`,
  ).get() as ConfigRow;
  let secret = openSecret(db, row.secret);
  if (secret === undefined) {
    // Sealed under a data key that was lost: a new secret (receivers must take it from Settings), the rest kept.
    secret = newWebhookSecret();
    cached(db, 'UPDATE webhook_config SET secret = ? WHERE id = 1').run(sealSecret(db, secret));
  }
  return {
    ...row,
    secret,
    messageStatus: row.messageStatus === 1,
    deviceConnection: row.deviceConnection === 1,
    deviceRestriction: row.deviceRestriction === 1,
  };
}

export function writeWebhookConfig(db: Database, patch: Partial<WebhookConfig>): WebhookConfig {
  const next = { ...readWebhookConfig(db), ...patch };
  cached(
    db,
    `UPDATE webhook_config SET default_url = ?, secret = ?, message_status = ?, device_connection = ?,
       device_restriction = ? WHERE id = 1`,
  ).run(
    next.defaultUrl,
    sealSecret(db, next.secret),
    next.messageStatus ? 1 : 0,
    next.deviceConnection ? 1 : 0,
    next.deviceRestriction ? 1 : 0,
  );
  return next;
}
