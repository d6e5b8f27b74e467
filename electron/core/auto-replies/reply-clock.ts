// When a bot (a keyword rule or the AI) last answered each chat: one clock for both, so their cooldowns add up
// to one per-chat pause and two bots cannot keep each other talking through the other responder.
export interface ReplyClock {
  last(deviceId: number, chatJid: string): number | undefined;
  mark(deviceId: number, chatJid: string, at: number): void;
}

export function createReplyClock(): ReplyClock {
  const lastReplyAt = new Map<string, number>();
  const key = (deviceId: number, chatJid: string) => `${deviceId}|${chatJid}`;
  return {
    last: (deviceId, chatJid) => lastReplyAt.get(key(deviceId, chatJid)),
    mark: (deviceId, chatJid, at) => void lastReplyAt.set(key(deviceId, chatJid), at),
  };
}
