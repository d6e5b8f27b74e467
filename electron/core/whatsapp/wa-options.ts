// Where Baileys connects and what it trusts: the real WhatsApp by default, the local emulator in tests/demos.
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { DEFAULT_CONNECTION_CONFIG, WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import { Agent as UndiciAgent, type Dispatcher } from 'undici';

export interface WaOptions {
  /** WebSocket URL (--wa-url / WASENDER_WA_URL); default WhatsApp's. */
  waUrl?: string;
  /** Extra CA certificate file for the media host (--wa-ca), e.g. the emulator's self-signed cert. */
  waCaFile?: string;
  /** Base64 root public key of the emulator's noise certificate chain (--wa-root-key). */
  waRootKey?: string;
}

export const DEFAULT_WA_URL = String(DEFAULT_CONNECTION_CONFIG.waWebSocketUrl);

export function isCustomWaUrl(options: WaOptions): boolean {
  return !!options.waUrl && options.waUrl !== DEFAULT_WA_URL;
}

/** HTTPS agent for media uploads that also trusts --wa-ca (Baileys uploads with node:https under Node). */
export function mediaAgent(options: WaOptions): Agent | undefined {
  if (!options.waCaFile) return undefined;
  return new Agent({ ca: [...rootCertificates, readFileSync(options.waCaFile, 'utf8')], keepAlive: true });
}

/**
 * Dispatcher for media downloads: Baileys downloads with fetch (Utils/messages-media.js getHttpStream), which
 * takes no https Agent. It trusts --wa-ca like mediaAgent and gives up on a media host that stops answering.
 */
export function mediaDispatcher(options: WaOptions, timeoutMs = 30_000): Dispatcher {
  const ca = options.waCaFile ? [...rootCertificates, readFileSync(options.waCaFile, 'utf8')] : undefined;
  return new UndiciAgent({ connect: ca ? { ca } : {}, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
}

/**
 * Test-only hook: trust the emulator's own noise root key. Only with a custom --wa-url (never against
 * the real WhatsApp, whose hard-coded root stays in place in a normal install).
 */
export function applyEmulatorTrust(options: WaOptions): boolean {
  if (!options.waRootKey || !isCustomWaUrl(options)) return false;
  const key = Buffer.from(options.waRootKey, 'base64');
  if (key.length !== WA_CERT_DETAILS.PUBLIC_KEY.length)
    throw new Error('--wa-root-key must be a 32-byte base64 key');
  WA_CERT_DETAILS.PUBLIC_KEY.set(key);
  return true;
}
