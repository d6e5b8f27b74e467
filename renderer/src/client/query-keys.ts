// Query keys in one place, so hooks and live events invalidate the same entries.
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  devices: {
    all: ['devices'] as const,
    list: ['devices', 'list'] as const,
  },
  sessions: ['sessions'] as const,
};
