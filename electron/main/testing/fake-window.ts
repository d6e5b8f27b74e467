// The fake's windows: BrowserWindow with its webContents, session and frames (see fake-electron.ts).
import { EventEmitter } from 'node:events';

export type Listener = (...args: any[]) => void;

/** What a window needs of the fake Electron it belongs to (fake-electron.ts sets it). */
export interface WindowHost {
  app: EventEmitter;
  rendererBus: EventEmitter;
  ipcRenderer: unknown;
  session: { defaultSession: FakeSession };
}
export const windowHost: { current: WindowHost | null } = { current: null };

/** Event object with preventDefault, like Electron's. */
export function electronEvent<T extends object>(extra: T = {} as T) {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

export class FakeWebFrame {
  parent: FakeWebFrame | null = null;
  constructor(public url: string) {}
}

export class FakeSession {
  headersListener: Listener | null = null;
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: ((...args: any[]) => boolean) | null = null;
  webRequest = { onHeadersReceived: (listener: Listener) => void (this.headersListener = listener) };
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: any[]) => boolean) {
    this.permissionCheckHandler = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  mainFrame = new FakeWebFrame('about:blank');
  session: FakeSession;
  constructor(
    private readonly fake: WindowHost,
    session: FakeSession,
  ) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  loading = false;
  /** Scripts run with executeJavaScript (the main process moving the page to another route). */
  executed: string[] = [];
  isLoading() {
    return this.loading;
  }
  async executeJavaScript(code: string) {
    this.executed.push(code);
    return undefined;
  }
  reloads = 0;
  reload() {
    this.reloads += 1;
  }
  send(channel: string, ...args: unknown[]) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.fake.rendererBus.emit(channel, { sender: this.fake.ipcRenderer }, ...structuredClone(args));
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Simulates the user (or page) trying to navigate; returns whether it was prevented. */
  tryNavigate(url: string): boolean {
    const event = electronEvent();
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;
  loaded: { url?: string; file?: string } = {};
  webContents: FakeWebContents;
  constructor(public options: Record<string, any>) {
    super();
    this.webContents = new FakeWebContents(windowHost.current!, windowHost.current!.session.defaultSession);
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string) {
    this.loaded = { url };
    this.webContents.mainFrame.url = url;
  }
  async loadFile(file: string) {
    this.loaded = { file };
    this.webContents.mainFrame.url = new URL(`file://${file}`).href;
  }
  show() {
    this.visible = true;
    this.minimized = false;
  }
  hide() {
    this.visible = false;
  }
  focus() {
    this.focused = true;
  }
  blur() {
    this.focused = false;
  }
  isFocused() {
    return this.focused;
  }
  restore() {
    this.minimized = false;
  }
  minimize() {
    this.minimized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Like the user clicking the close button: 'close' may be prevented; otherwise the window is gone. */
  close() {
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
    const fake = windowHost.current!;
    if (FakeBrowserWindow.instances.every((w) => w.destroyed)) fake.app.emit('window-all-closed');
  }
}
