// In-process stand-in for the parts of Electron that electron/main and the preload use, for vi.mock('electron').
// ipcMain.handle ↔ ipcRenderer.invoke and webContents.send ↔ ipcRenderer.on are wired together, and
// contextBridge copies values the way the real bridge does (structured clone; Errors keep only their message).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { FakeSafeStorage } from './fake-safe-storage';
import { FakeUtilityProcess } from './fake-utility-process';
import {
  FakeBrowserWindow,
  FakeSession,
  FakeWebFrame,
  electronEvent,
  windowHost,
  type Listener,
} from './fake-window';

export { FakeBrowserWindow, electronEvent } from './fake-window';

export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  tooltip = '';
  menu: { items: any[] } | null = null;
  destroyed = false;
  constructor(public image: unknown) {
    super();
    FakeTray.instances.push(this);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: { items: any[] }) {
    this.menu = menu;
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

/** Electron's Notification: shown ones are kept in `shown`; click() plays the user clicking it. */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported() {
    return FakeNotification.supported;
  }
  shown = false;
  constructor(public options: { title: string; body?: string; silent?: boolean; icon?: unknown }) {
    super();
    FakeNotification.instances.push(this);
  }
  show() {
    this.shown = true;
  }
  close() {
    this.emit('close');
  }
  click() {
    this.emit('click');
  }
}

/** powerSaveBlocker: started blockers by id, so a test sees whether the computer is kept awake. */
class FakePowerSaveBlocker {
  active = new Map<number, string>();
  private nextId = 1;
  start = vi.fn((type: string) => {
    const id = this.nextId++;
    this.active.set(id, type);
    return id;
  });
  stop = vi.fn((id: number) => void this.active.delete(id));
  isStarted = (id: number) => this.active.has(id);
}

/** dialog.showMessageBox answers with the button index a test queued (default: the first button). */
class FakeDialog {
  answers: number[] = [];
  shown: { message: string; buttons: string[]; detail?: string }[] = [];
  showMessageBox = vi.fn(async (...args: any[]) => {
    const options = args.length > 1 ? args[1] : args[0];
    this.shown.push(options);
    return { response: this.answers.shift() ?? 0, checkboxChecked: false };
  });
}

class FakeApp extends EventEmitter {
  lockAvailable = true;
  quitCalls = 0;
  exited: number | null = null;
  quitted = false;
  paths: Record<string, string> = { userData: '/tmp/wasender-fake-user-data' };
  isPackaged = false;
  dock = { show: vi.fn(), hide: vi.fn() };
  requestSingleInstanceLock = vi.fn(() => this.lockAvailable);
  whenReady = vi.fn(async () => undefined);
  isReady = () => true;
  setAppUserModelId = vi.fn();
  /** What the OS would hold for our login item; wasOpenedAtLogin is what macOS reports for this start. */
  loginItem = { openAtLogin: false, wasOpenedAtLogin: false, args: [] as string[], path: '' };
  setLoginItemSettings = vi.fn((settings: { openAtLogin?: boolean; args?: string[]; path?: string }) => {
    this.loginItem = {
      ...this.loginItem,
      openAtLogin: settings.openAtLogin ?? false,
      args: settings.args ?? [],
      path: settings.path ?? '',
    };
  });
  getLoginItemSettings = vi.fn(() => ({ ...this.loginItem }));
  getPath(name: string) {
    return this.paths[name] ?? `/tmp/fake-${name}`;
  }
  setPath(name: string, value: string) {
    this.paths[name] = value;
  }
  /** Electron's sequence: before-quit → will-quit (either may be prevented) → quit. */
  quit() {
    this.quitCalls += 1;
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const will = electronEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.quitted = true;
    this.emit('quit');
  }
  exit(code = 0) {
    this.exited = code;
  }
}

