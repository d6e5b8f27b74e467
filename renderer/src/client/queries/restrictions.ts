// What WhatsApp restricts on each number; refreshed by core's device.restriction event (live-events.ts).
import { useQuery } from '@tanstack/react-query';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useRestrictions() {
  return useQuery({
    queryKey: queryKeys.restrictions,
    queryFn: () => bridge.invoke('restrictions.list'),
  });
}

export function useDeviceRestriction(deviceId: number) {
  return useRestrictions().data?.find((r) => r.deviceId === deviceId);
}
