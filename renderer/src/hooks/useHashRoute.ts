// The current page from the URL hash ("#/settings"), so a reload or a bookmark keeps the page.
import { useEffect, useRef, useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const readPath = () => window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, readPath);
}

export const hrefOf = (path: string) => `#/${path}`;

const readQuery = () => window.location.hash.split('?')[1] ?? '';

/**
 * A one-time request carried in the hash ("#/inbox?device=1&chat=5", set when a desktop notification is
 * clicked): handed to `onRequest` once, then dropped from the address so a reload does not repeat it.
 */
export function useHashRequest(onRequest: (params: URLSearchParams) => void): void {
  const query = useSyncExternalStore(subscribe, readQuery);
  const handler = useRef(onRequest);
  handler.current = onRequest;
  useEffect(() => {
    if (!query) return;
    handler.current(new URLSearchParams(query));
    window.history.replaceState(null, '', `#/${readPath()}`);
    // replaceState fires no hashchange: tell the store, so the same request can come again later.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [query]);
}
