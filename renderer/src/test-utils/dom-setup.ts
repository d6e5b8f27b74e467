// Setup of the renderer component tests (files marked `// @vitest-environment jsdom`; loaded by vitest.setup.ts),
// after Mantine's vitest template: jest-dom matchers, the browser APIs Mantine needs that jsdom lacks, and the
// fake preload bridge, installed before the test file imports client/bridge.ts (it picks its transport once).
import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { PRELOAD_GLOBAL } from '../../../shared/bridge-names';
import { queryClient } from '../client/query-client';
import { resetTestBridge, testBridge } from './test-bridge';

// jsdom throws "not implemented" for a pseudo-element's style and for scrolling; Mantine asks for both.
const { getComputedStyle } = window;
window.getComputedStyle = (element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};

// No media query matches (a wide light-mode window); ResizeObserver never reports (ScrollArea, Tabs…).

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;

Object.defineProperty(window, PRELOAD_GLOBAL, { value: testBridge });

// Testing Library registers its own cleanup only with vitest's globals, which this project does not turn on.
afterEach(() => {
  cleanup();
  queryClient.clear();
  notifications.clean();
  resetTestBridge();
});
