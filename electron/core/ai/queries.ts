// SQL of the AI replies: provider config (one row), device rules, knowledge sheets, chat state, sent replies.
import type { Database } from 'better-sqlite3';
import type { AiFailure, AiPreset } from '../../../shared/ai';
import { cached } from '../db/statements';
import { openSecret, sealSecret } from '../secrets/db-secrets';

export interface AiConfig {
  preset: AiPreset;
  baseUrl: string;
  model: string;
  apiKey: string;
  facts: string;
  maxTokens: number;
  timeoutSeconds: number;
  pauseMinutes: number;
  lastError: AiFailure | null;
}

type ConfigRow = Omit<AiConfig, 'lastError'> & {
  errorCode: string | null;
  errorDetail: string | null;
  errorAt: number | null;
  errorDevice: number | null;
};

export function readAiConfig(db: Database): AiConfig {
  cached(db, `INSERT INTO ai_config (id) VALUES (1) ON CONFLICT (id) DO NOTHING`).run();
  const row = cached(
    db,
    `SELECT preset, base_url AS baseUrl, model, api_key AS apiKey, facts, max_tokens AS maxTokens,
       timeout_seconds AS timeoutSeconds, pause_minutes AS pauseMinutes, last_error_code AS errorCode,
       last_error_detail AS errorDetail, last_error_at AS errorAt, last_error_device AS errorDevice
       FROM ai_config WHERE id = 1`,
  ).get() as ConfigRow;
  const { errorCode, errorDetail, errorAt, errorDevice, ...config } = row;
  return {
    ...config,
    // Sealed with the data key; sealed under a lost one it reads as not entered (the AI page asks for it).
    apiKey: openSecret(db, config.apiKey) ?? '',
    lastError: errorCode
      ? {
          code: errorCode as AiFailure['code'],
          detail: errorDetail ?? '',
          at: errorAt ?? 0,
          deviceId: errorDevice,
        }
      : null,
  };
}

export function writeAiConfig(db: Database, patch: Partial<Omit<AiConfig, 'lastError'>>): AiConfig {
  const next = { ...readAiConfig(db), ...patch };
  cached(
    db,
    `UPDATE ai_config SET preset = @preset, base_url = @baseUrl, model = @model, api_key = @apiKey, facts = @facts,
       max_tokens = @maxTokens, timeout_seconds = @timeoutSeconds, pause_minutes = @pauseMinutes WHERE id = 1`,
  ).run({
    preset: next.preset,
    baseUrl: next.baseUrl,
    model: next.model,
    apiKey: next.apiKey ? sealSecret(db, next.apiKey) : '',
    facts: next.facts,
    maxTokens: next.maxTokens,
    timeoutSeconds: next.timeoutSeconds,
    pauseMinutes: next.pauseMinutes,
  });
  return readAiConfig(db);
}

export function writeLastError(db: Database, failure: AiFailure | null): void {
  readAiConfig(db);
  cached(
    db,
    `UPDATE ai_config SET last_error_code = ?, last_error_detail = ?, last_error_at = ?, last_error_device = ?
       WHERE id = 1`,
  ).run(failure?.code ?? null, failure?.detail ?? null, failure?.at ?? null, failure?.deviceId ?? null);
}

export interface AiDeviceRule {
  deviceId: number;
  enabled: boolean;
  dailyCap: number;
  cooldownSeconds: number;
}

const deviceDefaults = { enabled: false, dailyCap: 200, cooldownSeconds: 5 };

export function readDeviceRule(db: Database, deviceId: number): AiDeviceRule {
  const row = cached(
    db,
    `SELECT enabled, daily_cap AS dailyCap, cooldown_seconds AS cooldownSeconds FROM ai_devices WHERE device_id = ?`,
  ).get(deviceId) as { enabled: number; dailyCap: number; cooldownSeconds: number } | undefined;
  return row ? { deviceId, ...row, enabled: row.enabled === 1 } : { deviceId, ...deviceDefaults };
}

export function writeDeviceRule(db: Database, rule: AiDeviceRule): void {
  cached(
    db,
    `INSERT INTO ai_devices (device_id, enabled, daily_cap, cooldown_seconds) VALUES (?, ?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET enabled = excluded.enabled, daily_cap = excluded.daily_cap,
       cooldown_seconds = excluded.cooldown_seconds`,
  ).run(rule.deviceId, rule.enabled ? 1 : 0, rule.dailyCap, rule.cooldownSeconds);
}

