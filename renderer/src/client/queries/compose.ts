// Compose: one message through the REST pipeline (compose.send); errors carry the REST API's field messages.
import { useMutation } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { bridge } from '../bridge';

export function useComposeSend() {
  return useMutation({
    mutationFn: (input: MethodInput<'compose.send'>) => bridge.invoke('compose.send', input),
    // The page shows its own outcome (per field, or in plain words), not the generic error toast.
    meta: { showsErrors: true },
  });
}
