// Validates a contract call's input with its zod schema, then runs the handler.
import type { z } from 'zod';
import {
  isMethodName,
  methods,
  type Handlers,
  type MethodName,
  type MethodOutput,
} from '../../../shared/contract';
import { AppError } from '../errors';

export interface Rpc {
  invoke<M extends MethodName>(method: M, input?: unknown): Promise<MethodOutput<M>>;
  invokeByName(method: string, input?: unknown): Promise<unknown>;
}

/** Laravel-style field → messages map from a zod error, so every failing field is reported at once. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'input';
    (out[field] ??= []).push(issue.message);
  }
  return out;
}

export function createRpc(handlers: Handlers): Rpc {
  const invoke = async <M extends MethodName>(method: M, input?: unknown): Promise<MethodOutput<M>> => {
    const parsed = methods[method].input.safeParse(input ?? undefined);
    if (!parsed.success) throw new AppError('invalid_input', 'Invalid input', fieldErrors(parsed.error));
    const handler = handlers[method] as (args: unknown) => MethodOutput<M> | Promise<MethodOutput<M>>;
    return handler(parsed.data);
  };
  return {
    invoke,
    invokeByName(method, input) {
      if (!isMethodName(method)) return Promise.reject(new AppError('not_found', `Unknown method ${method}`));
      return invoke(method, input);
    },
  };
}
