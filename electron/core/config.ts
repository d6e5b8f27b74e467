// Command-line flags and environment variables → core options (flags win over environment).
import { parseArgs } from 'node:util';

export interface RunConfig {
  dataDir?: string;
  host?: string;
  port?: number;
  apiKey?: string;
  waUrl?: string;
  waCa?: string;
  waRootKey?: string;
  webhookUrl?: string;
  uiPassword?: string;
  /** Headless: where the data key lives instead of <data dir>/keystore.json (a mounted secret, another disk). */
  dataKeyFile?: string;
}

export function parseRunConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): RunConfig {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'api-key': { type: 'string' },
      'wa-url': { type: 'string' },
      'wa-ca': { type: 'string' },
      'wa-root-key': { type: 'string' },
      'webhook-url': { type: 'string' },
      'ui-password': { type: 'string' },
      'data-key-file': { type: 'string' },
    },
  });
  const pick = (flag: string, envName: string) =>
    (values[flag] as string | undefined) ?? env[envName] ?? undefined;
  const port = pick('port', 'WASENDER_PORT');
  if (port !== undefined && !/^\d{1,5}$/.test(port))
    throw new Error(`--port must be a number, got "${port}"`);
  return {
    dataDir: pick('data-dir', 'WASENDER_DATA_DIR'),
    host: pick('host', 'WASENDER_HOST'),
    port: port === undefined ? undefined : Number(port),
    apiKey: pick('api-key', 'WASENDER_API_KEY'),
    waUrl: pick('wa-url', 'WASENDER_WA_URL'),
    waCa: pick('wa-ca', 'WASENDER_WA_CA'),
    waRootKey: pick('wa-root-key', 'WASENDER_WA_ROOT_KEY'),
    webhookUrl: pick('webhook-url', 'WASENDER_WEBHOOK_URL'),
    uiPassword: pick('ui-password', 'WASENDER_UI_PASSWORD'),
    dataKeyFile: pick('data-key-file', 'WASENDER_DATA_KEY_FILE'),
  };
}
