// The current page from the URL hash ("#/settings"), so a reload or a bookmark keeps the page.
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const readPath = () => window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, readPath);
}

export const hrefOf = (path: string) => `#/${path}`;
