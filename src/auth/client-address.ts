// The client's address, as login throttling counts it. X-Forwarded-For is anyone's to write, so it is
// read only when the socket peer is one of TRUSTED_PROXIES, and from the right: each proxy appends
// the address it was reached from, so the right-most entry that is not one of ours is the first one
// no proxy of ours vouches for. Anything left of it is the client's own word.
import { BlockList, isIP } from "node:net";

export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trustedProxies: string[]): string {
  const trusted = blockListOf(trustedProxies);
  const isTrusted = (a: string) => isIP(a) !== 0 && trusted.check(a, isIP(a) === 4 ? "ipv4" : "ipv6");
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  let address = peer ?? "unknown";
  while (hops.length > 0 && isTrusted(address)) address = hops.pop()!;
  // One key per client, whichever way its socket spells an IPv4 address.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

// "10.0.0.1" or "10.0.0.0/8" (IPv6 alike); config.ts has already refused anything else.
export function isAddressOrRange(entry: string): boolean {
  const [ip, bits, extra] = entry.split("/");
  const max = isIP(ip!) === 4 ? 32 : isIP(ip!) === 6 ? 128 : -1;
  return max > 0 && extra === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= max));
}

function blockListOf(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [ip, bits] = entry.split("/");
    const family = isIP(ip!) === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(ip!, family);
    else list.addSubnet(ip!, Number(bits), family);
  }
  return list;
}
