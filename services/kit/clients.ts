// Who a rate limit counts: one client is an IPv4 address or an IPv6 /64.
import ipaddr from 'ipaddr.js';

/**
 * The client a rate limit counts: an IPv4 address, or the /64 of an IPv6 address (one host can
 * pick any address of its /64), IPv4-mapped IPv6 as IPv4; anything else as written (64 chars).
 */
export function clientBucket(address: string): string {
  const raw = address.trim();
  if (!ipaddr.isValid(raw)) return raw.slice(0, 64);
  let a = ipaddr.parse(raw);
  if (a instanceof ipaddr.IPv6 && a.isIPv4MappedAddress()) a = a.toIPv4Address();
  if (a instanceof ipaddr.IPv4) return a.toString();
  return `${a.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`;
}
