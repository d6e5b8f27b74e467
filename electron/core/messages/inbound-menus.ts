// The options of the last menu we sent to each chat, so a typed "2" (numbered text menu) or a poll vote maps back
// to the option, the same as a tapped button. Stored (sent_menus), so an answer after a restart maps too.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import type { InboundMessage } from './inbound-normalize';

export interface Choice {
  id: string;
  text: string;
}

const MENU_TTL_MS = 24 * 60 * 60_000;

export function createMenuMemory(db: Database, now: () => number = Date.now) {
  const current = (deviceId: number, chatJid: string): Choice[] | null => {
    const row = cached(
      db,
      'SELECT choices FROM sent_menus WHERE device_id = ? AND chat_jid = ? AND sent_at >= ?',
    ).get(deviceId, chatJid, now() - MENU_TTL_MS) as { choices: string } | undefined;
    return row ? (JSON.parse(row.choices) as Choice[]) : null;
  };
  let lastPrune = 0;
  return {
    remember(deviceId: number, chatJid: string, choices: Choice[]) {
      cached(
        db,
        `INSERT INTO sent_menus (device_id, chat_jid, choices, sent_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (device_id, chat_jid) DO UPDATE SET choices = excluded.choices, sent_at = excluded.sent_at`,
      ).run(deviceId, chatJid, JSON.stringify(choices), now());
      if (now() - lastPrune > MENU_TTL_MS / 24) {
        lastPrune = now();
        cached(db, 'DELETE FROM sent_menus WHERE sent_at < ?').run(now() - MENU_TTL_MS);
      }
    },
    /** Fills selectedId (and the option's text as the message) of a typed answer or a poll vote. */
    resolve(deviceId: number, message: InboundMessage): void {
      if (message.fromMe || (message.type !== 'text' && message.type !== 'poll_vote')) return;
      const choices = current(deviceId, message.chatJid);
      if (!choices) return;
      if (message.type === 'poll_vote') {
        const names = message.body.split(', ');
        const ids = names.map((name) => choices.find((c) => c.text === name)?.id).filter(Boolean);
        if (ids.length) message.selectedId = ids.join(',');
        return;
      }
      const typed = message.body.trim();
      const choice = choices.find((c) => c.id === typed || c.text.toLowerCase() === typed.toLowerCase());
      if (!choice) return;
      message.selectedId = choice.id;
      message.extra = { ...message.extra, typed: message.body };
      message.body = choice.text;
    },
  };
}
