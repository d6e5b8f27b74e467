// pino logger; secrets (api keys, tokens) are redacted wherever they appear in logged objects.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.WASENDER_LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    redact: ['apiKey', 'api_key', '*.apiKey', '*.api_key', 'req.headers["x-api-key"]', 'token'],
  });
}
