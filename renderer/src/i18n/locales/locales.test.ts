// The typecheck already keeps the keys of both languages identical (Shape<T>); this checks what types cannot:
// every {{placeholder}} of a text exists in its translation, and no text is accidentally left empty.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const idTexts = leaves(id);
  const enTexts = leaves(en);

  it('both languages have the same keys', () => {
    expect([...enTexts.keys()].sort()).toEqual([...idTexts.keys()].sort());
    expect(idTexts.size).toBeGreaterThan(500);
  });

  it('a translation uses the same {{placeholders}} as the Indonesian text', () => {
    const mismatched = [...idTexts].filter(([key, text]) => {
      return placeholders(text).join() !== placeholders(enTexts.get(key) ?? '').join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('a text is empty in both languages or in neither', () => {
    const halfEmpty = [...idTexts].filter(([key, text]) => (text === '') !== (enTexts.get(key) === ''));
    expect(halfEmpty.map(([key]) => key)).toEqual([]);
  });
});
