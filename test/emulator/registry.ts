// Phone registry: numbers ↔ LIDs, lookup of phones and linked devices by any jid form.
import { jidDecode } from '@whiskeysockets/baileys';
import type { EmulatorContext } from './context.js';
import type { LinkedDevice } from './linked-device.js';
import { Phone } from './phone.js';

export interface DeviceTarget {
  phone: Phone;
  /** 0 = the phone itself. */
  deviceId: number;
  device?: LinkedDevice;
}

export class PhoneRegistry {
  private readonly byNumber = new Map<string, Phone>();
  private readonly byLid = new Map<string, Phone>();
  private nextLid = 100000000000001;

  constructor(
    private readonly ctx: () => EmulatorContext,
    readonly autoPhones: boolean,
  ) {}

  /** Creates a phone (idempotent); `lid` only when restoring saved state. */
  create(number: string, name?: string, lid?: string): Phone {
    const clean = number.replace(/\D/g, '');
    if (!clean) throw new Error(`invalid phone number: ${number}`);
    const existing = this.byNumber.get(clean);
    if (existing) return existing;
    if (lid) this.nextLid = Math.max(this.nextLid, Number(lid) + 1);
    const phone = new Phone(this.ctx, clean, lid ?? String(this.nextLid++), name ?? `Phone ${clean}`);
    this.byNumber.set(clean, phone);
    this.byLid.set(phone.lid, phone);
    return phone;
  }

  get(number: string): Phone | undefined {
    return this.byNumber.get(number.replace(/\D/g, ''));
  }

  list(): Phone[] {
    return [...this.byNumber.values()];
  }

  /** Finds the phone behind a PN/LID jid or bare number; with autoPhones, unknown PNs get a phone on first use. */
  resolve(jidOrNumber: string): Phone | undefined {
    const decoded = jidOrNumber.includes('@')
      ? jidDecode(jidOrNumber)
      : { user: jidOrNumber, server: 's.whatsapp.net' };
    if (!decoded?.user) return undefined;
    if (decoded.server === 'lid') return this.byLid.get(decoded.user);
    if (decoded.server !== 's.whatsapp.net') return undefined;
    const found = this.get(decoded.user);
    if (found || !this.autoPhones || !/^\d{6,15}$/.test(decoded.user)) return found;
    return this.create(decoded.user);
  }

  /** Resolves a device-level jid (`user[:device]@server`) to the phone and, for companions, the linked device. */
  resolveDevice(jid: string): DeviceTarget | undefined {
    const decoded = jidDecode(jid);
    const phone = this.resolve(jid);
    if (!phone || !decoded) return undefined;
    const deviceId = decoded.device ?? 0;
    if (deviceId === 0) return { phone, deviceId };
    const device = phone.devices.get(deviceId);
    return device ? { phone, deviceId, device } : undefined;
  }

  /** Every linked device of every phone. */
  allDevices(): LinkedDevice[] {
    return this.list().flatMap((p) => [...p.devices.values()]);
  }
}
