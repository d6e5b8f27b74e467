// Broadcasts: contact lists, campaigns, live progress, safety settings — one hook per contract call.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventPayload, MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useContactLists() {
  return useQuery({ queryKey: queryKeys.contacts.lists, queryFn: () => bridge.invoke('contacts.lists') });
}

export function useContactList(id: number | null, search = '') {
  return useQuery({
    queryKey: [...queryKeys.contacts.list(id ?? 0), search],
    queryFn: () => bridge.invoke('contacts.get', { id: id!, limit: 50, search }),
    enabled: id !== null,
  });
}

function useInvalidateContacts() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.contacts.all });
}

export function useInspectFile() {
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.inspectFile'>) => bridge.invoke('contacts.inspectFile', input),
  });
}

export function useImportFile() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.importFile'>) => bridge.invoke('contacts.importFile', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

/** How far the import of an inspected file has got (contacts.importProgress), or undefined before it starts. */
export function useImportProgress(token: string) {
  return (
    useQuery({
      queryKey: queryKeys.contacts.importProgress(token),
      queryFn: (): EventPayload<'contacts.importProgress'> | null => null,
      enabled: false,
    }).data ?? undefined
  );
}

export function useImportText() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.importText'>) => bridge.invoke('contacts.importText', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

export function useRemoveContactList() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.removeList'>) => bridge.invoke('contacts.removeList', input),
    onSuccess: invalidate,
  });
}

export function useCheckWhatsApp() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.checkWhatsApp'>) =>
      bridge.invoke('contacts.checkWhatsApp', input),
    onSuccess: invalidate,
  });
}

export function useOptOuts() {
  return useQuery({ queryKey: queryKeys.contacts.optOuts, queryFn: () => bridge.invoke('contacts.optOuts') });
}

export function useAddOptOut() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.addOptOut'>) => bridge.invoke('contacts.addOptOut', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

export function useRemoveOptOut() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (input: MethodInput<'contacts.removeOptOut'>) =>
      bridge.invoke('contacts.removeOptOut', input),
    onSuccess: invalidate,
  });
}

export function useCampaigns() {
  return useQuery({ queryKey: queryKeys.broadcasts.list, queryFn: () => bridge.invoke('broadcasts.list') });
}

export function useCampaign(id: number) {
  return useQuery({
    queryKey: queryKeys.broadcasts.detail(id),
    queryFn: () => bridge.invoke('broadcasts.get', { id }),
  });
}

/** Live progress: seeded from the campaign, then replaced by each broadcast.progress event (live-events.ts). */
export function useCampaignProgress(id: number) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.broadcasts.progress(id),
    queryFn: async () => {
      const campaign = await bridge.invoke('broadcasts.get', { id });
      client.setQueryData(queryKeys.broadcasts.detail(id), campaign);
      return campaign.progress;
    },
    // Manually replaced by live events.
    staleTime: Infinity,
  });
}

export function useCampaignTimeline(id: number) {
  return useQuery({
    queryKey: queryKeys.broadcasts.timeline(id),
    queryFn: () => bridge.invoke('broadcasts.timeline', { id }),
    // Progress events arrive up to 4×/s; the chart does not need more than one refresh a second.
    staleTime: 1000,
  });
}

export function useRecipients(id: number, status?: MethodInput<'broadcasts.recipients'>['status']) {
  return useQuery({
    queryKey: [...queryKeys.broadcasts.recipients(id), status ?? 'all'],
    queryFn: () => bridge.invoke('broadcasts.recipients', { id, status, limit: 100 }),
    staleTime: 1000,
  });
}

export function usePreview(input: MethodInput<'broadcasts.preview'> | null) {
  return useQuery({
    queryKey: ['broadcasts', 'preview', input],
    queryFn: () => bridge.invoke('broadcasts.preview', input!),
    enabled: input !== null,
    placeholderData: (previous) => previous,
  });
}

function useInvalidateCampaigns() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.broadcasts.all });
}

export function useCreateCampaign() {
  const invalidate = useInvalidateCampaigns();
  return useMutation({
    mutationFn: (input: MethodInput<'broadcasts.create'>) => bridge.invoke('broadcasts.create', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

type CampaignAction =
  | 'broadcasts.start'
  | 'broadcasts.pause'
  | 'broadcasts.resume'
  | 'broadcasts.cancel'
  | 'broadcasts.retryFailed';

export function useCampaignAction(action: CampaignAction) {
  const invalidate = useInvalidateCampaigns();
  return useMutation({
    mutationFn: (id: number) => bridge.invoke(action, { id }),
    onSuccess: invalidate,
  });
}

export function useRemoveCampaign() {
  const invalidate = useInvalidateCampaigns();
  return useMutation({
    mutationFn: (id: number) => bridge.invoke('broadcasts.remove', { id }),
    onSuccess: invalidate,
  });
}

export function useExportReport() {
  return useMutation({
    mutationFn: (id: number) => bridge.invoke('broadcasts.exportReport', { id }),
  });
}

export function useGovernor() {
  return useQuery({
    queryKey: queryKeys.broadcasts.governor,
    queryFn: () => bridge.invoke('broadcasts.governor'),
  });
}

export function useUpdateGovernor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: MethodInput<'broadcasts.setGovernor'>) =>
      bridge.invoke('broadcasts.setGovernor', patch),
    onSuccess: (governor) => client.setQueryData(queryKeys.broadcasts.governor, governor),
    meta: { fieldErrors: true },
  });
}
