// AppError: the one error type core throws; codes map once to HTTP status and user-facing text.
import {
  fillErrorText,
  type ErrorText,
  type ErrorTextKey,
  type ErrorTextParams,
  type TextRef,
} from '../../shared/error-texts';
import { ContractError, type ErrorCode, type WireError } from '../../shared/errors';
import type { ValidationErrors, ValidationRules } from '../../shared/schemas/params';
import { message, type MessageKey, type RuleValues } from '../../shared/schemas/rules-messages';

export class AppError extends ContractError {
  constructor(code: ErrorCode, message: string, details?: unknown, text?: WireError['text']) {
    super(code, message, details, text);
    this.name = 'AppError';
  }
}

/** A field's message by the table: a key, or a key with its params. */
export type FieldTextRef = ErrorTextKey | TextRef;
const refOf = (field: FieldTextRef): TextRef => (typeof field === 'string' ? { key: field } : field);

/** The message, `details` and text of an error worded by the table (the arguments of AppError after the code). */
export function tableWording(
  key: ErrorTextKey,
  params?: ErrorTextParams,
  fields?: Record<string, FieldTextRef>,
): [message: string, details: ValidationErrors | undefined, text: ErrorText] {
  const text: ErrorText = { key, ...(params ? { params } : {}) };
  if (!fields) return [fillErrorText(key, params), undefined, text];
  const refs = Object.entries(fields).map(([field, ref]) => [field, refOf(ref)] as const);
  text.fields = Object.fromEntries(refs);
  const details = Object.fromEntries(
    refs.map(([field, ref]) => [field, [fillErrorText(ref.key, ref.params)]]),
  );
  return [fillErrorText(key, params), details, text];
}

/**
 * An AppError worded by the text table (shared/error-texts.ts): the UI shows the same text in its language.
 * `fields` gives field messages (`details`, as the REST API answers them) worded by the table too.
 */
export function appError(
  code: ErrorCode,
  key: ErrorTextKey,
  params?: ErrorTextParams,
  fields?: Record<string, FieldTextRef>,
): AppError {
  return new AppError(code, ...tableWording(key, params, fields));
}

/**
 * Parameters that failed their validation rules: `details` are Laravel's messages (what the REST API answers),
 * the text's fields the rule behind each, so the UI words them in its language.
 */
export function invalidParams(failure: { errors: ValidationErrors; rules: ValidationRules }): AppError {
  return new AppError('invalid_input', fillErrorText('params_invalid'), failure.errors, {
    key: 'params_invalid',
    fields: failure.rules,
  });
}

/** One field that failed a rule outside its schema (e.g. a contact list that does not exist). */
export function invalidField(field: string, rule: MessageKey, params: RuleValues): AppError {
  return invalidParams({
    errors: { [field]: [message(rule, params)] },
    rules: { [field]: { rule, params } },
  });
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
