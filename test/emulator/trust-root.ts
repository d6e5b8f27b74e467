// Plan B for a strict Baileys cert check: make this process's Baileys trust the emulator's root key.
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';

/**
 * Swaps WhatsApp's hardcoded Noise root key (shared, non-frozen Buffer) for the emulator's, in place.
 * Only reaches the Baileys copy this process imports (not one bundled into another artifact).
 * Returns a function that restores the real key.
 */
export function trustEmulatorRoot(rootPublicKey: Uint8Array): () => void {
  if (rootPublicKey.length !== WA_CERT_DETAILS.PUBLIC_KEY.length) {
    throw new Error(`root key must be ${WA_CERT_DETAILS.PUBLIC_KEY.length} bytes`);
  }
  const original = Buffer.from(WA_CERT_DETAILS.PUBLIC_KEY);
  WA_CERT_DETAILS.PUBLIC_KEY.set(rootPublicKey);
  return () => WA_CERT_DETAILS.PUBLIC_KEY.set(original);
}
