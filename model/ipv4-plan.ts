// Reads a site's IP plan for its VM network (`networks.vmTraffic.ipv4`): the subnet, its gateway,
// DNS, where the handed-out addresses start and the VMs' explicit addresses. What can be checked
// from the plan alone is checked here; which VMs get which address is model/guest.ts.
import { IPV4_PATTERN, ObjReader, isObject } from "./config-reader";
import { Issues } from "./errors";
import { hostAddressProblem } from "./ipv4";
import { Ipv4Plan } from "./types";
import { formatSubnet, formatIpv4, parseCidr, parseIpv4, unusableReason } from "../policies/ipv4";

const IPV4_KEYS = ["cidr", "gateway", "dnsServers", "dnsSuffixes", "firstAddress", "addresses"];
/** A DNS domain: labels of letters, digits and '-', separated by dots. */
export const DOMAIN_PATTERN =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export function readIpv4Plan(issues: Issues, parent: ObjReader): Ipv4Plan | undefined {
  if (!parent.has("ipv4")) {
    issues.add(
      parent.path("ipv4"),
      undefined,
      "required: the VM network's IP plan {cidr, gateway, dnsServers, dnsSuffixes, firstAddress}; every Genesys VM gets a static address from it",
    );
    return undefined;
  }
  const r = ObjReader.open(issues, parent.path("ipv4"), parent.obj.ipv4, IPV4_KEYS);
  if (!r) return undefined;
  const cidrText = r.string("cidr", { describe: "the VM network in CIDR form, such as 10.20.10.0/24" });
  const parsed = cidrText === undefined ? undefined : parseCidr(cidrText);
  let cidr = parsed;
  if (cidrText !== undefined && !parsed) {
    issues.add(r.path("cidr"), cidrText, "an IPv4 network in CIDR form, such as 10.20.10.0/24");
  } else if (parsed && !parsed.exact) {
    issues.add(r.path("cidr"), cidrText, `the network address with its prefix: ${formatSubnet(parsed)}`);
    cidr = undefined;
  } else if (parsed && parsed.prefix > 30) {
    issues.add(
      r.path("cidr"),
      cidrText,
      "a prefix of at most /30: a /31 or /32 has no room for a gateway and VMs",
    );
    cidr = undefined;
  }
  const address = (field: string, what: string, gateway?: number): number | undefined => {
    const text = r.string(field, { pattern: IPV4_PATTERN, describe: `an IPv4 address: ${what}` });
    if (text === undefined || !cidr) return undefined;
    const n = parseIpv4(text)!;
    const why = unusableReason(cidr, n, gateway);
    if (why) {
      issues.add(r.path(field), text, `${what} inside ${formatSubnet(cidr)}, not ${why}`);
      return undefined;
    }
    return n;
  };
  const gateway = address("gateway", "the VM network's default gateway");
  const dnsServers = r.has("dnsServers")
    ? r.stringList("dnsServers", {
        minItems: 1,
        pattern: IPV4_PATTERN,
        describe: "IPv4 addresses of DNS servers",
      })
    : [];
  dnsServers?.forEach((ip, i) => {
    const problem = hostAddressProblem(ip);
    if (problem !== undefined)
      issues.add(`${r.path("dnsServers")}[${i}]`, ip, `a DNS server's address: ${problem}`);
  });
  const dnsSuffixes = r.has("dnsSuffixes")
    ? r.stringList("dnsSuffixes", {
        minItems: 1,
        pattern: DOMAIN_PATTERN,
        describe: "DNS domains, such as genesys.example.com",
      })
    : [];
  let first: number | undefined;
  if (r.has("firstAddress")) first = address("firstAddress", "the first address handed to a VM", gateway);
  else if (cidr) first = cidr.network + 1;
  const addresses = readAddresses(issues, r);
  if (
    !cidrText ||
    !cidr ||
    gateway === undefined ||
    !dnsServers ||
    !dnsSuffixes ||
    first === undefined ||
    !addresses
  )
    return undefined;
  return {
    cidr: formatSubnet(cidr),
    prefix: cidr.prefix,
    gateway: formatIpv4(gateway),
    dnsServers,
    dnsSuffixes,
    firstAddress: formatIpv4(first),
    addresses,
  };
}

/** `addresses`: VM local name -> IPv4. Which names exist and where the addresses fall is checked later. */
function readAddresses(issues: Issues, r: ObjReader): Record<string, string> | undefined {
  if (!r.has("addresses")) return {};
  const raw = r.obj.addresses;
  if (!isObject(raw)) {
    issues.add(r.path("addresses"), raw, "a map of VM names (such as sip-primary, mcp-1) to IPv4 addresses");
    return undefined;
  }
  const out: Record<string, string> = {};
  let ok = true;
  for (const [vm, ip] of Object.entries(raw)) {
    if (typeof ip !== "string" || !IPV4_PATTERN.test(ip)) {
      issues.add(`${r.path("addresses")}.${vm}`, ip, "an IPv4 address, such as 10.20.10.40");
      ok = false;
    } else out[vm] = ip;
  }
  return ok ? out : undefined;
}
