// The app version, injected at build time by Vite and read from package.json under plain Node/tsx.
import { createRequire } from 'node:module';

declare const __APP_VERSION__: string | undefined;

export const APP_NAME = 'Wasender Desktop';
export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string'
    ? __APP_VERSION__
    : createRequire(import.meta.url)('../../package.json').version;
