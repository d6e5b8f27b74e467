// Inbox: chats and threads as infinite (cursor-paged) queries, search, mark read, reply. Live events invalidate them.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useInboxChats(deviceId: number | null) {
  return useInfiniteQuery({
    queryKey: queryKeys.inbox.chats(deviceId ?? 0),
    queryFn: ({ pageParam }) =>
      bridge.invoke('inbox.chats', { deviceId: deviceId!, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: deviceId !== null,
  });
}

export function useInboxMessages(chatId: number | null) {
  return useInfiniteQuery({
    queryKey: queryKeys.inbox.messages(chatId ?? 0),
    queryFn: ({ pageParam }) =>
      bridge.invoke('inbox.messages', { chatId: chatId!, cursor: pageParam, limit: 40 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: chatId !== null,
  });
}

export function useInboxSearch(query: string, deviceId: number | null) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: queryKeys.inbox.search(trimmed, deviceId ?? undefined),
    queryFn: () =>
      bridge.invoke('inbox.search', { query: trimmed, deviceId: deviceId ?? undefined, limit: 50 }),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useMarkChatRead() {
  return useMutation({ mutationFn: (chatId: number) => bridge.invoke('inbox.markRead', { chatId }) });
}

export function useInboxReply() {
  return useMutation({
    mutationFn: (input: MethodInput<'inbox.reply'>) => bridge.invoke('inbox.reply', input),
  });
}

/** Fetches a message's file on demand (documents, full-size images, audio, video). */
export function useInboxMedia() {
  return useMutation({ mutationFn: (messageId: number) => bridge.invoke('inbox.media', { messageId }) });
}
