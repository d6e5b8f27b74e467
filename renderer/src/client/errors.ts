// Reads contract errors (code + field details) whichever transport they came through.
import { isErrorTextKey, type ErrorText, type FieldText } from '../../../shared/error-texts';
import { errorCodes, type ErrorCode } from '../../../shared/errors';
import { isMessageKey } from '../../../shared/schemas/rules-messages';

export type UiErrorCode = ErrorCode | 'network';

/** The contract code of an error; a failed fetch (server gone) counts as `network`. */
export function errorCodeOf(error: unknown): UiErrorCode {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (errorCodes as readonly string[]).includes(code)) return code as ErrorCode;
  if (error instanceof TypeError) return 'network';
  return 'internal';
}

type Unchecked = { key?: unknown; rule?: unknown; params?: unknown } | null | undefined;

/** A field's text as it crossed the transport: a known key of the table or a known rule, else none. */
function fieldTextOf(text: Unchecked): FieldText | undefined {
  const params = text?.params && typeof text.params === 'object' ? { params: text.params as never } : {};
  if (isErrorTextKey(text?.key)) return { key: text.key, ...params };
  if (isMessageKey(text?.rule)) return { rule: text.rule, ...params };
  return undefined;
}

/** Which text of core's table (shared/error-texts.ts) an error is, when core worded it by the table. */
export function errorTextOf(error: unknown): ErrorText | undefined {
  const text = (error as { text?: { key?: unknown; params?: unknown } } | null)?.text;
  if (!text || !isErrorTextKey(text.key)) return undefined;
  const params =
    text.params && typeof text.params === 'object' ? (text.params as ErrorText['params']) : undefined;
  const fields = Object.fromEntries(
    Object.entries((text as { fields?: Record<string, Unchecked> }).fields ?? {}).flatMap(
      ([field, value]) => {
        const checked = fieldTextOf(value);
        return checked ? [[field, checked]] : [];
      },
    ),
  );
  return {
    key: text.key,
    ...(params ? { params } : {}),
    ...(Object.keys(fields).length ? { fields } : {}),
  };
}

/** The `details` field → messages map of a contract error, or an empty object. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  const details = (error as { details?: unknown } | null)?.details;
  if (!details || typeof details !== 'object') return {};
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(details)) {
    if (Array.isArray(messages)) out[field] = messages.map(String);
  }
  return out;
}

export const hasFieldErrors = (error: unknown) => Object.keys(fieldErrorsOf(error)).length > 0;

/**
 * Field errors in the current language: `devices.fieldErrors.<field>.<code>` when such a text exists,
 * else the server's own message (core words them like Laravel, in English).
 */
export function translatedFieldErrors(
  error: unknown,
  translate: (key: string, fallback: string) => string,
  prefix: string,
): Record<string, string> {
  const code = errorCodeOf(error);
  return Object.fromEntries(
    Object.entries(fieldErrorsOf(error)).map(([field, messages]) => [
      field,
      translate(`${prefix}.${field}.${code}`, messages[0] ?? ''),
    ]),
  );
}
