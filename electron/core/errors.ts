// AppError: the one error type core throws; codes map once to HTTP status and user-facing text.
import { ContractError, type ErrorCode, type WireError } from '../../shared/errors';

export class AppError extends ContractError {
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(code, message, details);
    this.name = 'AppError';
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  invalid_input: 422,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  session_not_connected: 503,
  send_failed: 502,
  port_in_use: 503,
  internal: 500,
};

/** Turns anything thrown into what crosses a transport; unknown errors never leak internals. */
export function toWireError(error: unknown): WireError {
  if (error instanceof ContractError)
    return { code: error.code, message: error.message, details: error.details };
  return { code: 'internal', message: 'Internal error' };
}
