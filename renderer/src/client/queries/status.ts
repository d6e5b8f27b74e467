// Status (Stories): post (status.post), a device's history with viewers (refreshed by status.changed in
// live-events.ts), and how many contacts an audience choice means.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useStatusPosts(deviceId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.status.posts(deviceId ?? 0),
    queryFn: () => bridge.invoke('status.list', { deviceId: deviceId! }),
    enabled: deviceId !== undefined,
  });
}

export function useStatusAudience(deviceId: number | undefined, listId?: number) {
  return useQuery({
    queryKey: queryKeys.status.audience(deviceId ?? 0, listId),
    queryFn: () => bridge.invoke('status.audience', { deviceId: deviceId!, listId }),
    enabled: deviceId !== undefined,
  });
}

export function usePostStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'status.post'>) => bridge.invoke('status.post', input),
    onSuccess: (post) => void client.invalidateQueries({ queryKey: queryKeys.status.posts(post.deviceId) }),
    // The form shows its own outcome (per field, or in plain words), not the generic error toast.
    meta: { showsErrors: true },
  });
}
