// Sessions: live WhatsApp state per device, and the calls that link, pause, resume and log out a device.
// Each call writes the state it returns into the list at once; device.state events refresh it after that.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../../../shared/contract';
import type { SessionState } from '../../../../shared/domain';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: () => bridge.invoke('sessions.list') });
}

/** The live session state of one device, once the list has loaded. */
export function useDeviceSession(deviceId: number): SessionState | undefined {
  return useSessions().data?.find((state) => state.deviceId === deviceId);
}

function storeState(client: QueryClient, state: SessionState) {
  client.setQueryData<SessionState[]>(queryKeys.sessions, (list) =>
    list ? list.map((item) => (item.deviceId === state.deviceId ? state : item)) : [state],
  );
  void client.invalidateQueries({ queryKey: queryKeys.devices.all });
}

type SessionCall = Extract<
  MethodName,
  'sessions.connect' | 'sessions.pause' | 'sessions.resume' | 'sessions.logout'
>;

function useSessionCall(method: SessionCall) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => bridge.invoke(method, { id }),
    onSuccess: (state: SessionState) => storeState(client, state),
  });
}

/** Starts QR codes for an unlinked device, or connects a linked one. */
export const useConnectDevice = () => useSessionCall('sessions.connect');
export const usePauseDevice = () => useSessionCall('sessions.pause');
export const useResumeDevice = () => useSessionCall('sessions.resume');
/** Unlinks the device from the phone; it needs a new scan afterwards. */
export const useLogoutDevice = () => useSessionCall('sessions.logout');

/** Asks WhatsApp for an 8-character code to type on the phone (linking by phone number). */
export function useRequestPairingCode() {
  return useMutation({ mutationFn: (id: number) => bridge.invoke('sessions.requestPairingCode', { id }) });
}
