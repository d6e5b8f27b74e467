// A contract method's name says where its handler lives: `autoReplies.test` is in electron/core/auto-replies/,
// `app.*` in core's own app.ts. A newcomer finds the code of any method in one hop.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract';

const coreDir = new URL('..', import.meta.url).pathname;

/** Prefixes whose folder is named otherwise, with why. */
const pending: Record<string, string> = {
  // One feature: campaigns and the contact lists they send to share one store and one runner.
  broadcasts: 'broadcast',
  contacts: 'broadcast',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** method name → the folder (relative to core, '' for core itself) of the file that defines its handler. */
function handlerFolders(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(coreDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*'(\w+\.\w+)': /gm)) {
      if (methodNames.includes(match[1] as never)) found.set(match[1], relative(coreDir, dirname(file)));
    }
  }
  return found;
}

describe('contract methods and core folders', () => {
  const folders = handlerFolders();

  it('finds a handler for every method of the contract', () => {
    expect(methodNames.filter((name) => !folders.has(name))).toEqual([]);
  });

  it('keeps every handler in the folder its name prefix names', () => {
    const misplaced = methodNames.flatMap((name) => {
      const prefix = name.split('.')[0];
      const expected = prefix === 'app' ? '' : (pending[prefix] ?? kebab(prefix));
      const folder = folders.get(name);
      return folder === expected ? [] : [`${name} is in core/${folder}, expected core/${expected}`];
    });
    expect(misplaced).toEqual([]);
  });
});
