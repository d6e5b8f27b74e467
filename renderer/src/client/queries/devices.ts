// Devices: list, add, rename, remove, webhook URL. Writes invalidate the list (core's devices.changed event does too).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useDevices() {
  return useQuery({ queryKey: queryKeys.devices.list, queryFn: () => bridge.invoke('devices.list') });
}

function useInvalidateDevices() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.devices.all });
}

export function useCreateDevice() {
  const invalidate = useInvalidateDevices();
  return useMutation({
    mutationFn: (input: MethodInput<'devices.create'>) => bridge.invoke('devices.create', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

export function useRenameDevice() {
  const invalidate = useInvalidateDevices();
  return useMutation({
    mutationFn: (input: MethodInput<'devices.rename'>) => bridge.invoke('devices.rename', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

export function useRemoveDevice() {
  const invalidate = useInvalidateDevices();
  return useMutation({
    mutationFn: (input: MethodInput<'devices.remove'>) => bridge.invoke('devices.remove', input),
    onSuccess: invalidate,
  });
}

export function useSetWebhook() {
  const invalidate = useInvalidateDevices();
  return useMutation({
    mutationFn: (input: MethodInput<'devices.setWebhook'>) => bridge.invoke('devices.setWebhook', input),
    onSuccess: invalidate,
    meta: { fieldErrors: true },
  });
}

/** How the device sends buttons, templates and lists: interactive, poll or numbered text. */
export function useSetInteractiveStyle() {
  const invalidate = useInvalidateDevices();
  return useMutation({
    mutationFn: (input: MethodInput<'devices.setInteractiveStyle'>) =>
      bridge.invoke('devices.setInteractiveStyle', input),
    onSuccess: invalidate,
  });
}
