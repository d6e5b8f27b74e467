// Where data lives when no --data-dir is given: the same folder Electron's app.getPath('userData') uses.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Wasender Desktop';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
