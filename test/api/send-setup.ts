// Test helper of the REST send tests (send-e2e: what reaches the phone; send-state: what the API answers around
// sends): per test file the emulator with two customers' phones, a core with the shop's device linked as SENDER,
// and a send that checks the success answer and waits for what Budi received.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { callApi, type Encoding } from '../support/rest-client';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

export const SENDER = '6281234567101';

export interface SendSetup {
  emu: Emulator;
  core: Core;
  budi: Phone;
  sari: Phone;
  /** The core's REST API key. */
  key: string;
}

export function useSendSetup(): SendSetup {
  const ctx = {} as SendSetup;
  beforeAll(async () => {
    ctx.emu = await startEmulator();
    ctx.budi = ctx.emu.createPhone('6281234567102', 'Budi');
    ctx.sari = ctx.emu.createPhone('6281234567103', 'Sari');
    ctx.core = await startCoreAgainst(ctx.emu);
    await linkDeviceByQr(ctx.core, ctx.emu, SENDER, 'Toko');
    ctx.key = ctx.core.settings.get().apiKey;
  }, 60_000);
  afterAll(async () => {
    await ctx.core?.close();
    expect(ctx.emu?.faults.errors ?? []).toEqual([]);
    await ctx.emu?.close();
  });
  return ctx;
}

/** Calls `path` as SENDER to Budi (params may override), expects "sent" and waits until Budi has the message. */
export async function sendToBudi(
  ctx: SendSetup,
  path: string,
  params: Record<string, unknown>,
  encoding: Encoding = 'json',
) {
  const response = await callApi(
    ctx.core.api.url,
    path,
    { api_key: ctx.key, sender: SENDER, number: ctx.budi.number, ...params },
    encoding,
  );
  expect(response.body, `${path} ${encoding}`).toMatchObject({
    status: true,
    msg: 'Message sent successfully!',
    message: 'Message sent successfully!',
    id: expect.any(String),
  });
  expect(response.status).toBe(200);
  return { response, received: await ctx.budi.waitForMessage((m) => m.id === response.body.id) };
}
