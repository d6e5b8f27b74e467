// pino logger; secrets (api keys, tokens) are redacted wherever they appear in logged objects.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  /**
   * Human lines (time, level, message) instead of JSON: `npm run serve` turns it on when stdout is a terminal,
   * so a person reads the log and a service manager or a pipe still gets one JSON object per line.
   */
  pretty?: boolean;
  /** Where pretty lines go (tests); stdout by default. */
  destination?: NodeJS.WritableStream;
}

const redact = ['apiKey', 'api_key', '*.apiKey', '*.api_key', 'req.headers["x-api-key"]', 'token'];

export function createLogger(
  level: string = process.env.WASENDER_LOG_LEVEL ?? 'info',
  options: LoggerOptions = {},
): Logger {
  if (!options.pretty) return pino({ level, redact });
  // pino-pretty as a stream in this thread (not a transport worker): the bundle then needs no worker file,
  // and a terminal's pace is all it has to keep up with.
  const stream = pretty({
    colorize: options.destination === undefined,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname',
    sync: true,
    destination: options.destination,
  });
  return pino({ level, redact }, stream);
}