export interface KnowledgeSheet {
  id: number;
  name: string;
  columns: string[];
  rows: string[][];
}

export function listSheets(db: Database): KnowledgeSheet[] {
  const rows = cached(db, `SELECT id, name, columns, rows FROM ai_sheets ORDER BY id`).all() as {
    id: number;
    name: string;
    columns: string;
    rows: string;
  }[];
  return rows.map((row) => ({ ...row, columns: JSON.parse(row.columns), rows: JSON.parse(row.rows) }));
}

export function insertSheet(db: Database, sheet: Omit<KnowledgeSheet, 'id'>, now: number): number {
  return Number(
    cached(db, `INSERT INTO ai_sheets (name, columns, rows, created_at) VALUES (?, ?, ?, ?)`).run(
      sheet.name,
      JSON.stringify(sheet.columns),
      JSON.stringify(sheet.rows),
      now,
    ).lastInsertRowid,
  );
}

export function deleteSheet(db: Database, id: number): boolean {
  return cached(db, `DELETE FROM ai_sheets WHERE id = ?`).run(id).changes > 0;
}

export interface ChatAiRow {
  chatId: number;
  deviceId: number;
  aiOff: boolean;
  pausedUntil: number | null;
  needsPerson: boolean;
}

type ChatRowRaw = {
  chatId: number;
  deviceId: number;
  aiOff: number;
  pausedUntil: number | null;
  needsPerson: number;
};
const toChatState = (row: ChatRowRaw): ChatAiRow => ({
  ...row,
  aiOff: row.aiOff === 1,
  needsPerson: row.needsPerson === 1,
});
const chatColumns = `chat_id AS chatId, device_id AS deviceId, ai_off AS aiOff, paused_until AS pausedUntil, needs_person AS needsPerson`;

export function readChatState(db: Database, chatId: number, deviceId: number): ChatAiRow {
  const row = cached(db, `SELECT ${chatColumns} FROM ai_chats WHERE chat_id = ?`).get(chatId) as
    ChatRowRaw | undefined;
  return row ? toChatState(row) : { chatId, deviceId, aiOff: false, pausedUntil: null, needsPerson: false };
}

export function writeChatState(db: Database, state: ChatAiRow): void {
  cached(
    db,
    `INSERT INTO ai_chats (chat_id, device_id, ai_off, paused_until, needs_person) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (chat_id) DO UPDATE SET ai_off = excluded.ai_off, paused_until = excluded.paused_until,
       needs_person = excluded.needs_person`,
  ).run(state.chatId, state.deviceId, state.aiOff ? 1 : 0, state.pausedUntil, state.needsPerson ? 1 : 0);
}

/** Chats of a device whose state is not the default (the chat list tags them). */
export function listChatStates(db: Database, deviceId: number): ChatAiRow[] {
  return (
    cached(
      db,
      `SELECT ${chatColumns} FROM ai_chats WHERE device_id = ?
         AND (ai_off = 1 OR needs_person = 1 OR paused_until IS NOT NULL)`,
    ).all(deviceId) as ChatRowRaw[]
  ).map(toChatState);
}

export function insertAiReply(db: Database, deviceId: number, chatId: number, waId: string, at: number) {
  cached(
    db,
    `INSERT INTO ai_replies (device_id, chat_id, wa_id, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(deviceId, chatId, waId, at);
}

export function countAiReplies(db: Database, deviceId: number, since: number): number {
  return (
    cached(db, `SELECT count(*) AS n FROM ai_replies WHERE device_id = ? AND sent_at >= ?`).get(
      deviceId,
      since,
    ) as { n: number }
  ).n;
}

export function aiWaIds(db: Database, chatId: number): string[] {
  return (
    cached(db, `SELECT wa_id AS waId FROM ai_replies WHERE chat_id = ? ORDER BY id`).all(chatId) as {
      waId: string;
    }[]
  ).map((row) => row.waId);
}

export function isAiReply(db: Database, deviceId: number, waId: string): boolean {
  return !!cached(db, `SELECT 1 FROM ai_replies WHERE device_id = ? AND wa_id = ?`).get(deviceId, waId);
}
