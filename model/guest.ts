// Each VM's identity in its guest: a computer name and a static address on its site's VM network.
// Names follow one documented pattern unless a site overrides one; addresses come from the site's
// IP plan in VM order unless given. Checked across the whole stack: names and addresses unique,
// every address inside its network and clear of what the network reserves.
import { ROLE_SLUG } from "./defaults";
import { duplicatesOf } from "./config-reader";
import { Issues } from "./errors";
import { localName } from "./names";
import { GenesysVm, GuestIdentity, GuestOs, Platform, Role, SiteGuest } from "./types";
import { SiteSpec } from "./site-config";
import { formatIpv4, overlaps, parseCidr, parseIpv4, unusableReason } from "../policies/ipv4";

/** A VM before its guest identity and host are chosen. */
export type Draft = Omit<GenesysVm, "intendedHost" | "guest">;

/** NetBIOS: 15 characters at most; letters, digits and '-', not at either end; not only digits. */
const NETBIOS_NAME = /^(?![0-9]+$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,13}[A-Za-z0-9])?$/;
const NETBIOS_RULE =
  "1 to 15 letters, digits or '-' (a Windows NetBIOS name), not starting or ending with '-', not only digits";
/** A Linux host name: one DNS label (RFC 1123), 63 characters at most. */
const HOST_LABEL = /^(?![0-9]+$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const HOST_LABEL_RULE =
  "1 to 63 letters, digits or '-' (a host name), not starting or ending with '-', not only digits";

/**
 * The derived computer name: <prefix>-<role>-<P|B|n>, e.g. LAB-SIP-P, LAB-SIP-B, LAB-MCP-2: at most
 * 7 + 1 + 4 + 1 + 2 = 15 characters, a valid NetBIOS name. Windows names in capitals, Linux host
 * names in small letters, as each system shows them.
 */
export function derivedComputerName(
  vm: Pick<Draft, "role" | "tier" | "name" | "site">,
  prefix: string,
  os: GuestOs,
): string {
  const code =
    vm.tier === "primary" ? "P" : vm.tier === "backup" ? "B" : (/-(\d+)$/.exec(localName(vm))?.[1] ?? "1");
  const name = `${prefix}-${ROLE_SLUG[vm.role]}-${code}`;
  return os === "windows" ? name.toUpperCase() : name.toLowerCase();
}

interface SiteIn {
  spec: SiteSpec;
  key: string;
  drafts: Draft[];
}

/**
 * Gives every VM of every site its guest identity, or records why it cannot. Returns the VMs of each
 * site with their identity (in the order given) when nothing was wrong.
 */
export function assignGuests(
  issues: Issues,
  sites: SiteIn[],
  guestOs: Record<Role, GuestOs>,
  platform: Platform,
): Omit<GenesysVm, "intendedHost">[][] | undefined {
  const before = issues.list.length;
  /** Each VM's computer name, with where it comes from: the key and the value written there. */
  const names: { name: string; key: string; value: string; given: boolean; vm: string }[] = [];
  const addresses: { ip: string; key: string; vm: string }[] = [];
  const out = sites.map(({ spec, key, drafts }) => {
    const plan = spec.networks.vmTraffic.ipv4!;
    const planKey = `${key}.networks.vmTraffic.ipv4`;
    const cidr = parseCidr(plan.cidr)!;
    const local = drafts.map(localName);
    // Each site hands out its own addresses, from its own plan alone: the program plans a site the
    // same whether it runs alone or with the others (cli/plan.ts plans site by site). A clash with
    // another site is reported below, never silently avoided.
    const reserved = new Set<number>(
      [
        ...Object.values(plan.addresses),
        plan.gateway,
        ...plan.dnsServers,
        ...spec.hosts.map((h) => h.vmotionIp),
      ]
        .filter((ip): ip is string => ip !== undefined)
        .map((ip) => parseIpv4(ip)!),
    );
    const taken = new Set<number>();
    checkKeys(issues, `${key}.guest.computerNames`, spec.guest.computerNames, local);
    checkKeys(issues, `${planKey}.addresses`, plan.addresses, local);
    if (drafts.some((d) => guestOs[d.role] === "linux") && !linuxDomainOf(spec.guest, plan.dnsSuffixes))
      issues.add(
        `${key}.guest.linux.domain`,
        undefined,
        "required with Linux guests (guestOs) when the IP plan has no dnsSuffixes: the host names' DNS domain",
      );
    let next = parseIpv4(plan.firstAddress)!;
    const last = cidr.broadcast - 1;
    let exhausted = false;
    return drafts.map((d, i): Omit<GenesysVm, "intendedHost"> => {
      const os = guestOs[d.role];
      const given = spec.guest.computerNames[local[i]];
      const computerName = given ?? derivedComputerName(d, spec.guest.computerNamePrefix, os);
      const nameKey = given ? `${key}.guest.computerNames.${local[i]}` : `${key}.guest.computerNamePrefix`;
      const [pattern, rule] = os === "windows" ? [NETBIOS_NAME, NETBIOS_RULE] : [HOST_LABEL, HOST_LABEL_RULE];
      if (!pattern.test(computerName))
        issues.add(
          nameKey,
          given ?? spec.guest.computerNamePrefix,
          `${rule}; ${d.name} would be named ${computerName}`,
        );
      names.push({
        name: computerName.toLowerCase(),
        key: nameKey,
        value: given ?? spec.guest.computerNamePrefix,
        given: given !== undefined,
        vm: d.name,
      });
      let ip = plan.addresses[local[i]];
      if (ip !== undefined) {
        const why = unusableReason(cidr, parseIpv4(ip)!, parseIpv4(plan.gateway));
        if (why)
          issues.add(`${planKey}.addresses.${local[i]}`, ip, `an address inside ${plan.cidr}, not ${why}`);
        addresses.push({ ip, key: `${planKey}.addresses.${local[i]}`, vm: d.name });
      } else {
        while (next <= last && (reserved.has(next) || taken.has(next))) next++;
        if (next > last) {
          ip = "";
          if (!exhausted)
            issues.add(
              planKey,
              plan.cidr,
              `room for the site's ${drafts.length} VMs from firstAddress ${plan.firstAddress}: ${plan.cidr} runs out at ${d.name} (VM ${i + 1}); widen it or start lower`,
            );
          exhausted = true;
        } else {
          ip = formatIpv4(next);
          taken.add(next++);
          addresses.push({ ip, key: planKey, vm: d.name });
        }
      }
      const guest: GuestIdentity = { os, computerName, ipv4: ip };
      return { ...d, guest };
    });
  });
  for (const dup of duplicatesOf(names.map((n) => n.name))) {
    const holders = names.filter((n) => n.name === dup);
    // Reported where the user wrote the clash: a name given in computerNames rather than the
    // prefix another VM's name was derived from.
    const at = holders.filter((h) => h.given).at(-1) ?? holders[holders.length - 1];
    issues.add(
      at.key,
      at.value,
      `computer names unique in the stack: ${holders.map((h) => h.vm).join(" and ")} would both be ${dup.toUpperCase()}; set guest.computerNamePrefix or guest.computerNames`,
    );
  }
  const special = new Map<string, string>();
  for (const { spec } of sites) {
    const plan = spec.networks.vmTraffic.ipv4!;
    for (const dns of plan.dnsServers) special.set(dns, "a DNS server");
    for (const h of spec.hosts) if (h.vmotionIp) special.set(h.vmotionIp, `host ${h.name}'s vMotion address`);
  }
  for (const a of addresses) {
    const what = special.get(a.ip);
    if (what) issues.add(a.key, a.ip, `an address of its own, not ${what}`);
  }
  for (const dup of duplicatesOf(addresses.map((a) => a.ip))) {
    const holders = addresses.filter((a) => a.ip === dup);
    issues.add(
      holders[holders.length - 1].key,
      dup,
      `an address no other VM has: ${holders.map((h) => h.vm).join(" and ")} both have ${dup}; give sites that share a network their own firstAddress or addresses`,
    );
  }
  if (platform === "docker") dockerSubnetsApart(issues, sites);
  return issues.list.length === before ? out : undefined;
}

/** The DNS domain of a site's Linux host names. */
export function linuxDomainOf(guest: SiteGuest, dnsSuffixes: readonly string[]): string | undefined {
  return guest.linux.domain ?? dnsSuffixes[0];
}

function checkKeys(issues: Issues, key: string, map: Record<string, unknown>, vms: string[]): void {
  for (const k of Object.keys(map))
    if (!vms.includes(k))
      issues.add(`${key}.${k}`, map[k], `an entry for a VM of this site: ${vms.join(", ") || "(none)"}`);
}

/** One Docker engine cannot hold two networks whose subnets overlap, and the sites may share one. */
function dockerSubnetsApart(issues: Issues, sites: SiteIn[]): void {
  for (let i = 0; i < sites.length; i++)
    for (let j = 0; j < i; j++) {
      const a = sites[i].spec.networks.vmTraffic.ipv4!;
      const b = sites[j].spec.networks.vmTraffic.ipv4!;
      if (overlaps(parseCidr(a.cidr)!, parseCidr(b.cidr)!))
        issues.add(
          `${sites[i].key}.networks.vmTraffic.ipv4.cidr`,
          a.cidr,
          `a subnet apart from site ${sites[j].spec.name}'s (${b.cidr}): the stand-in's networks may share a Docker engine, which refuses overlapping subnets`,
        );
    }
}
