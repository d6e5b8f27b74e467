// AI replies: settings (key masked), device rules, knowledge sheets, chat handover state, test and suggest.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AiSettings } from '../../../../shared/ai';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useAiSettings() {
  return useQuery({ queryKey: queryKeys.ai.settings, queryFn: () => bridge.invoke('ai.settings') });
}

export function useSetAiSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: MethodInput<'ai.setSettings'>) => bridge.invoke('ai.setSettings', patch),
    onSuccess: (settings: AiSettings) => client.setQueryData(queryKeys.ai.settings, settings),
    meta: { fieldErrors: true },
  });
}

function useInvalidateAi() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.ai.all });
}

export function useSetAiDevice() {
  const invalidate = useInvalidateAi();
  return useMutation({
    mutationFn: (input: MethodInput<'ai.setDevice'>) => bridge.invoke('ai.setDevice', input),
    onSuccess: invalidate,
  });
}

export function useImportAiSheet() {
  const invalidate = useInvalidateAi();
  return useMutation({
    mutationFn: (input: MethodInput<'ai.importSheet'>) => bridge.invoke('ai.importSheet', input),
    onSuccess: invalidate,
  });
}

export function useRemoveAiSheet() {
  const invalidate = useInvalidateAi();
  return useMutation({
    mutationFn: (id: number) => bridge.invoke('ai.removeSheet', { id }),
    onSuccess: invalidate,
  });
}

/** The answer is shown where the button is; a failure is an answer too (with its reason). */
export function useTestAi() {
  const invalidate = useInvalidateAi();
  return useMutation({ mutationFn: () => bridge.invoke('ai.test', {}), onSettled: invalidate });
}

export function useSuggestReply() {
  return useMutation({ mutationFn: (chatId: number) => bridge.invoke('ai.suggest', { chatId }) });
}

export function useAiChat(chatId: number) {
  return useQuery({
    queryKey: queryKeys.ai.chat(chatId),
    queryFn: () => bridge.invoke('ai.chat', { chatId }),
  });
}

export function useAiChats(deviceId: number) {
  return useQuery({
    queryKey: queryKeys.ai.chats(deviceId),
    queryFn: () => bridge.invoke('ai.chats', { deviceId }),
  });
}

export function useSetAiChat() {
  const invalidate = useInvalidateAi();
  return useMutation({
    mutationFn: (input: MethodInput<'ai.setChat'>) => bridge.invoke('ai.setChat', input),
    onSuccess: invalidate,
  });
}
