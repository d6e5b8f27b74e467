// Canary: rc14 accepts the emulator's chain only because Curve.verify is lenient; plan B must make a strict check pass.
import { Curve, generateSignalPubKey, proto, WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import * as libsignalCurve from 'libsignal/src/curve.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertAuthority } from './cert-chain.js';
import { type Emulator, startEmulator } from './index.js';
import { linkByQr } from './baileys-client.js';
import { trustEmulatorRoot } from './trust-root.js';

const STRICT_MESSAGE = 'Baileys made the noise cert check strict: enable the emulator root-key trust hook';

/** What a fixed Baileys would do: libsignal's verifySignature returns false for a wrong signature. */
const strictVerify = (pub: Uint8Array, message: Uint8Array, signature: Uint8Array) =>
  libsignalCurve.verifySignature(generateSignalPubKey(pub), message, signature) === true;

const intermediateOf = (chain: Uint8Array) => proto.CertChain.decode(chain).intermediate!;

describe('noise certificate chain', () => {
  it(STRICT_MESSAGE, () => {
    const { chain } = createCertAuthority();
    const intermediate = intermediateOf(chain);
    // Our intermediate is not signed by WhatsApp's root…
    expect(strictVerify(WA_CERT_DETAILS.PUBLIC_KEY, intermediate.details!, intermediate.signature!)).toBe(
      false,
    );
    // …yet Baileys rc14 accepts it. When this fails, call trustEmulatorRoot(emulator.rootPublicKey) in the app process.
    expect(
      Curve.verify(WA_CERT_DETAILS.PUBLIC_KEY, intermediate.details!, intermediate.signature!),
      STRICT_MESSAGE,
    ).toBe(true);
  });

  it('signs a chain that verifies strictly against the emulator root (root → intermediate → leaf)', () => {
    const { chain, root, serverStatic } = createCertAuthority();
    const { intermediate, leaf } = proto.CertChain.decode(chain);
    const intermediateDetails = proto.CertChain.NoiseCertificate.Details.decode(intermediate!.details!);
    expect(intermediateDetails.issuerSerial).toBe(0);
    expect(strictVerify(root.public, intermediate!.details!, intermediate!.signature!)).toBe(true);
    expect(strictVerify(intermediateDetails.key!, leaf!.details!, leaf!.signature!)).toBe(true);
    const leafDetails = proto.CertChain.NoiseCertificate.Details.decode(leaf!.details!);
    expect(Buffer.from(leafDetails.key!).equals(serverStatic.public)).toBe(true);
  });

  describe('trustEmulatorRoot (plan B)', () => {
    let emu: Emulator;
    beforeAll(async () => {
      emu = await startEmulator();
    });
    afterAll(() => emu.close());

    it('makes a strict verification of the emulator chain pass and links a real Baileys client', async () => {
      const restore = trustEmulatorRoot(emu.rootPublicKey);
      try {
        const intermediate = intermediateOf(emu.context.ca.chain);
        expect(strictVerify(WA_CERT_DETAILS.PUBLIC_KEY, intermediate.details!, intermediate.signature!)).toBe(
          true,
        );
        const client = await linkByQr(emu, '15550009001');
        expect(client.creds.me?.id).toBe('15550009001:1@s.whatsapp.net');
        client.end();
      } finally {
        restore();
      }
      expect(WA_CERT_DETAILS.PUBLIC_KEY.toString('hex')).toBe(
        '142375574d0a587166aae71ebe516437c4a28b73e3695c6ce1f7f9545da8ee6b',
      );
    });
  });
});
