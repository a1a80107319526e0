// IPv4 addresses and netmasks as vSphere checks them on a VMkernel adapter: a dotted quad, a
// contiguous netmask, and a host address that is neither the subnet's network nor its broadcast
// address. The parsing itself is the one the policy pack uses too (policies/ipv4.ts), re-exported
// here for the model's callers: one parser for every config key that holds an address.
import { formatSubnet, parseIpv4, prefixLength, subnetOf } from "../policies/ipv4";

export {
  IPV4_PATTERN,
  formatIpv4,
  formatSubnet,
  parseIpv4,
  prefixLength,
  subnetOf,
  type Subnet,
} from "../policies/ipv4";

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
