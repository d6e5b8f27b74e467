// A bare companion speaking the wire protocol with Baileys' own noise handler (no Baileys socket), so a
// benchmark can push pre-encrypted stanzas and measure the emulator alone.
import {
  type AuthenticationCreds,
  type BinaryNode,
  Curve,
  encodeBinaryNode,
  makeNoiseHandler,
  NOISE_WA_HEADER,
  proto,
} from '@whiskeysockets/baileys';
import WebSocket from 'ws';
import { silentLogger } from './silent-logger.js';

export interface RawClient {
  send(node: BinaryNode): void;
  /** Encrypts a node into a wire frame now, to be written later with sendFrame (in the same order). */
  encode(node: BinaryNode): Buffer;
  sendFrame(frame: Buffer): void;
  /** Stops decrypting what the server sends (acks, receipts), so a benchmark measures the server only. */
  ignoreIncoming(): void;
  /** Resolves with the next received node matching the predicate. */
  next(predicate: (node: BinaryNode) => boolean, timeoutMs?: number): Promise<BinaryNode>;
  close(): void;
}

/** Logs in an already linked device (its creds.me and noise key) and waits for `success`. */
export async function connectRawClient(waUrl: string, creds: AuthenticationCreds): Promise<RawClient> {
  const ephemeral = Curve.generateKeyPair();
  const noise = makeNoiseHandler({ keyPair: ephemeral, NOISE_HEADER: NOISE_WA_HEADER, logger: silentLogger });
  const ws = new WebSocket(waUrl);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const frames: (Uint8Array | BinaryNode)[] = [];
  const waiters: (() => void)[] = [];
  let ignoring = false;
  ws.on('message', (data: Buffer) => {
    if (ignoring) return;
    void noise.decodeFrame(data, (frame) => {
      frames.push(frame as Uint8Array | BinaryNode);
      for (const w of waiters.splice(0)) w();
    });
  });
  const take = async <T extends Uint8Array | BinaryNode>(
    match: (f: Uint8Array | BinaryNode) => f is T,
    timeoutMs = 10_000,
  ): Promise<T> => {
    const started = Date.now();
    for (;;) {
      const index = frames.findIndex(match);
      if (index >= 0) return frames.splice(index, 1)[0] as T;
      if (Date.now() - started > timeoutMs) throw new Error('raw client: timed out waiting for a frame');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  const isBytes = (f: Uint8Array | BinaryNode): f is Uint8Array => f instanceof Uint8Array;
  ws.send(
    noise.encodeFrame(
      proto.HandshakeMessage.encode({ clientHello: { ephemeral: ephemeral.public } }).finish(),
    ),
  );
  const serverHello = proto.HandshakeMessage.decode(await take(isBytes));
  const keyEnc = noise.processHandshake(serverHello, creds.noiseKey);
  const [user, device] = creds.me!.id.split('@')[0].split(':');
  const payload = proto.ClientPayload.encode({
    username: Number(user),
    device: Number(device),
    passive: true,
    pull: true,
  }).finish();
  ws.send(
    noise.encodeFrame(
      proto.HandshakeMessage.encode({
        clientFinish: { static: keyEnc, payload: noise.encrypt(payload) },
      }).finish(),
    ),
  );
  await noise.finishInit();
  const isNode =
    (predicate: (n: BinaryNode) => boolean) =>
    (f: Uint8Array | BinaryNode): f is BinaryNode =>
      !(f instanceof Uint8Array) && predicate(f);
  await take(isNode((n) => n.tag === 'success'));
  return {
    send: (node) => ws.send(noise.encodeFrame(encodeBinaryNode(node))),
    encode: (node) => noise.encodeFrame(encodeBinaryNode(node)),
    sendFrame: (frame) => ws.send(frame),
    ignoreIncoming: () => {
      ignoring = true;
    },
    next: (predicate, timeoutMs) => take(isNode(predicate), timeoutMs),
    close: () => ws.close(),
  };
}
