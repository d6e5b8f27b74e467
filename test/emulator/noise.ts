// Noise XX responder (server side of Baileys' makeNoiseHandler) plus the u24 frame codec.
import {
  aesDecryptGCM,
  aesEncryptGCM,
  Curve,
  hkdf,
  NOISE_MODE,
  NOISE_WA_HEADER,
  sha256,
} from '@whiskeysockets/baileys';
import type { KeyPair } from './cert-chain.js';

const ivFor = (counter: number) => {
  const iv = Buffer.alloc(12);
  iv.writeUInt32BE(counter, 8);
  return iv;
};

/** Transport keys after the handshake; each direction counts its own IVs. */
export class NoiseTransport {
  private readCounter = 0;
  private writeCounter = 0;
  constructor(
    private readonly encKey: Buffer,
    private readonly decKey: Buffer,
  ) {}
  encrypt(plaintext: Uint8Array): Buffer {
    return aesEncryptGCM(plaintext, this.encKey, ivFor(this.writeCounter++), Buffer.alloc(0));
  }
  decrypt(ciphertext: Uint8Array): Buffer {
    return aesDecryptGCM(ciphertext, this.decKey, ivFor(this.readCounter++), Buffer.alloc(0));
  }
}

/** Symmetric handshake state; mirrors the client so both sides derive the same keys. */
export class NoiseResponder {
  private hash: Buffer;
  private salt: Buffer;
  private key: Buffer;
  private counter = 0;
  readonly ephemeral: KeyPair = Curve.generateKeyPair() as KeyPair;

  constructor() {
    const mode = Buffer.from(NOISE_MODE);
    this.hash = mode.length === 32 ? mode : sha256(mode);
    this.salt = this.hash;
    this.key = this.hash;
    this.authenticate(NOISE_WA_HEADER);
  }
  authenticate(data: Uint8Array) {
    this.hash = sha256(Buffer.concat([this.hash, data]));
  }
  mixIntoKey(data: Uint8Array) {
    const out = Buffer.from(hkdf(Buffer.from(data), 64, { salt: this.salt, info: '' }));
    this.salt = out.subarray(0, 32);
    this.key = out.subarray(32);
    this.counter = 0;
  }
  encrypt(plaintext: Uint8Array): Buffer {
    const result = aesEncryptGCM(plaintext, this.key, ivFor(this.counter++), this.hash);
    this.authenticate(result);
    return result;
  }
  decrypt(ciphertext: Uint8Array): Buffer {
    const result = aesDecryptGCM(ciphertext, this.key, ivFor(this.counter++), this.hash);
    this.authenticate(ciphertext);
    return result;
  }
  /** Builds serverHello fields for the client's ephemeral key. */
  respondToHello(clientEphemeral: Uint8Array, serverStatic: KeyPair, certChain: Uint8Array) {
    this.authenticate(clientEphemeral);
    this.authenticate(this.ephemeral.public);
    this.mixIntoKey(Curve.sharedKey(this.ephemeral.private, clientEphemeral));
    const staticEnc = this.encrypt(serverStatic.public);
    this.mixIntoKey(Curve.sharedKey(serverStatic.private, clientEphemeral));
    const payloadEnc = this.encrypt(certChain);
    return { ephemeral: this.ephemeral.public, static: staticEnc, payload: payloadEnc };
  }
  /** Processes clientFinish; returns the client's static (noise) key and the ClientPayload bytes. */
  readFinish(staticEnc: Uint8Array, payloadEnc: Uint8Array) {
    const clientStatic = this.decrypt(staticEnc);
    this.mixIntoKey(Curve.sharedKey(this.ephemeral.private, clientStatic));
    const payload = this.decrypt(payloadEnc);
    return { clientStatic, payload };
  }
  /** Splits into transport keys; the client writes with the first half, so we read with it. */
  split(): NoiseTransport {
    const out = Buffer.from(hkdf(Buffer.alloc(0), 64, { salt: this.salt, info: '' }));
    return new NoiseTransport(out.subarray(32), out.subarray(0, 32));
  }
}

/** Accumulates WebSocket chunks and yields complete u24-length frames; strips the WA intro once. */
export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);
  private sawIntro = false;
  push(chunk: Buffer): Buffer[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    if (!this.sawIntro) {
      if (this.buffer.length < 4) return [];
      if (this.buffer.subarray(0, 2).toString() === 'ED') {
        const routingLen = (this.buffer[4] << 16) | this.buffer.readUInt16BE(5);
        this.buffer = this.buffer.subarray(7 + routingLen);
      }
      this.buffer = this.buffer.subarray(NOISE_WA_HEADER.length);
      this.sawIntro = true;
    }
    const frames: Buffer[] = [];
    while (this.buffer.length >= 3) {
      const size = (this.buffer[0] << 16) | (this.buffer[1] << 8) | this.buffer[2];
      if (this.buffer.length < size + 3) break;
      frames.push(this.buffer.subarray(3, size + 3));
      this.buffer = this.buffer.subarray(size + 3);
    }
    return frames;
  }
}

export const encodeFrame = (data: Uint8Array): Buffer => {
  const frame = Buffer.allocUnsafe(3 + data.length);
  frame[0] = (data.length >>> 16) & 0xff;
  frame[1] = (data.length >>> 8) & 0xff;
  frame[2] = data.length & 0xff;
  frame.set(data, 3);
  return frame;
};
