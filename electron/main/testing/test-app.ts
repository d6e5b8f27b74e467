// The options a test starts the desktop app with: a data dir, a free API port, the built page's and icons' paths.
import type { DesktopAppOptions } from '../lifecycle';

export const testPage = { kind: 'file', path: '/app/out/renderer/index.html' } as const;
export const testIcons = {
  window: '/app/resources/icon.png',
  tray: new URL('../../../resources/tray.png', import.meta.url).pathname,
};

export function desktopAppOptions(
  dataDir: string,
  extra: Partial<DesktopAppOptions> = {},
): DesktopAppOptions {
  return {
    argv: ['--data-dir', dataDir, '--port', '0'],
    preloadPath: '/app/out/preload/index.cjs',
    page: testPage,
    icons: testIcons,
    ...extra,
  };
}
