// Which addresses a media link may be downloaded from. Link-local and cloud metadata addresses never: on a cloud
// server (`npm run serve`) http://169.254.169.254/ hands out the machine's credentials, and an API caller's URL
// must not reach it (SSRF, issue 19). This computer and the LAN stay allowed by default — office servers make
// invoices there — unless Settings turn them off. Checked against the address actually connected to, on every
// redirect hop (fetch-media.ts), so a DNS name that resolves (or re-resolves) to such an address is caught too.
import { BlockList, isIP } from 'node:net';
import { errorTexts } from '../../../shared/error-texts';

const never = new BlockList();
never.addSubnet('0.0.0.0', 8, 'ipv4'); // "this network"; 0.0.0.0 reaches the local machine on Linux
never.addSubnet('169.254.0.0', 16, 'ipv4'); // link-local, AWS/GCP/Azure metadata 169.254.169.254
never.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud metadata
never.addSubnet('224.0.0.0', 4, 'ipv4'); // multicast
never.addSubnet('240.0.0.0', 4, 'ipv4'); // reserved, broadcast
never.addAddress('::', 'ipv6');
never.addSubnet('fe80::', 10, 'ipv6'); // link-local
never.addAddress('fd00:ec2::254', 'ipv6'); // AWS metadata over IPv6
never.addSubnet('ff00::', 8, 'ipv6'); // multicast

const local = new BlockList();
local.addSubnet('127.0.0.0', 8, 'ipv4');
local.addSubnet('10.0.0.0', 8, 'ipv4');
local.addSubnet('172.16.0.0', 12, 'ipv4');
local.addSubnet('192.168.0.0', 16, 'ipv4');
local.addSubnet('100.64.0.0', 10, 'ipv4'); // carrier-grade NAT, also Tailscale
local.addAddress('::1', 'ipv6');
local.addSubnet('fc00::', 7, 'ipv6'); // unique local

/** Why an address is refused, as a reason of the text table (it completes "The url could not be downloaded: …"). */
export type RefusedReason = 'media_reason_address_never' | 'media_reason_address_local';
/** The English words of the reasons, without naming the address. */
export const NEVER_DOWNLOADED = errorTexts.media_reason_address_never;
export const LOCAL_NOT_ALLOWED = errorTexts.media_reason_address_local;

/** Why an address may not be downloaded from, or null. IPv4-mapped IPv6 (::ffff:a.b.c.d) counts as IPv4. */
export function refusedAddressReason(address: string, allowLocal: boolean): RefusedReason | null {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain)?.[1];
  const ip = mapped ?? plain;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (never.check(ip, family)) return 'media_reason_address_never';
  if (!allowLocal && local.check(ip, family)) return 'media_reason_address_local';
  return null;
}

/** The reason in English words, or null. */
export function refusedAddress(address: string, allowLocal: boolean): string | null {
  const reason = refusedAddressReason(address, allowLocal);
  return reason && errorTexts[reason];
}

/** For a URL whose host is an IP literal (no DNS lookup happens for it); names are checked at lookup. */
export function refusedLiteralHost(url: URL, allowLocal: boolean): RefusedReason | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) === 0 ? null : refusedAddressReason(host, allowLocal);
}
