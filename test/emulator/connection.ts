// One companion WebSocket: Noise handshake, then encrypted binary nodes in both directions.
import { type BinaryNode, decodeBinaryNode, encodeBinaryNode, proto } from '@whiskeysockets/baileys';
import type { WebSocket } from 'ws';
import type { CertAuthority } from './cert-chain.js';
import type { LinkedDevice } from './linked-device.js';
import { encodeFrame, FrameReader, NoiseResponder, type NoiseTransport } from './noise.js';

export interface ConnectionHooks {
  onClientPayload(
    conn: DeviceConnection,
    payload: proto.ClientPayload,
    noiseKey: Buffer,
  ): Promise<void> | void;
  onNode(conn: DeviceConnection, node: BinaryNode): Promise<void> | void;
  onClose(conn: DeviceConnection): void;
  /** Extra delay applied to every outgoing node (the latency fault). */
  latencyMs(): number;
}

let nextConnectionId = 1;

export class DeviceConnection {
  readonly id = nextConnectionId++;
  device?: LinkedDevice;
  noiseKey?: Buffer;
  /** Registration data of an unpaired client, kept until it is linked. */
  pairingData?: proto.ClientPayload.IDevicePairingRegistrationData;
  closed = false;
  /** Messages and receipts sent on this connection that the device has not acked yet (linked-device.ts). */
  readonly unacked = new Map<string, BinaryNode>();
  private readonly reader = new FrameReader();
  private responder?: NoiseResponder = new NoiseResponder();
  private transport?: NoiseTransport;
  /** Serializes inbound processing so nodes are handled in arrival order. */
  private inbound: Promise<void> = Promise.resolve();
  /** Serializes outbound writes so latency never reorders nodes (transport IVs are sequential). */
  private outbound: Promise<void> = Promise.resolve();
  private readonly replyWaiters = new Map<string, (node: BinaryNode) => void>();

  constructor(
    private readonly ws: WebSocket,
    private readonly ca: CertAuthority,
    private readonly hooks: ConnectionHooks,
  ) {
    ws.on('message', (data: Buffer) => {
      for (const frame of this.reader.push(Buffer.from(data))) {
        this.inbound = this.inbound.then(() => this.onFrame(frame)).catch((err) => this.fail(err));
      }
    });
    ws.on('close', () => {
      this.closed = true;
      hooks.onClose(this);
    });
    ws.on('error', () => undefined);
  }

  private async onFrame(frame: Buffer) {
    if (this.closed) return;
    if (this.transport) {
      const node = await decodeBinaryNode(this.transport.decrypt(frame));
      await this.hooks.onNode(this, node);
      return;
    }
    const responder = this.responder!;
    const hello = proto.HandshakeMessage.decode(frame);
    if (hello.clientHello?.ephemeral) {
      const serverHello = responder.respondToHello(
        hello.clientHello.ephemeral,
        this.ca.serverStatic,
        this.ca.chain,
      );
      this.ws.send(encodeFrame(proto.HandshakeMessage.encode({ serverHello }).finish()));
      return;
    }
    if (hello.clientFinish?.static && hello.clientFinish.payload) {
      const { clientStatic, payload } = responder.readFinish(
        hello.clientFinish.static,
        hello.clientFinish.payload,
      );
      this.transport = responder.split();
      this.responder = undefined;
      this.noiseKey = clientStatic;
      await this.hooks.onClientPayload(this, proto.ClientPayload.decode(payload), clientStatic);
      return;
    }
    throw new Error('unexpected handshake message');
  }

  /** Encrypts and writes a node; resolves once it has been handed to the socket. */
  sendNode(node: BinaryNode): Promise<void> {
    const delay = this.hooks.latencyMs();
    const write = async () => {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (this.closed || !this.transport) return;
      this.ws.send(encodeFrame(this.transport.encrypt(encodeBinaryNode(node))));
    };
    this.outbound = this.outbound.then(write, write);
    return this.outbound;
  }

  /** Sends an iq to the device and resolves with its result/error iq. */
  query(node: BinaryNode, timeoutMs = 20_000): Promise<BinaryNode> {
    const id = node.attrs.id;
    return new Promise<BinaryNode>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.replyWaiters.delete(id);
        reject(new Error(`device did not answer iq ${id}`));
      }, timeoutMs);
      timer.unref();
      this.replyWaiters.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.sendNode(node).catch(reject);
    });
  }

  /** Routes an iq result/error to a pending query(); false when nobody waits for it. */
  resolveReply(node: BinaryNode): boolean {
    const waiter = this.replyWaiters.get(node.attrs.id);
    if (!waiter) return false;
    this.replyWaiters.delete(node.attrs.id);
    waiter(node);
    return true;
  }

  /** Sends a stream:error and closes, as WhatsApp does for 515, logout or replacement. */
  async sendStreamErrorAndClose(code: string, child?: BinaryNode) {
    await this.sendNode({ tag: 'stream:error', attrs: { code }, content: child ? [child] : undefined });
    this.close();
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.ws.close();
  }

  /** Abrupt drop without a close handshake (the "connection lost" fault). */
  drop() {
    this.closed = true;
    this.ws.terminate();
  }

  private fail(err: unknown) {
    if (process.env.EMULATOR_DEBUG) console.error('[emulator] connection error', err);
    this.drop();
  }
}
