// Core in its own process (core-host/): the window's contract calls and core's events cross main to it, errors
// arrive exactly as core threw them, and a core process that dies is started again with nothing lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ContractResult } from '../../shared/contract';
import { createLogger } from '../core/logger';
import { tempDataDir } from '../../test/support/temp-core';
import { desktopAppOptions } from './testing/test-app';
import { startDesktopApp, type DesktopApp } from './lifecycle';
import { fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
let app: DesktopApp;

/** A contract call as the window's preload makes it. */
const call = (method: string, input?: unknown) =>
  electron.ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input) as unknown as Promise<ContractResult<any>>;

beforeEach(async () => {
  electron.reset();
  app = (await startDesktopApp(desktopAppOptions(tempDataDir(), { logger: createLogger('silent') })))!;
});
afterEach(async () => {
  electron.app.quit();
  await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 15_000 });
});

describe('core in its own process', () => {
  it('runs core in a utility process, which answers the window and the REST API', async () => {
    expect(electron.utilityProcess.fork).toHaveBeenCalledOnce();
    const [entry] = electron.utilityProcess.fork.mock.calls[0];
    expect(entry).toMatch(/core-host\/core-process\.ts$/);
    const child = electron.utilityProcess.children[0];
    expect(child.pid).toBeGreaterThan(0);
    expect(child.pid).not.toBe(process.pid);

    const info = await call('app.info');
    expect(info).toMatchObject({ ok: true, result: { mode: 'desktop', apiListening: true } });
    expect((await fetch(`${app.core.api.url}/health`)).status).toBe(200);
  });

  it("brings core's events to the window and keeps main's copy of the settings current", async () => {
    const events: Array<[string, unknown]> = [];
    electron.rendererBus.on(IPC_EVENT_CHANNEL, (_event, name: string, payload: unknown) =>
      events.push([name, payload]),
    );
    expect(app.core.settings.get().language).toBe('id');
    const answer = await call('settings.set', { language: 'en' });
    expect(answer.ok).toBe(true);
    // The event crosses before the answer, so main already reads the new language.
    expect(app.core.settings.get().language).toBe('en');
    expect(events).toContainEqual(['settings.changed', expect.objectContaining({ language: 'en' })]);
  });

  it('answers an error with the code, words and text key core gave it', async () => {
    const answer = await call('devices.create', { number: '12', name: 'Kasir' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', text: { key: 'phone_invalid' } },
    });
    expect(await call('no.such.method')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('starts core again when its process dies, with what was saved still there', async () => {
    const created = await call('devices.create', { number: '6281234567890', name: 'Kasir' });
    expect(created.ok).toBe(true);
    const first = electron.utilityProcess.children[0];
    first.child.kill('SIGKILL');

    await vi.waitFor(() => expect(electron.utilityProcess.children).toHaveLength(2), { timeout: 15_000 });
    const devices = await vi.waitFor(
      async () => {
        const answer = await call('devices.list');
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.result as Array<{ name: string }>;
      },
      { timeout: 30_000 },
    );
    expect(devices.map((device) => device.name)).toEqual(['Kasir']);
    expect(electron.utilityProcess.children[1].pid).not.toBe(first.pid);
    expect((await fetch(`${app.core.api.url}/health`)).status).toBe(200);
  });
});
