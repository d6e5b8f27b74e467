// The options of the last menu we sent to each chat, so a typed "2" (numbered text menu) or a poll vote maps back
// to the option, the same as a tapped button. Kept in memory: a reply usually follows within minutes.
import type { InboundMessage } from './inbound-normalize';

export interface Choice {
  id: string;
  text: string;
}

const MENU_TTL_MS = 24 * 60 * 60_000;

export function createMenuMemory(now: () => number = Date.now) {
  const menus = new Map<string, { choices: Choice[]; at: number }>();
  const key = (deviceId: number, chatJid: string) => `${deviceId}|${chatJid}`;
  const current = (deviceId: number, chatJid: string) => {
    const menu = menus.get(key(deviceId, chatJid));
    if (menu && now() - menu.at > MENU_TTL_MS) menus.delete(key(deviceId, chatJid));
    return menu && now() - menu.at <= MENU_TTL_MS ? menu.choices : null;
  };
  return {
    remember(deviceId: number, chatJid: string, choices: Choice[]) {
      if (menus.size > 10_000) menus.delete(menus.keys().next().value!);
      menus.set(key(deviceId, chatJid), { choices, at: now() });
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
