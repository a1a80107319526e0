// IPv4 addresses and subnets as plain numbers: parsing, membership and the reserved addresses of a
// subnet. Pure, with no dependency, so that the program's config validation and the policy pack
// (which must stand alone when published, and so cannot import model/) share one implementation.

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
 * Reads `a.b.c.d/p`. `exact` is false when the address has host bits set (10.0.0.5/24): the subnet
 * is still returned (10.0.0.0/24), so a caller can name the network address that was meant.
 */
export function parseCidr(text: string): (Subnet & { exact: boolean }) | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const addr = parseIpv4(m[1]);
  const prefix = Number(m[2]);
  if (addr === undefined || prefix > 32) return undefined;
  const s = subnetOf(addr, prefix);
  return { ...s, exact: s.network === addr };
}

export function contains(s: Subnet, addr: number): boolean {
  return addr >= s.network && addr <= s.broadcast;
}

/** Two subnets share at least one address. */
export function overlaps(a: Subnet, b: Subnet): boolean {
  return contains(a, b.network) || contains(b, a.network);
}

/**
 * Why an address cannot be a VM's in this subnet, or undefined when it can: outside it, or its
 * network address, broadcast address or gateway.
 */
export function unusableReason(s: Subnet, addr: number, gateway?: number): string | undefined {
  if (!contains(s, addr)) return `outside ${formatSubnet(s)}`;
  if (addr === s.network) return `the network address of ${formatSubnet(s)}`;
  if (addr === s.broadcast) return `the broadcast address of ${formatSubnet(s)}`;
  if (gateway !== undefined && addr === gateway) return "the gateway's address";
  return undefined;
}
