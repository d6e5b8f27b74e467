// One emulated Signal identity (a phone's primary device): Baileys creds + in-memory keys + Baileys' libsignal repository.
import {
  type AuthenticationCreds,
  type BinaryNode,
  type SignalDataTypeMap,
  type SignalKeyStoreWithTransaction,
  Curve,
  encodeBigEndian,
  initAuthCreds,
  KEY_BUNDLE_TYPE,
  xmppPreKey,
  xmppSignedPreKey,
} from '@whiskeysockets/baileys';
import { makeLibSignalRepository } from '@whiskeysockets/baileys/lib/Signal/libsignal.js';
import { silentLogger } from './silent-logger.js';

type Repository = ReturnType<typeof makeLibSignalRepository>;

export interface SignalIdentity {
  creds: AuthenticationCreds;
  keys: SignalKeyStoreWithTransaction;
  repo: Repository;
}

/** A plain map-backed key store; libsignal serializes per address itself, so transactions just run the work. */
const storeData = new WeakMap<SignalKeyStoreWithTransaction, Map<string, Map<string, unknown>>>();

/** Plain-object copy of a memory store's contents (for saving state). */
export function exportKeys(store: SignalKeyStoreWithTransaction): Record<string, Record<string, unknown>> {
  const data = storeData.get(store);
  return Object.fromEntries([...(data ?? [])].map(([type, b]) => [type, Object.fromEntries(b)]));
}

export function makeMemoryKeyStore(
  initial: Record<string, Record<string, unknown>> = {},
): SignalKeyStoreWithTransaction {
  const data = new Map<string, Map<string, unknown>>(
    Object.entries(initial).map(([type, entries]) => [type, new Map(Object.entries(entries))]),
  );
  const bucket = (type: string) => {
    let b = data.get(type);
    if (!b) data.set(type, (b = new Map()));
    return b;
  };
  const store: SignalKeyStoreWithTransaction = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const b = bucket(type);
      const out: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const id of ids) {
        const v = b.get(id);
        if (v !== undefined) out[id] = v as SignalDataTypeMap[T];
      }
      return out;
    },
    async set(update) {
      for (const [type, entries] of Object.entries(update)) {
        const b = bucket(type);
        for (const [id, value] of Object.entries(entries ?? {})) {
          if (value === null || value === undefined) b.delete(id);
          else b.set(id, value);
        }
      }
    },
    async clear() {
      data.clear();
    },
    isInTransaction: () => false,
    transaction: async <T>(work: () => Promise<T>) => work(),
  };
  storeData.set(store, data);
  return store;
}

export function createSignalIdentity(saved?: {
  creds: AuthenticationCreds;
  keys: Record<string, Record<string, unknown>>;
}): SignalIdentity {
  const creds = saved?.creds ?? initAuthCreds();
  const keys = makeMemoryKeyStore(saved?.keys);
  const repo = makeLibSignalRepository({ creds, keys }, silentLogger, async () => []);
  return { creds, keys, repo };
}

/** Mints a fresh one-time prekey and returns the `<user>` bundle node Baileys' parseAndInjectE2ESessions reads. */
export async function makePreKeyBundleNode(identity: SignalIdentity, jid: string): Promise<BinaryNode> {
  const id = identity.creds.nextPreKeyId++;
  const pair = Curve.generateKeyPair();
  await identity.keys.set({ 'pre-key': { [id]: pair } });
  return {
    tag: 'user',
    attrs: { jid },
    content: [
      { tag: 'registration', attrs: {}, content: encodeBigEndian(identity.creds.registrationId) },
      { tag: 'type', attrs: {}, content: KEY_BUNDLE_TYPE },
      { tag: 'identity', attrs: {}, content: identity.creds.signedIdentityKey.public },
      xmppSignedPreKey(identity.creds.signedPreKey),
      xmppPreKey(pair, id),
    ],
  };
}
