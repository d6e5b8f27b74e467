// What the window may load, navigate to, open and ask for; everything else is denied (Electron security checklist).
import { shell, type Session, type WebContents, type WebFrameMain } from 'electron';
import { pathToFileURL } from 'node:url';

/** Where the app's own page lives: the electron-vite dev server, or the built index.html on disk. */
export type AppPage = { kind: 'dev'; url: string } | { kind: 'file'; path: string };

export function appPageUrl(page: AppPage): string {
  return page.kind === 'dev' ? page.url : pathToFileURL(page.path).href;
}

/** True for the app's own page (any hash or query), never for another file or origin. */
export function isAppUrl(candidate: string, page: AppPage): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  const own = new URL(appPageUrl(page));
  if (page.kind === 'dev') return url.origin === own.origin;
  return url.protocol === 'file:' && url.pathname === own.pathname;
}

/** Only the top frame of our own page may call the contract; iframes or a foreign page never can. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, page: AppPage): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, page);
}

export const isExternalWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * The renderer talks to core over IPC only, so 'self' is enough. The dev server needs inline
 * scripts (React refresh preamble) and a WebSocket for hot reload; the packaged app never does.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// Copying the API key needs clipboard writes; camera, microphone, notifications and the rest are refused.
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** CSP header on the app's pages and a permission allow-list, for the window's session. */
export function hardenSession(session: Session, page: AppPage): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, page)) return callback({});
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy(page.kind === 'dev')],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** No navigation away from the app, no new windows, no <webview>; web links go to the OS browser. */
export function hardenWebContents(contents: WebContents, page: AppPage): void {
  const openOutside = (url: string) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, page)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, page)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
