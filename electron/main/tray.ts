// Tray icon with Open and Quit, labelled in the app's language, so the API keeps running with the window closed.
import { readFileSync } from 'node:fs';
import { Menu, Tray, nativeImage } from 'electron';
import type { Language } from '../../shared/domain';

const labels: Record<Language, { open: string; quit: string; tooltip: string }> = {
  id: { open: 'Buka Wasender', quit: 'Keluar', tooltip: 'Wasender Desktop — API tetap berjalan' },
  en: { open: 'Open Wasender', quit: 'Quit', tooltip: 'Wasender Desktop — API keeps running' },
};

export interface AppTrayOptions {
  icon: string;
  language: Language;
  onOpen: () => void;
  onQuit: () => void;
}

export interface AppTray {
  tray: Tray;
  setLanguage(language: Language): void;
  destroy(): void;
}

export function trayMenuTemplate(language: Language, onOpen: () => void, onQuit: () => void) {
  const text = labels[language] ?? labels.id;
  return [
    { label: text.open, click: onOpen },
    { type: 'separator' as const },
    { label: text.quit, click: onQuit },
  ];
}

export function createAppTray({ icon, language, onOpen, onQuit }: AppTrayOptions): AppTray {
  // The icon file is 32 px drawn for scale factor 2: a crisp 16-point tray icon on HiDPI screens, downscaled elsewhere.
  const tray = new Tray(nativeImage.createFromBuffer(readFileSync(icon), { scaleFactor: 2 }));
  const apply = (next: Language) => {
    tray.setToolTip((labels[next] ?? labels.id).tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(next, onOpen, onQuit)));
  };
  apply(language);
  // Windows users expect a left click on the tray icon to open the window; macOS shows the menu instead.
  tray.on('click', () => {
    if (process.platform !== 'darwin') onOpen();
  });
  return { tray, setLanguage: apply, destroy: () => tray.destroy() };
}
