// Guest identity from config: computer names by the documented pattern, static addresses from each
// site's IP plan, and every rule of the plan refused with the key, the value and what is allowed.
import { loadDeployment } from "../../model/config";
import { derivedComputerName } from "../../model/guest";
import { ConfigError, formatIssue } from "../../model/errors";
import { customizeSpec } from "../../model/vsphere-spec";
import { Deployment } from "../../model/types";
import { LAB_SECRETS, labConfigWith, labSites, siteCopy } from "../support/stacks";

const SITES = "genesys-iac:sites";
const load = (config: Record<string, string>): Deployment =>
  loadDeployment({ config, stack: "lab", secretKeys: Object.keys(LAB_SECRETS) });

function problems(config: Record<string, string>, secretKeys = Object.keys(LAB_SECRETS)): string[] {
  try {
    loadDeployment({ config, stack: "lab", secretKeys });
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error("expected a ConfigError, the config was accepted");
}

function withSite(mutate: (site: Record<string, any>) => void, extra: Record<string, unknown> = {}) {
  const sites = labSites();
  mutate(sites[0] as Record<string, any>);
  return labConfigWith({ [SITES]: sites, ...extra });
}

const plan = (s: Record<string, any>) => s.networks.vmTraffic.ipv4;

describe("the lab's guests", () => {
  const site = load(labConfigWith({})).sites[0];

  it("are named by the pattern <prefix>-<role>-<P|B|n>, at most 15 characters (NetBIOS)", () => {
    expect(site.vms.map((v) => v.guest.computerName)).toEqual([
      "LAB-SIP-P",
      "LAB-SIP-B",
      "LAB-STAT-P",
      "LAB-STAT-B",
      "LAB-URS-P",
      "LAB-URS-B",
      "LAB-RM-P",
      "LAB-RM-B",
      "LAB-MCP-1",
      "LAB-MCP-2",
      "LAB-SIM-1",
    ]);
    // The longest prefix with the longest role and index still fits NetBIOS's 15 characters.
    const long = derivedComputerName(
      { role: "statServer", tier: "standalone", name: "s-stat-12", site: "s" },
      "ABCDEFG",
      "windows",
    );
    expect(long).toBe("ABCDEFG-STAT-12");
    expect(long.length).toBe(15);
  });

  it("get addresses in VM order from firstAddress, on Windows, joined to the lab's domain", () => {
    expect(site.vms.map((v) => v.guest.ipv4)).toEqual(
      Array.from({ length: 11 }, (_, i) => `10.20.10.${21 + i}`),
    );
    expect(site.vms.every((v) => v.guest.os === "windows")).toBe(true);
    const c = customizeSpec(site.vms[0], site);
    expect(c).toEqual({
      timeout: 30,
      ipv4Gateway: "10.20.10.1",
      dnsServerLists: ["10.20.10.5", "10.20.10.6"],
      dnsSuffixLists: ["genesys-lab.local"],
      networkInterfaces: [
        {
          ipv4Address: "10.20.10.21",
          ipv4Netmask: 24,
          dnsServerLists: ["10.20.10.5", "10.20.10.6"],
          dnsDomain: "genesys-lab.local",
        },
      ],
      windowsOptions: {
        computerName: "LAB-SIP-P",
        timeZone: 85,
        joinDomain: "genesys-lab.local",
        domainAdminUser: "svc-vmjoin",
      },
    });
  });
});

describe("overrides and Linux roles", () => {
  it("takes explicit addresses and names, and hands the rest out around them", () => {
    const d = load(
      withSite((s) => {
        plan(s).addresses = { "sip-primary": "10.20.10.22", "mcp-2": "10.20.10.200" };
        s.guest.computerNames = { "sip-primary": "SIPSRV01" };
      }),
    );
    const vms = d.sites[0].vms;
    const by = (n: string) => vms.find((v) => v.name === `lab-${n}`)!.guest;
    expect(by("sip-primary")).toEqual({ os: "windows", computerName: "SIPSRV01", ipv4: "10.20.10.22" });
    expect(by("sip-backup").ipv4).toBe("10.20.10.21");
    // 10.20.10.22 is taken by the explicit address: the next VM skips it.
    expect(by("stat-primary").ipv4).toBe("10.20.10.23");
    expect(by("mcp-2").ipv4).toBe("10.20.10.200");
  });

  it("puts the roles guestOs names on Linux: host name, domain, time zone and the Linux template's guest id", () => {
    const d = load(
      withSite(() => undefined, { "genesys-iac:guestOs": { mcp: "linux", resourceManager: "linux" } }),
    );
    const site = d.sites[0];
    const mcp = site.vms.find((v) => v.name === "lab-mcp-1")!;
    expect(mcp.guest).toMatchObject({ os: "linux", computerName: "lab-mcp-1" });
    expect(customizeSpec(mcp, site)).toMatchObject({
      linuxOptions: {
        hostName: "lab-mcp-1",
        domain: "genesys-lab.local",
        timeZone: "Etc/UTC",
        hwClockUtc: true,
      },
    });
    expect(customizeSpec(mcp, site)).not.toHaveProperty("windowsOptions");
    expect(site.vms.filter((v) => v.guest.os === "linux").map((v) => v.name)).toEqual([
      "lab-rm-primary",
      "lab-rm-backup",
      "lab-mcp-1",
      "lab-mcp-2",
    ]);
  });

  it("joins a workgroup instead of a domain, and then needs no join password", () => {
    const cfg = withSite((s) => (s.guest.windows = { workgroup: "GENESYS" }));
    delete cfg["genesys-iac:domainJoinPassword"];
    const site = load(cfg).sites[0];
    expect((customizeSpec(site.vms[0], site) as { windowsOptions: unknown }).windowsOptions).toEqual({
      computerName: "LAB-SIP-P",
      timeZone: 85,
      workgroup: "GENESYS",
    });
  });
});

describe("bad guest identity and IP plans: each named with key, value and what is allowed", () => {
  const base = "genesys-iac:sites[0]";
  const ipv4 = `${base}.networks.vmTraffic.ipv4`;
  it.each<[string, (s: Record<string, any>) => void, string]>([
    [
      "no IP plan",
      (s) => delete s.networks.vmTraffic.ipv4,
      `${ipv4}: (missing) — required: the VM network's IP plan`,
    ],
    [
      "a CIDR with host bits",
      (s) => (plan(s).cidr = "10.20.10.7/24"),
      `${ipv4}.cidr: "10.20.10.7/24" — the network address with its prefix: 10.20.10.0/24`,
    ],
    [
      "a CIDR that is no CIDR",
      (s) => (plan(s).cidr = "10.20.10.0"),
      `${ipv4}.cidr: "10.20.10.0" — an IPv4 network in CIDR form`,
    ],
    [
      "a /31",
      (s) => (plan(s).cidr = "10.20.10.0/31"),
      `${ipv4}.cidr: "10.20.10.0/31" — a prefix of at most /30`,
    ],
    [
      "a gateway outside",
      (s) => (plan(s).gateway = "10.20.11.1"),
      `${ipv4}.gateway: "10.20.11.1" — the VM network's default gateway inside 10.20.10.0/24, not outside 10.20.10.0/24`,
    ],
    [
      "firstAddress on the broadcast",
      (s) => (plan(s).firstAddress = "10.20.10.255"),
      `${ipv4}.firstAddress: "10.20.10.255" — the first address handed to a VM inside 10.20.10.0/24, not the broadcast address of 10.20.10.0/24`,
    ],
    [
      "a DNS server that is no address",
      (s) => (plan(s).dnsServers = ["dns1"]),
      `${ipv4}.dnsServers: ["dns1"] — a list of IPv4 addresses of DNS servers`,
    ],
    [
      "a DNS server at the broadcast address",
      (s) => (plan(s).dnsServers = ["10.20.10.5", "255.255.255.255"]),
      `${ipv4}.dnsServers[1]: "255.255.255.255" — a DNS server's address: a unicast host address, not multicast (224.0.0.0/4) or reserved (240.0.0.0/4)`,
    ],
    [
      "an explicit address outside",
      (s) => (plan(s).addresses = { "mcp-1": "10.9.9.9" }),
      `${ipv4}.addresses.mcp-1: "10.9.9.9" — an address inside 10.20.10.0/24, not outside 10.20.10.0/24`,
    ],
    [
      "an explicit address on the gateway",
      (s) => (plan(s).addresses = { "mcp-1": "10.20.10.1" }),
      `${ipv4}.addresses.mcp-1: "10.20.10.1" — an address inside 10.20.10.0/24, not the gateway's address`,
    ],
    [
      "an explicit address on the network address",
      (s) => (plan(s).addresses = { "mcp-1": "10.20.10.0" }),
      `not the network address of 10.20.10.0/24`,
    ],
    [
      "an explicit address on a DNS server",
      (s) => (plan(s).addresses = { "mcp-1": "10.20.10.5" }),
      `${ipv4}.addresses.mcp-1: "10.20.10.5" — an address of its own, not a DNS server`,
    ],
    [
      "an explicit address on a vMotion VMkernel",
      (s) => {
        plan(s).cidr = "10.20.0.0/16";
        plan(s).addresses = { "mcp-1": "10.20.30.12" };
      },
      `${ipv4}.addresses.mcp-1: "10.20.30.12" — an address of its own, not host esx02.genesys-lab.local's vMotion address`,
    ],
    [
      "two VMs given one address",
      (s) => (plan(s).addresses = { "mcp-1": "10.20.10.90", "mcp-2": "10.20.10.90" }),
      `${ipv4}.addresses.mcp-2: "10.20.10.90" — an address no other VM has: lab-mcp-1 and lab-mcp-2 both have 10.20.10.90`,
    ],
    [
      "an address for a VM the site does not have",
      (s) => (plan(s).addresses = { "mcp-3": "10.20.10.90" }),
      `${ipv4}.addresses.mcp-3: "10.20.10.90" — an entry for a VM of this site: sip-primary, sip-backup`,
    ],
    [
      "too few addresses",
      (s) => {
        plan(s).cidr = "10.20.10.0/29";
        plan(s).gateway = "10.20.10.1";
        delete plan(s).dnsServers;
        plan(s).firstAddress = "10.20.10.2";
      },
      `${ipv4}: "10.20.10.0/29" — room for the site's 11 VMs from firstAddress 10.20.10.2: 10.20.10.0/29 runs out at lab-urs-backup (VM 6)`,
    ],
    [
      "a computer name longer than NetBIOS allows",
      (s) => (s.guest.computerNames = { "sip-primary": "GENESYS-SIP-PRIMARY" }),
      `${base}.guest.computerNames.sip-primary: "GENESYS-SIP-PRIMARY" — 1 to 15 letters, digits or '-' (a Windows NetBIOS name)`,
    ],
    [
      "a computer name of digits only",
      (s) => (s.guest.computerNames = { "sip-primary": "12345" }),
      `not only digits`,
    ],
    [
      "two VMs given one computer name",
      (s) => (s.guest.computerNames = { "sip-primary": "SIP1", "sip-backup": "sip1" }),
      `${base}.guest.computerNames.sip-backup: "sip1" — computer names unique in the stack: lab-sip-primary and lab-sip-backup would both be SIP1`,
    ],
    [
      "a computer name given to one VM that another VM's derived name already is",
      (s) => (s.guest.computerNames = { "sip-primary": "LAB-SIP-B" }),
      // At the name the user gave, not at the prefix the backup's name was derived from.
      `${base}.guest.computerNames.sip-primary: "LAB-SIP-B" — computer names unique in the stack: lab-sip-primary and lab-sip-backup would both be LAB-SIP-B`,
    ],
    [
      "a prefix of 8 characters",
      (s) => (s.guest.computerNamePrefix = "GENESYS1"),
      `${base}.guest.computerNamePrefix: "GENESYS1" — 1 to 7 letters, digits or '-'`,
    ],
    [
      "domain and workgroup both",
      (s) => (s.guest.windows.workgroup = "WG"),
      `${base}.guest.windows: {"domain":"genesys-lab.local","workgroup":"WG"} — either domain (joined) or workgroup, not both`,
    ],
    [
      "a domain without its join account",
      (s) => delete s.guest.windows.domainUser,
      `${base}.guest.windows.domainUser: (missing) — required with domain`,
    ],
    [
      "a Windows time zone out of range",
      (s) => (s.guest.windows.timeZone = 999),
      `${base}.guest.windows.timeZone: 999 — a whole number from 0 to 300`,
    ],
    [
      "a Linux time zone the tz database does not know (a typo)",
      (s) => (s.guest.linux = { timeZone: "Europe/Londn" }),
      `${base}.guest.linux.timeZone: "Europe/Londn" — a time zone of the tz database, such as Etc/UTC or Europe/London; Europe/Londn is not one`,
    ],
    [
      "a customization timeout of 0",
      (s) => (s.guest.timeoutMinutes = 0),
      `${base}.guest.timeoutMinutes: 0 — a whole number from 1 to 720`,
    ],
    [
      "an unknown guest key",
      (s) => (s.guest.hostname = "x"),
      `${base}.guest.hostname: "x" — unknown key; allowed keys here: computerNamePrefix, computerNames, windows, linux, timeoutMinutes`,
    ],
  ])("%s", (_title, mutate, expected) => {
    expect(problems(withSite(mutate)).join("\n")).toContain(expected);
  });

  it("refuses the same computer names in two sites of a stack, naming where to change them", () => {
    const [site] = labSites();
    const copy = { ...siteCopy(site, "b", 1), guest: site.guest };
    expect(problems(labConfigWith({ [SITES]: [site, copy] }))).toContain(
      `genesys-iac:sites[1].guest.computerNamePrefix: "LAB" — computer names unique in the stack: lab-sip-primary and labb-sip-primary would both be LAB-SIP-P; set guest.computerNamePrefix or guest.computerNames`,
    );
  });

  it("refuses two sites handing out the same addresses, and takes them apart by firstAddress", () => {
    const [site] = labSites();
    const copy = { ...siteCopy(site, "b", 1), networks: JSON.parse(JSON.stringify(site.networks)) };
    expect(problems(labConfigWith({ [SITES]: [site, copy] })).join("\n")).toContain(
      `genesys-iac:sites[1].networks.vmTraffic.ipv4: "10.20.10.21" — an address no other VM has: lab-sip-primary and labb-sip-primary both have 10.20.10.21; give sites that share a network their own firstAddress or addresses`,
    );
    plan(copy).firstAddress = "10.20.10.100";
    const shared = load(labConfigWith({ [SITES]: [site, copy] }));
    const all = shared.sites.flatMap((s) => s.vms.map((v) => v.guest.ipv4));
    expect(new Set(all).size).toBe(22);
    expect(shared.sites[1].vms[0].guest.ipv4).toBe("10.20.10.100");
    plan(site).addresses = { "mcp-1": "10.20.10.90" };
    plan(copy).addresses = { "mcp-1": "10.20.10.90" };
    expect(problems(labConfigWith({ [SITES]: [site, copy] })).join("\n")).toContain(
      `genesys-iac:sites[1].networks.vmTraffic.ipv4.addresses.mcp-1: "10.20.10.90" — an address no other VM has: lab-mcp-1 and labb-mcp-1 both have 10.20.10.90`,
    );
  });

  it("needs a Linux domain when Linux guests have no DNS suffix to take it from", () => {
    const cfg = withSite((s) => delete plan(s).dnsSuffixes, { "genesys-iac:guestOs": { mcp: "linux" } });
    expect(problems(cfg).join("\n")).toContain(
      `${base}.guest.linux.domain: (missing) — required with Linux guests`,
    );
  });

  it("refuses a guestOs that is neither windows nor linux", () => {
    expect(problems(labConfigWith({ "genesys-iac:guestOs": { mcp: "solaris" } }))).toEqual([
      `genesys-iac:guestOs.mcp: "solaris" — one of windows, linux`,
    ]);
  });
});