class FakeIpcMain {
  handlers = new Map<string, Listener>();
  handle(channel: string, handler: Listener) {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

/** Copies a value across the fake context bridge: functions are proxied, everything else cloned. */
function acrossBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const result = (value as (...a: unknown[]) => unknown)(...args.map(acrossBridge));
      if (result instanceof Promise) {
        return result.then(acrossBridge, (error: unknown) => {
          // The real bridge rebuilds an Error from its message alone; other values are cloned.
          throw error instanceof Error ? new Error(error.message) : structuredClone(error);
        });
      }
      return acrossBridge(result);
    };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, acrossBridge(v)]));
  }
  return structuredClone(value);
}

export class FakeElectron {
  app = new FakeApp();
  ipcMain = new FakeIpcMain();
  rendererBus = new EventEmitter();
  /** The frame that the next ipcRenderer.invoke is attributed to (tests point it elsewhere). */
  senderFrame: FakeWebFrame | null = new FakeWebFrame('file:///app/out/renderer/index.html');
  session = { defaultSession: new FakeSession() };
  shell = { openExternal: vi.fn(async (_url: string) => undefined) };
  powerSaveBlocker = new FakePowerSaveBlocker();
  dialog = new FakeDialog();
  safeStorage = new FakeSafeStorage();
  utilityProcess = new FakeUtilityProcess();
  exposed: Record<string, any> = {};
  exposeCalls = 0;

  ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = this.ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event = { sender: null, senderFrame: this.senderFrame };
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    on: (channel: string, listener: Listener) => {
      this.rendererBus.on(channel, listener);
      return this.ipcRenderer;
    },
    removeListener: (channel: string, listener: Listener) => {
      this.rendererBus.removeListener(channel, listener);
      return this.ipcRenderer;
    },
  };

  contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => {
      this.exposeCalls += 1;
      this.exposed[key] = acrossBridge(api);
    },
  };

  /** Fresh state between tests: no listeners, no windows or trays, the lock free. */
  reset() {
    this.app.removeAllListeners();
    Object.assign(this.app, { lockAvailable: true, quitCalls: 0, exited: null, quitted: false });
    this.app.loginItem = { openAtLogin: false, wasOpenedAtLogin: false, args: [], path: '' };
    this.app.isPackaged = false;
    this.app.setLoginItemSettings.mockClear();
    this.powerSaveBlocker.active.clear();
    this.powerSaveBlocker.start.mockClear();
    this.powerSaveBlocker.stop.mockClear();
    this.dialog.answers = [];
    this.dialog.shown = [];
    this.dialog.showMessageBox.mockClear();
    this.safeStorage.reset();
    this.utilityProcess.reset();
    FakeNotification.instances = [];
    FakeNotification.supported = true;
    this.app.paths = { userData: '/tmp/wasender-fake-user-data' };
    this.app.requestSingleInstanceLock.mockClear();
    this.app.whenReady.mockClear();
    this.shell.openExternal.mockClear();
    FakeBrowserWindow.instances = [];
    FakeTray.instances = [];
  }

  frame(url: string, parent: FakeWebFrame | null = null) {
    const frame = new FakeWebFrame(url);
    frame.parent = parent;
    return frame;
  }

  /** What `import … from 'electron'` resolves to under vi.mock. */
  module() {
    return {
      app: this.app,
      ipcMain: this.ipcMain,
      ipcRenderer: this.ipcRenderer,
      contextBridge: this.contextBridge,
      shell: this.shell,
      session: this.session,
      powerSaveBlocker: this.powerSaveBlocker,
      dialog: this.dialog,
      safeStorage: this.safeStorage,
      utilityProcess: this.utilityProcess,
      Notification: FakeNotification,
      BrowserWindow: FakeBrowserWindow,
      Tray: FakeTray,
      Menu: { buildFromTemplate: (items: any[]) => ({ items }) },
      nativeImage: {
        createFromPath: (path: string) => ({ path }),
        createFromBuffer: (buffer: Buffer, options: object) => ({ bytes: buffer.length, ...options }),
      },
    };
  }
}

let currentFake: FakeElectron | null = null;

/** One fake per test file: vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule()). */
export function fakeElectron(): FakeElectron {
  currentFake ??= new FakeElectron();
  windowHost.current = currentFake;
  return currentFake;
}

export const electronModule = () => {
  const module = fakeElectron().module();
  return { ...module, default: module };
};
