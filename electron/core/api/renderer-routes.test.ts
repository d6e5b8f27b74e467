// Headless mode's page: index.html with the run's RPC token, re-read so a rebuild shows without a restart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/temp-dir';
import { registerRendererRoutes } from './renderer-routes';

describe('renderer routes', () => {
  const app = Fastify();
  afterAll(() => app.close());

  it('serves index.html with the token, and the new build after a rebuild', async () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><script src="/assets/index-old.js"></script></head></html>',
    );
    await registerRendererRoutes(app, dir, 'tok123');

    const first = await app.inject('/');
    expect(first.body).toContain('content="tok123"');
    expect(first.body).toContain('index-old.js');

    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><script src="/assets/index-new.js"></script></head></html>',
    );
    const second = await app.inject('/');
    expect(second.body).toContain('index-new.js');
    expect(second.body).toContain('content="tok123"');
  });

  it('fails at start when the renderer was never built', async () => {
    await expect(registerRendererRoutes(Fastify(), tempDataDir(), 'tok')).rejects.toThrow(/index\.html/);
  });
});
