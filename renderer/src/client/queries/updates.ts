// Self-update: where it stands (kept live by the updates.status event), "check now", "restart to update".
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateStatus } from '../../../../shared/updates';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useUpdateStatus() {
  return useQuery({ queryKey: queryKeys.updates, queryFn: () => bridge.invoke('updates.status') });
}

export function useCheckForUpdates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => bridge.invoke('updates.check'),
    onSuccess: (status: UpdateStatus) => client.setQueryData(queryKeys.updates, status),
  });
}

export function useInstallUpdate() {
  return useMutation({ mutationFn: () => bridge.invoke('updates.install') });
}
