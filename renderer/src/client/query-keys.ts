// Query keys in one place, so hooks and live events invalidate the same entries.
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  updates: ['updates', 'status'] as const,
  devices: {
    all: ['devices'] as const,
    list: ['devices', 'list'] as const,
  },
  sessions: ['sessions'] as const,
  inbox: {
    all: ['inbox'] as const,
    chats: (deviceId: number) => ['inbox', 'chats', deviceId] as const,
    messages: (chatId: number) => ['inbox', 'messages', chatId] as const,
    search: (query: string, deviceId?: number) => ['inbox', 'search', query, deviceId ?? null] as const,
  },
  webhooks: {
    settings: ['webhooks', 'settings'] as const,
    deliveries: ['webhooks', 'deliveries'] as const,
  },
  autoReplies: (deviceId: number) => ['autoReplies', deviceId] as const,
  contacts: {
    all: ['contacts'] as const,
    lists: ['contacts', 'lists'] as const,
    list: (id: number) => ['contacts', 'list', id] as const,
    optOuts: ['contacts', 'optOuts'] as const,
    /** Set by the contacts.importProgress event, never fetched. */
    importProgress: (token: string) => ['contacts', 'importProgress', token] as const,
  },
  broadcasts: {
    all: ['broadcasts'] as const,
    list: ['broadcasts', 'list'] as const,
    detail: (id: number) => ['broadcasts', 'detail', id] as const,
    progress: (id: number) => ['broadcasts', 'progress', id] as const,
    timeline: (id: number) => ['broadcasts', 'timeline', id] as const,
    recipients: (id: number) => ['broadcasts', 'recipients', id] as const,
    governor: ['broadcasts', 'governor'] as const,
  },
  restrictions: ['restrictions'] as const,
  ai: {
    all: ['ai'] as const,
    settings: ['ai', 'settings'] as const,
    chat: (chatId: number) => ['ai', 'chat', chatId] as const,
    chats: (deviceId: number) => ['ai', 'chats', deviceId] as const,
  },
  groups: {
    list: (deviceId: number) => ['groups', 'list', deviceId] as const,
    members: (deviceId: number, jid: string) => ['groups', 'members', deviceId, jid] as const,
  },
  status: {
    posts: (deviceId: number) => ['status', 'posts', deviceId] as const,
    audience: (deviceId: number, listId?: number) =>
      ['status', 'audience', deviceId, listId ?? null] as const,
  },
};
