// Tray icon: what is running (devices connected, API state) and Open / Pause all campaigns / Quit,
// labelled in the app's language, so the API keeps running with the window closed.
import { readFileSync } from 'node:fs';
import { Menu, Tray, nativeImage } from 'electron';
import type { Language } from '../../shared/domain';

export interface TrayStatus {
  devicesConnected: number;
  devicesTotal: number;
  apiListening: boolean;
  apiPort: number | null;
  /** Campaigns running or scheduled: "Pause all campaigns" is offered only then. */
  campaignsActive: number;
}

const labels = {
  id: {
    open: 'Buka Wasender',
    pauseAll: 'Jeda semua kampanye',
    quit: 'Keluar',
    tooltip: 'Wasender Desktop',
    devices: (s: TrayStatus) =>
      s.devicesTotal === 0
        ? 'Belum ada perangkat'
        : `${s.devicesConnected} dari ${s.devicesTotal} perangkat tersambung`,
    api: (s: TrayStatus) => (s.apiListening ? `API aktif · port ${s.apiPort}` : 'API tidak berjalan'),
  },
  en: {
    open: 'Open Wasender',
    pauseAll: 'Pause all campaigns',
    quit: 'Quit',
    tooltip: 'Wasender Desktop',
    devices: (s: TrayStatus) =>
      s.devicesTotal === 0
        ? 'No devices yet'
        : `${s.devicesConnected} of ${s.devicesTotal} devices connected`,
    api: (s: TrayStatus) => (s.apiListening ? `API running · port ${s.apiPort}` : 'API not running'),
  },
} satisfies Record<Language, unknown>;

export const emptyTrayStatus: TrayStatus = {
  devicesConnected: 0,
  devicesTotal: 0,
  apiListening: false,
  apiPort: null,
  campaignsActive: 0,
};

export interface TrayActions {
  onOpen: () => void;
  onPauseAll: () => void;
  onQuit: () => void;
}

export interface AppTrayOptions extends TrayActions {
  icon: string;
  language: Language;
  status?: TrayStatus;
}

export interface AppTray {
  tray: Tray;
  setLanguage(language: Language): void;
  setStatus(status: TrayStatus): void;
  destroy(): void;
}

export function trayMenuTemplate(language: Language, status: TrayStatus, actions: TrayActions) {
  const text = labels[language] ?? labels.id;
  return [
    { label: text.devices(status), enabled: false },
    { label: text.api(status), enabled: false },
    { type: 'separator' as const },
    { label: text.open, click: actions.onOpen },
    { label: text.pauseAll, enabled: status.campaignsActive > 0, click: actions.onPauseAll },
    { type: 'separator' as const },
    { label: text.quit, click: actions.onQuit },
  ];
}

/** One line for the tooltip (Windows shows it on hover; the menu is one click away). */
export function trayTooltip(language: Language, status: TrayStatus): string {
  const text = labels[language] ?? labels.id;
  return `${text.tooltip} — ${text.devices(status)} · ${text.api(status)}`;
}

export function createAppTray(options: AppTrayOptions): AppTray {
  // The icon file is 32 px drawn for scale factor 2: a crisp 16-point tray icon on HiDPI screens, downscaled elsewhere.
  const tray = new Tray(nativeImage.createFromBuffer(readFileSync(options.icon), { scaleFactor: 2 }));
  let language = options.language;
  let status = options.status ?? emptyTrayStatus;
  let shown = '';
  const apply = () => {
    // Rebuilt only when something visible changed: progress events arrive several times a second.
    const key = JSON.stringify([language, status]);
    if (key === shown) return;
    shown = key;
    tray.setToolTip(trayTooltip(language, status));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(language, status, options)));
  };
  apply();
  // Windows users expect a left click on the tray icon to open the window; macOS shows the menu instead.
  tray.on('click', () => {
    if (process.platform !== 'darwin') options.onOpen();
  });
  return {
    tray,
    setLanguage(next) {
      language = next;
      apply();
    },
    setStatus(next) {
      status = next;
      apply();
    },
    destroy: () => tray.destroy(),
  };
}
