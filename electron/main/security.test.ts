// Navigation, window.open, CSP and permission rules of the app window (fake Electron).
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isTrustedSender,
  type AppPage,
} from './security';
import { FakeBrowserWindow, electronEvent, fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
const built: AppPage = { kind: 'file', path: '/opt/Wasender/resources/app.asar/out/renderer/index.html' };
const dev: AppPage = { kind: 'dev', url: 'http://localhost:5173/' };

describe('isAppUrl', () => {
  it('accepts the built page with any hash, and nothing else on disk', () => {
    expect(isAppUrl('file:///opt/Wasender/resources/app.asar/out/renderer/index.html#/settings', built)).toBe(
      true,
    );
    expect(isAppUrl('file:///opt/Wasender/resources/app.asar/out/renderer/other.html', built)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppUrl('https://example.com/', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
  });

  it('accepts only the dev server origin in development', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:7788/', dev)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of our page', () => {
    const top = electron.frame('file:///opt/Wasender/resources/app.asar/out/renderer/index.html');
    expect(isTrustedSender(top as never, built)).toBe(true);
    expect(isTrustedSender(electron.frame(top.url, top) as never, built)).toBe(false);
    expect(isTrustedSender(electron.frame('https://evil.example/') as never, built)).toBe(false);
    expect(isTrustedSender(null, built)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const harden = () => {
    electron.shell.openExternal.mockClear();
    const window = new FakeBrowserWindow({});
    hardenWebContents(window.webContents as never, built);
    return window.webContents;
  };

  it('denies navigation away from the app and opens web links in the OS browser instead', () => {
    const contents = harden();
    expect(contents.tryNavigate('https://wa.me/6281234567890')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://wa.me/6281234567890');
    expect(contents.tryNavigate('file:///etc/passwd')).toBe(true);
    expect(contents.tryNavigate('javascript:alert(1)')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('lets the app reload or move within its own page', () => {
    const contents = harden();
    expect(
      contents.tryNavigate('file:///opt/Wasender/resources/app.asar/out/renderer/index.html#/inbox'),
    ).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open, sending http(s) links to the OS browser and dropping other schemes', () => {
    const contents = harden();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler!({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.com/docs']]);
  });

  it('denies redirects away from the app and <webview> tags', () => {
    const contents = harden();
    const redirect = electronEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);
    const webview = electronEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  it('adds the CSP header to the app page only and allows only clipboard writes', () => {
    const session = electron.session.defaultSession;
    hardenSession(session as never, dev);
    const answer = (url: string) => {
      let result: any;
      session.headersListener!(
        { url, responseHeaders: { 'Content-Type': ['text/html'] } },
        (r: unknown) => (result = r),
      );
      return result;
    };
    expect(answer('http://localhost:5173/').responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(true)],
    });
    expect(answer('https://example.com/')).toEqual({});

    const granted = (permission: string) => {
      let ok: boolean | undefined;
      session.permissionRequestHandler!({}, permission, (value: boolean) => (ok = value));
      return ok;
    };
    expect(granted('media')).toBe(false);
    expect(granted('notifications')).toBe(false);
    expect(granted('clipboard-sanitized-write')).toBe(true);
    expect(session.permissionCheckHandler!({}, 'geolocation')).toBe(false);
  });

  it('uses a strict policy for the packaged app: scripts only from the app, no inline, no remote connections', () => {
    const csp = contentSecurityPolicy(false);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
