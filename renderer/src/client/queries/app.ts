// App information: version, API address, whether the local API is listening, desktop or headless.
import { useQuery } from '@tanstack/react-query';
import { bridge } from '../bridge';
import { queryKeys } from '../query-keys';

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => bridge.invoke('app.info') });
}
