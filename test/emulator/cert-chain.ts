// Noise certificate chain signed by the emulator's own root key (root → intermediate → leaf = server static key).
import { Curve, proto } from '@whiskeysockets/baileys';

export interface KeyPair {
  public: Buffer;
  private: Buffer;
}

export interface CertAuthority {
  root: KeyPair;
  /** Encoded proto.CertChain sent as the Noise serverHello payload. */
  chain: Uint8Array;
  /** The server's static Noise key, certified by the leaf. */
  serverStatic: KeyPair;
}

const signDetails = (details: proto.CertChain.NoiseCertificate.IDetails, signer: KeyPair) => {
  const encoded = proto.CertChain.NoiseCertificate.Details.encode(details).finish();
  return { details: encoded, signature: Buffer.from(Curve.sign(signer.private, encoded)) };
};

export function createCertAuthority(saved?: CertAuthority): CertAuthority {
  if (saved) return saved;
  const root = Curve.generateKeyPair() as KeyPair;
  const intermediateKey = Curve.generateKeyPair() as KeyPair;
  const serverStatic = Curve.generateKeyPair() as KeyPair;
  const now = Math.floor(Date.now() / 1000);
  const validity = { notBefore: now - 3600, notAfter: now + 365 * 24 * 3600 };
  // issuerSerial 0 is what Baileys checks the intermediate against (WA_CERT_DETAILS.SERIAL).
  const intermediate = signDetails(
    { serial: 1, issuerSerial: 0, key: intermediateKey.public, ...validity },
    root,
  );
  const leaf = signDetails(
    { serial: 2, issuerSerial: 1, key: serverStatic.public, ...validity },
    intermediateKey,
  );
  const chain = proto.CertChain.encode({ intermediate, leaf }).finish();
  return { root, chain, serverStatic };
}
