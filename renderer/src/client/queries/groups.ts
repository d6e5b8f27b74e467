// Groups of a device (groups.*), refreshed by groups.changed in live-events.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useGroups(deviceId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.groups.list(deviceId ?? 0),
    queryFn: () => bridge.invoke('groups.list', { deviceId: deviceId! }),
    enabled: deviceId !== undefined,
  });
}

export function useGroupMembers(deviceId: number | undefined, jid: string | undefined) {
  return useQuery({
    queryKey: queryKeys.groups.members(deviceId ?? 0, jid ?? ''),
    queryFn: () => bridge.invoke('groups.members', { deviceId: deviceId!, jid: jid! }),
    enabled: deviceId !== undefined && jid !== undefined,
  });
}

export function useGroupToList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'groups.toContactList'>) => bridge.invoke('groups.toContactList', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.contacts.lists }),
  });
}

export function useGroupsToCampaignList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'groups.toCampaignList'>) =>
      bridge.invoke('groups.toCampaignList', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.contacts.lists }),
  });
}

export function useCreateGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'groups.create'>) => bridge.invoke('groups.create', input),
    onSuccess: (_, input) =>
      void client.invalidateQueries({ queryKey: queryKeys.groups.list(input.deviceId) }),
  });
}

export function useGroupInvite() {
  return useMutation({
    mutationFn: (input: MethodInput<'groups.invite'>) => bridge.invoke('groups.invite', input),
  });
}
