// A sandboxed preload can require only 'electron': bundle it the way the build does and check its imports.
import { describe, expect, it } from 'vitest';
import { rolldown } from 'rolldown';

describe('preload bundle', () => {
  it("requires nothing but 'electron' and stays small (no zod or other packages pulled in)", async () => {
    const bundle = await rolldown({
      input: new URL('../preload/index.ts', import.meta.url).pathname,
      platform: 'node',
      external: (id) => !id.startsWith('.') && !id.startsWith('/'),
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'cjs' });
    await bundle.close();
    const code = output[0].code;
    const required = [...code.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(code.length).toBeLessThan(4000);
    expect(code).toContain('exposeInMainWorld');
  });
});
