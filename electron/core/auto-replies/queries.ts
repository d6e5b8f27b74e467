// SQL of the auto-reply rules: per device, kept in the order the user set.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import type { AutoReplyRule } from '../../../shared/inbox';

type RuleRow = Omit<AutoReplyRule, 'caseSensitive' | 'enabled'> & { caseSensitive: number; enabled: number };
const columns = `id, device_id AS deviceId, match_type AS match, pattern, case_sensitive AS caseSensitive, reply,
  media_url AS mediaUrl, enabled, position, cooldown_seconds AS cooldownSeconds`;
const toRule = (row: RuleRow): AutoReplyRule => ({
  ...row,
  caseSensitive: row.caseSensitive === 1,
  enabled: row.enabled === 1,
});

export type RuleFields = Omit<AutoReplyRule, 'id' | 'position'>;

export function listRules(db: Database, deviceId: number): AutoReplyRule[] {
  return (
    cached(db, `SELECT ${columns} FROM auto_replies WHERE device_id = ? ORDER BY position, id`).all(
      deviceId,
    ) as RuleRow[]
  ).map(toRule);
}

export function findRule(db: Database, id: number): AutoReplyRule | undefined {
  const row = cached(db, `SELECT ${columns} FROM auto_replies WHERE id = ?`).get(id) as RuleRow | undefined;
  return row && toRule(row);
}

/** A rule's editable fields as the table stores them (booleans as 0/1), for named statement parameters. */
const storedFields = (rule: Omit<RuleFields, 'deviceId'>) => ({
  match: rule.match,
  pattern: rule.pattern,
  caseSensitive: rule.caseSensitive ? 1 : 0,
  reply: rule.reply,
  mediaUrl: rule.mediaUrl,
  enabled: rule.enabled ? 1 : 0,
  cooldownSeconds: rule.cooldownSeconds,
});

export function insertRule(db: Database, rule: RuleFields): AutoReplyRule {
  const row = cached(
    db,
    `INSERT INTO auto_replies (device_id, match_type, pattern, case_sensitive, reply, media_url, enabled, cooldown_seconds, position)
       VALUES (@deviceId, @match, @pattern, @caseSensitive, @reply, @mediaUrl, @enabled, @cooldownSeconds,
         (SELECT coalesce(max(position), 0) + 1 FROM auto_replies WHERE device_id = @deviceId))
       RETURNING ${columns}`,
  ).get({ ...storedFields(rule), deviceId: rule.deviceId }) as RuleRow;
  return toRule(row);
}

export function updateRule(db: Database, rule: AutoReplyRule): AutoReplyRule {
  cached(
    db,
    `UPDATE auto_replies SET match_type = @match, pattern = @pattern, case_sensitive = @caseSensitive,
       reply = @reply, media_url = @mediaUrl, enabled = @enabled, cooldown_seconds = @cooldownSeconds
       WHERE id = @id`,
  ).run({ ...storedFields(rule), id: rule.id });
  return findRule(db, rule.id)!;
}

export function deleteRule(db: Database, id: number): boolean {
  return cached(db, `DELETE FROM auto_replies WHERE id = ?`).run(id).changes > 0;
}

export function setRulePosition(db: Database, id: number, deviceId: number, position: number): void {
  cached(db, `UPDATE auto_replies SET position = ? WHERE id = ? AND device_id = ?`).run(
    position,
    id,
    deviceId,
  );
}
