// AppError: the one error type core throws; codes map once to HTTP status and user-facing text.
import {
  fillErrorText,
  type ErrorText,
  type ErrorTextKey,
  type ErrorTextParams,
} from '../../shared/error-texts';
import { ContractError, type ErrorCode, type WireError } from '../../shared/errors';

export class AppError extends ContractError {
  constructor(code: ErrorCode, message: string, details?: unknown, text?: WireError['text']) {
    super(code, message, details, text);
    this.name = 'AppError';
  }
}

/**
 * An AppError worded by the text table (shared/error-texts.ts): the UI shows the same text in its language.
 * `fields` gives field messages (`details`, as the REST API answers them) worded by the table too.
 */
export function appError(
  code: ErrorCode,
  key: ErrorTextKey,
  params?: ErrorTextParams,
  fields?: Record<string, ErrorTextKey>,
): AppError {
  const text: ErrorText = { key, ...(params ? { params } : {}) };
  if (!fields) return new AppError(code, fillErrorText(key, params), undefined, text);
  const details = Object.fromEntries(Object.entries(fields).map(([field, k]) => [field, [fillErrorText(k)]]));
  text.fields = Object.fromEntries(Object.entries(fields).map(([field, k]) => [field, { key: k }]));
  return new AppError(code, fillErrorText(key, params), details, text);
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
    return {
      code: error.code,
      message: error.message,
      details: error.details,
      ...(error.text ? { text: error.text } : {}),
    };
  return { code: 'internal', message: 'Internal error' };
}
