// Which Host headers the API accepts: local names always; on the LAN also this machine's own addresses
// and name — never an arbitrary host, which is what a DNS-rebinding page would send.
import { hostname, networkInterfaces } from 'node:os';

export const isWildcardHost = (host: string) => host === '0.0.0.0' || host === '::';

/** This machine's non-internal IPv4 addresses (what other office PCs type). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);
}

export function allowedHostsFor(host: string): string[] {
  const local = ['127.0.0.1', 'localhost', '::1'];
  if (!isWildcardHost(host)) return [...new Set([...local, host.toLowerCase()])];
  const name = hostname().toLowerCase();
  const all = Object.values(networkInterfaces())
    .flat()
    .filter((net) => !!net)
    .map((net) => net!.address.toLowerCase());
  return [...new Set([...local, ...all, name, `${name}.local`])];
}
