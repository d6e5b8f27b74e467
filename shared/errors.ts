// Error codes shared by core (which throws them) and renderer (which translates them).
import type { ErrorText } from './error-texts';

export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  'session_not_connected',
  'send_failed',
  'port_in_use',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** What crosses a transport when a contract call fails. */
export interface WireError {
  code: ErrorCode;
  message: string;
  details?: unknown;
  /** Which text of shared/error-texts.ts the message is, so the UI can show it in its own language. */
  text?: ErrorText;
}

export class ContractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly text?: ErrorText,
  ) {
    super(message);
    this.name = 'ContractError';
  }
}
