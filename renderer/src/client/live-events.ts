// The one place that turns core events into cache updates. Typed over every contract event, so a new
// event name in shared/contract.ts does not compile until it says which queries it refreshes.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { eventNames, type EventName, type EventPayload } from '../../../shared/contract';
import { bridge } from './bridge';
import { queryKeys } from './query-keys';

// A burst of incoming messages (a group chat, an offline backlog) would refetch the same lists dozens of
// times a second; one refetch per key every 150 ms shows the same thing.
const pending = new Map<string, ReturnType<typeof setTimeout>>();
function invalidateSoon(client: QueryClient, queryKey: readonly unknown[]) {
  const id = JSON.stringify(queryKey);
  if (pending.has(id)) return;
  pending.set(
    id,
    setTimeout(() => {
      pending.delete(id);
      void client.invalidateQueries({ queryKey });
    }, 150),
  );
}

type EventHandlers = { [E in EventName]: (client: QueryClient, payload: EventPayload<E>) => void };

const onEvent: EventHandlers = {
  'devices.changed': (client) => void client.invalidateQueries({ queryKey: queryKeys.devices.all }),
  'settings.changed': (client, settings) => client.setQueryData(queryKeys.settings, settings),
  'updates.status': (client, status) => client.setQueryData(queryKeys.updates, status),
  // A session's state is also the device's stored status, so both lists refresh.
  'device.state': (client) => {
    void client.invalidateQueries({ queryKey: queryKeys.sessions });
    void client.invalidateQueries({ queryKey: queryKeys.devices.all });
  },
  // A stored/changed message moves its chat in the list and changes its thread (and possibly search hits).
  'inbox.message': (client, { deviceId, chatId }) => {
    invalidateSoon(client, queryKeys.inbox.chats(deviceId));
    invalidateSoon(client, queryKeys.inbox.messages(chatId));
  },
  'webhooks.deliveries': (client) =>
    void client.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries }),
  'webhooks.settings': (client, settings) => client.setQueryData(queryKeys.webhooks.settings, settings),
  'autoReplies.changed': (client, { deviceId }) =>
    void client.invalidateQueries({ queryKey: queryKeys.autoReplies(deviceId) }),
  'contacts.importProgress': (client, progress) =>
    client.setQueryData(queryKeys.contacts.importProgress(progress.token), progress),
  // Progress arrives at most 4×/s per campaign: the live numbers are set directly, lists and the chart refetch.
  'broadcast.progress': (client, progress) => {
    client.setQueryData(queryKeys.broadcasts.progress(progress.campaignId), progress);
    void client.invalidateQueries({ queryKey: queryKeys.broadcasts.list });
    void client.invalidateQueries({ queryKey: queryKeys.broadcasts.detail(progress.campaignId) });
    void client.invalidateQueries({ queryKey: queryKeys.broadcasts.timeline(progress.campaignId) });
    void client.invalidateQueries({ queryKey: queryKeys.broadcasts.recipients(progress.campaignId) });
  },
  'device.restriction': (client) => void client.invalidateQueries({ queryKey: queryKeys.restrictions }),
  // Settings, a device's AI rule, a chat's handover state or a new AI reply: the AI queries are few and small.
  'ai.changed': (client) => invalidateSoon(client, queryKeys.ai.all),
  // Shown by the desktop shell as a notification; the tag itself arrives with ai.changed.
  'ai.handover': () => undefined,
  // A post made, delivered or viewed: its history (viewers) refreshes.
  'status.changed': (client, { deviceId }) => invalidateSoon(client, queryKeys.status.posts(deviceId)),
  // The kept groups of a device changed: its list and open member lists refresh.
  'groups.changed': (client) => invalidateSoon(client, ['groups']),
};

export function subscribeLiveEvents(client: QueryClient): () => void {
  const unsubscribes = eventNames.map((name) =>
    bridge.subscribe(name, (payload) =>
      (onEvent[name] as (c: QueryClient, p: unknown) => void)(client, payload),
    ),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}

/** Mount once, at the root of the app. */
export function useLiveEvents() {
  const client = useQueryClient();
  useEffect(() => subscribeLiveEvents(client), [client]);
}
