// Test fixture: an emulator with the shop's phone linked to a real Baileys client, and two customers, Alice and Bob.
import { afterAll, beforeAll, expect } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, type Phone, startEmulator } from './index.js';

export interface LinkedClient {
  emu: Emulator;
  /** The Baileys client linked as a device of `me`. */
  app: TestClient;
  me: Phone;
  alice: Phone;
  bob: Phone;
}

/** Starts the emulator and links the client before the file's tests; afterwards checks it saw no protocol errors. */
export function useLinkedClient(): LinkedClient {
  const linked = {} as LinkedClient;
  beforeAll(async () => {
    linked.emu = await startEmulator();
    linked.me = linked.emu.createPhone('15550002000', 'Shop');
    linked.alice = linked.emu.createPhone('15550002001', 'Alice');
    linked.bob = linked.emu.createPhone('15550002002', 'Bob');
    linked.app = await linkByQr(linked.emu, linked.me.number);
  });
  afterAll(async () => {
    linked.app.end();
    expect(linked.emu.faults.errors).toEqual([]);
    await linked.emu.close();
  });
  return linked;
}
