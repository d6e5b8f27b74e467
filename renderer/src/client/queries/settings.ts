// Settings: read, change, regenerate the API key. Each mutation writes the returned settings into the cache.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import type { Settings } from '../../../../shared/domain';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => bridge.invoke('settings.get') });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: MethodInput<'settings.set'>) => bridge.invoke('settings.set', patch),
    onSuccess: (settings: Settings) => client.setQueryData(queryKeys.settings, settings),
  });
}

export function useRegenerateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => bridge.invoke('settings.regenerateApiKey'),
    onSuccess: (settings: Settings) => client.setQueryData(queryKeys.settings, settings),
  });
}
