// Auto-reply rules of one device: list, create, update, remove, reorder, and the dry-run test.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useAutoReplies(deviceId: number | null) {
  return useQuery({
    queryKey: queryKeys.autoReplies(deviceId ?? 0),
    queryFn: () => bridge.invoke('autoReplies.list', { deviceId: deviceId! }),
    enabled: deviceId !== null,
  });
}

function useInvalidate(deviceId: number | null) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.autoReplies(deviceId ?? 0) });
}

export function useCreateAutoReply(deviceId: number | null) {
  const onSuccess = useInvalidate(deviceId);
  return useMutation({
    mutationFn: (input: MethodInput<'autoReplies.create'>) => bridge.invoke('autoReplies.create', input),
    onSuccess,
    meta: { fieldErrors: true },
  });
}

export function useUpdateAutoReply(deviceId: number | null) {
  const onSuccess = useInvalidate(deviceId);
  return useMutation({
    mutationFn: (input: MethodInput<'autoReplies.update'>) => bridge.invoke('autoReplies.update', input),
    onSuccess,
    meta: { fieldErrors: true },
  });
}

export function useRemoveAutoReply(deviceId: number | null) {
  const onSuccess = useInvalidate(deviceId);
  return useMutation({ mutationFn: (id: number) => bridge.invoke('autoReplies.remove', { id }), onSuccess });
}

export function useReorderAutoReplies(deviceId: number | null) {
  const onSuccess = useInvalidate(deviceId);
  return useMutation({
    mutationFn: (ids: number[]) => bridge.invoke('autoReplies.reorder', { deviceId: deviceId!, ids }),
    onSuccess,
  });
}

export function useTestAutoReplies() {
  return useMutation({
    mutationFn: (input: MethodInput<'autoReplies.test'>) => bridge.invoke('autoReplies.test', input),
  });
}
