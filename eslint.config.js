// Flat ESLint config. The layer boundaries are rules here, not habits (docs/architecture.md, "What may import what"):
// - electron/core, shared, test and the renderer run without Electron (plain Node or a browser);
// - the renderer reaches core only through the contract (shared/contract.ts), never by importing electron/*;
// - shared is imported by both sides, so it imports neither core, main, preload nor the renderer;
// - core never imports the Electron glue (main, preload) or the renderer.
import tseslint from 'typescript-eslint';

const electronModule = {
  name: 'electron',
  message: 'core, shared, test and the renderer run without Electron: pass what you need in.',
};
const electronPackage = {
  group: ['electron/*'],
  message: 'core, shared, test and the renderer run without Electron.',
};
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { paths: [electronModule], patterns: [electronPackage, ...patterns] }],
});
const noElectronFolder = {
  group: ['**/electron/**', '!**/node_modules/**'],
  message: 'The renderer talks to core through the contract (shared/contract.ts), never by importing it.',
};
const noSharedUpward = {
  group: ['**/electron/**', '**/renderer/**'],
  message: 'shared/ is used by core and renderer alike, so it imports neither (move the code into shared/).',
};
const noCoreUpward = {
  group: ['**/main/**', '**/preload/**', '**/renderer/**'],
  message:
    'core runs in plain Node (headless, tests, a utility process): it never imports main, preload or the renderer.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'test/api/seed-clients/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['test/**', 'electron/headless.ts'], rules: restrict() },
  { files: ['electron/core/**'], rules: restrict(noCoreUpward) },
  { files: ['shared/**'], rules: restrict(noSharedUpward) },
  {
    files: ['renderer/**'],
    // core-messages.test.ts scans core's sources; it goes with the error table (issue 13, send-path).
    ignores: ['renderer/src/i18n/core-messages.test.ts'],
    rules: restrict(noElectronFolder),
  },
);
