// IPv4 addresses and netmasks as vSphere checks them on a VMkernel adapter: a dotted quad, a
// contiguous netmask, and a host address that is neither the subnet's network nor its broadcast
// address. Pure functions, shared by every config key that holds an address.

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
/** A dotted-quad IPv4 address (no leading zeros, each part 0 to 255). */
export const IPV4_PATTERN = new RegExp(`^(${OCTET}\\.){3}${OCTET}$`);

/** The address as a 32-bit unsigned number; undefined when it is not a dotted quad. */
export function parseIpv4(text: string): number | undefined {
  if (!IPV4_PATTERN.test(text)) return undefined;
  return text.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}

/** The prefix length of a contiguous netmask (255.255.255.0 -> 24); undefined otherwise. */
export function prefixLength(netmask: string): number | undefined {
  const n = parseIpv4(netmask);
  if (n === undefined) return undefined;
  // Contiguous: the inverted mask plus one is a power of two (all ones, then all zeros).
  const inverted = ~n >>> 0;
  if ((inverted & (inverted + 1)) !== 0) return undefined;
  return 32 - Math.log2(inverted + 1);
}

/** What a netmask must be, for messages. */
export const NETMASK_RULE =
  "a contiguous IPv4 netmask from 128.0.0.0 (/1) to 255.255.255.252 (/30), such as 255.255.255.0";

/** Why `netmask` is not a usable VMkernel netmask, or undefined when it is one. */
export function netmaskProblem(netmask: string): string | undefined {
  const prefix = prefixLength(netmask);
  if (prefix === undefined) return NETMASK_RULE;
  // /31 and /32 leave no room for a network of hosts; /0 is no subnet at all.
  if (prefix < 1 || prefix > 30) return NETMASK_RULE;
  return undefined;
}

export interface Subnet {
  network: number;
  broadcast: number;
  prefix: number;
}

export function subnetOf(address: number, prefix: number): Subnet {
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  const network = (address & mask) >>> 0;
  return { network, broadcast: (network | (~mask >>> 0)) >>> 0, prefix };
}

export function formatSubnet(s: Subnet): string {
  return `${formatIpv4(s.network)}/${s.prefix}`;
}

/**
 * Why `ip` cannot be a host's address (with `prefix`, when the netmask is known), or undefined.
 * vSphere refuses the unspecified address, loopback, multicast and reserved addresses, and the
 * subnet's own network and broadcast addresses.
 */
export function hostAddressProblem(ip: string, prefix?: number): string | undefined {
  const n = parseIpv4(ip);
  if (n === undefined) return "an IPv4 address such as 10.20.30.11";
  const first = n >>> 24;
  if (n === 0) return "a host address, not 0.0.0.0";
  if (first === 0 || first === 127) return "a host address, not one of 0.0.0.0/8 or loopback 127.0.0.0/8";
  if (first >= 224) return "a unicast host address, not multicast (224.0.0.0/4) or reserved (240.0.0.0/4)";
  if (prefix !== undefined) {
    const s = subnetOf(n, prefix);
    if (n === s.network) return `a host address, not the network address of its subnet ${formatSubnet(s)}`;
    if (n === s.broadcast)
      return `a host address, not the broadcast address of its subnet ${formatSubnet(s)}`;
  }
  return undefined;
}
