// Runs before every test file. Node tests get nothing; renderer component tests, which ask for jsdom per file
// (`// @vitest-environment jsdom`), get the DOM setup (renderer/src/test-utils/dom-setup.ts).
if (typeof window !== 'undefined') await import('./renderer/src/test-utils/dom-setup');

export {};
