// vSphere's own rules at config time: each problem named at the key where it is written, with the
// value and what vSphere allows, before anything is built.
import { loadDeployment } from "../../model/config";
import { ConfigError, formatIssue } from "../../model/errors";
import { MAX_HOSTS_PER_CLUSTER, MAX_SHOWN_VALUE, MAX_SITES } from "../../model/limits";
import { hostNameProblem, vsphereNameProblem } from "../../model/vsphere-names";
import { labConfigWith, labSites, stackConfig } from "../support/stacks";

/** The lab's guest passwords are secrets, as `pulumi config set --secret` stores them. */
const secretKeys = stackConfig("lab").secretKeys;

type Site = Record<string, any>;

/** The problems, as formatted lines, of the lab stack changed by `mutate`. */
function problems(mutate: (site: Site, config: Record<string, unknown>) => void): string[] {
  const sites = labSites();
  const changes: Record<string, unknown> = {};
  mutate(sites[0] as Site, changes);
  const config = labConfigWith({ "genesys-iac:sites": sites, ...changes });
  try {
    loadDeployment({ config, stack: "lab", secretKeys });
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error("expected a ConfigError, the config was accepted");
}

const S = "genesys-iac:sites[0]";

describe("vMotion addresses and netmasks", () => {
  it.each(["255.0.255.0", "10.20.30.11", "0.0.0.0", "255.255.255.255"])("refuses the netmask %s", (mask) => {
    const p = problems((s) => (s.networks.vmotion.netmask = mask));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain(`${S}.networks.vmotion.netmask: "${mask}" — a contiguous IPv4 netmask`);
  });

  it.each([
    ["10.20.30.0", "the network address of its subnet 10.20.30.0/24"],
    ["10.20.30.255", "the broadcast address of its subnet 10.20.30.0/24"],
    ["0.0.0.0", "not 0.0.0.0"],
  ])("refuses the vmotionIp %s", (ip, why) => {
    const p = problems((s) => (s.hosts[1].vmotionIp = ip));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain(`${S}.hosts[1].vmotionIp: "${ip}" — `);
    expect(p[0]).toContain(why);
  });

  it("keeps a site's vMotion addresses in one subnet", () => {
    expect(problems((s) => (s.hosts[2].vmotionIp = "10.20.31.13"))).toEqual([
      `${S}.hosts[2].vmotionIp: "10.20.31.13" — an address in the site's vMotion subnet 10.20.30.0/24 (that of esx01.genesys-lab.local, with ${S}.networks.vmotion.netmask 255.255.255.0): a site's vMotion addresses share one subnet`,
    ]);
    // A wider netmask takes both in.
    expect(() =>
      loadDeployment({
        stack: "lab",
        secretKeys,
        config: labConfigWith({
          "genesys-iac:sites": labSites().map((s: Site) => {
            s.hosts[2].vmotionIp = "10.20.31.13";
            s.networks.vmotion.netmask = "255.255.254.0";
            return s;
          }),
        }),
      }),
    ).not.toThrow();
  });

  it("checks a VM-traffic netmask when one is given", () => {
    expect(problems((s) => (s.networks.vmTraffic.netmask = "255.255.0.255"))[0]).toContain(
      `${S}.networks.vmTraffic.netmask: "255.255.0.255" — a contiguous IPv4 netmask`,
    );
  });
});

describe("host names", () => {
  it("accepts an FQDN longer than 63 characters whose labels are each at most 63", () => {
    const long = `${"a".repeat(63)}.${"b".repeat(40)}.genesys-lab.local`;
    expect(hostNameProblem(long)).toBeUndefined();
    const sites = labSites() as Site[];
    sites[0].hosts[0].name = long;
    sites[0].placement.primaries = long;
    const d = loadDeployment({
      stack: "lab",
      secretKeys,
      config: labConfigWith({ "genesys-iac:sites": sites }),
    });
    expect(d.sites[0].hosts[0].name).toBe(long);
  });

  it.each([
    [`${"a".repeat(64)}.local`, "labels of at most 63 characters (one has 64)"],
    [`${"abcdefghi.".repeat(26)}local`, "at most 253 characters in all"],
    ["esx_01", "a host name as vCenter knows"],
    ["-esx01", "a host name as vCenter knows"],
    ["", "a host name as vCenter knows"],
    ["0.0.0.0", "a host address, not 0.0.0.0"],
    ["255.255.255.255", "a unicast host address"],
    ["127.0.0.1", "loopback"],
  ])("refuses %j", (name, why) => {
    expect(hostNameProblem(name)).toContain(why);
    const p = problems((s) => (s.hosts[0].name = name));
    expect(p[0]).toContain(`${S}.hosts[0].name: `);
    expect(p[0]).toContain(why);
  });

  it("refuses two names that differ only in case, across sites too", () => {
    const sites = labSites().concat(labSites()) as Site[];
    sites[1].name = "lab2";
    sites[1].cluster.name = "genesys-ha2";
    sites[1].hosts[0].name = "ESX01.GENESYS-LAB.LOCAL";
    sites[1].hosts[1].name = "esx98";
    sites[1].hosts[2].name = "esx99";
    delete sites[1].placement; // it names the first site's hosts
    try {
      loadDeployment({ stack: "lab", secretKeys, config: labConfigWith({ "genesys-iac:sites": sites }) });
      throw new Error("accepted");
    } catch (e) {
      expect((e as ConfigError).issues.map(formatIssue)).toEqual([
        'genesys-iac:sites: ["esx01.genesys-lab.local"] — each host in one site only (a host belongs to one cluster)',
      ]);
    }
  });
});

describe("names vSphere limits", () => {
  it.each([
    ["a/b", "without /"],
    ["a\\b", "without \\"],
    ["50%", "without %"],
    ["x".repeat(81), "at most 80 characters"],
  ])("refuses %j as a datacenter and a datastore name", (name, why) => {
    expect(vsphereNameProblem(name)).toContain(why);
    const p = problems((s) => {
      s.datacenter = name;
      s.datastore = name;
    });
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(new RegExp(`^${S.replace(/[[\]]/g, "\\$&")}\\.datacenter: `));
    expect(p[1]).toMatch(new RegExp(`^${S.replace(/[[\]]/g, "\\$&")}\\.datastore: `));
  });

  it("refuses a site name whose derived DRS rule names pass 80 characters, at the site's name", () => {
    const name = "s".repeat(63);
    const p = problems((s) => (s.name = name));
    expect(p).toEqual([
      `${S}.name: "${name}" — a site name of at most 59 characters: the VM-host rule name "${name}-primaries-should-run" derived from it has 84, and vSphere allows 80`,
    ]);
  });

  it("accepts the longest site name that fits", () => {
    const sites = labSites() as Site[];
    sites[0].name = "s".repeat(59);
    expect(() =>
      loadDeployment({ stack: "lab", secretKeys, config: labConfigWith({ "genesys-iac:sites": sites }) }),
    ).not.toThrow();
  });
});

describe("VM sizing", () => {
  it("wants memory in multiples of 4 MB", () => {
    expect(problems((_s, c) => (c["genesys-iac:sizing"] = { mcp: { memoryMb: 4098 } }))).toEqual([
      "genesys-iac:sizing.mcp.memoryMb: 4098 — a multiple of 4 MB: vSphere sizes a VM's memory in 4 MB steps",
    ]);
  });

  it("reports a VM larger than any host at the sizing key where it is written", () => {
    // The lab hosts: 2 sockets x 8 cores with hyper-threading = 32 logical CPUs, 132 GB.
    expect(
      problems(
        (_s, c) => (c["genesys-iac:sizing"] = { default: { cpus: 48 }, urs: { memoryMb: 200 * 1024 } }),
      ),
    ).toEqual([
      "genesys-iac:sizing.default.cpus: 48 — at most 32 vCPUs: no host of site lab has more logical CPUs (the largest, esx01.genesys-lab.local, has 32); a VM runs on one host",
      "genesys-iac:sizing.urs.memoryMb: 204800 — at most 135168 MB: no host of site lab has more memory (the largest, esx01.genesys-lab.local, has 132 GB); a VM runs on one host",
    ]);
  });

  it("reports the built-in default at its key when the hosts are too small for it", () => {
    const p = problems((s) => (s.hostDefaults = { ...s.hostDefaults, sockets: 1, coresPerSocket: 1 }));
    expect(p).toEqual([expect.stringMatching(/^genesys-iac:sizing\.default\.cpus: 4 — at most 2 vCPUs/)]);
  });
});

describe("bounds", () => {
  it(`refuses more than ${MAX_HOSTS_PER_CLUSTER} hosts in a site, naming vSphere's maximum`, () => {
    const p = problems((s) => {
      s.hosts = Array.from({ length: MAX_HOSTS_PER_CLUSTER + 1 }, (_, i) => ({
        name: `esx${i}`,
        vmotionIp: `10.20.30.${i + 1}`,
      }));
    });
    expect(p).toEqual([
      `${S}.hosts: "(65 hosts)" — at most 64 hosts: vSphere's maximum of hosts per cluster (one site is one cluster)`,
    ]);
  });

  it(`refuses more than ${MAX_SITES} sites`, () => {
    const sites = Array.from({ length: MAX_SITES + 1 }, () => labSites()[0]);
    try {
      loadDeployment({ stack: "lab", secretKeys, config: labConfigWith({ "genesys-iac:sites": sites }) });
      throw new Error("accepted");
    } catch (e) {
      expect((e as ConfigError).issues.map(formatIssue)).toEqual([
        `genesys-iac:sites: "(${MAX_SITES + 1} sites)" — at most ${MAX_SITES} sites in one stack; split the estate into stacks`,
      ]);
    }
  });

  it("refuses a structured value nested past the limit", () => {
    // As Pulumi hands a structured value over: JSON text.
    const deep = "[".repeat(5000) + "1" + "]".repeat(5000);
    const p = problems((_s, c) => (c["genesys-iac:sizing"] = deep));
    expect(p).toEqual([
      'genesys-iac:sizing: "(deeply nested value)" — the value is nested more than 64 levels deep (the limit of what genesys-iac reads)',
    ]);
  });

  it("shortens a very long value in a message", () => {
    const p = problems((s) => (s.datastore = "d".repeat(5000)));
    const shown = p[0].split(": ")[1].split(" — ")[0];
    expect(shown.length).toBeLessThan(MAX_SHOWN_VALUE + 10);
    expect(shown).toContain("(5002 characters)");
  });

  it("shortens a very long misspelt key in a message too", () => {
    const p = problems((s) => (s.hosts[0]["y".repeat(5000)] = 1));
    const key = p[0].split(": ")[0];
    expect(key.length).toBeLessThan(MAX_SHOWN_VALUE + 10);
    expect(key).toMatch(/^genesys-iac:sites\[0\]\.hosts\[0\]\.yyy.*… \(\d+ characters\)$/);
  });
});

describe("the vsphere: namespace", () => {
  it("refuses an unknown provider key, withholding its value", () => {
    const p = problems((_s, c) => (c["vsphere:vsphereServr"] = "vcenter.example.com"));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^vsphere:vsphereServr: \(secret value withheld\) — unknown key of the vSphere provider; its keys \(schema config\.variables\): vsphere:allowUnverifiedSsl, .*vsphere:vsphereServer$/,
    );
  });
  it("refuses a provider key of the wrong type at its key, not later in the provider", () => {
    const p = problems((_s, c) => {
      c["vsphere:allowUnverifiedSsl"] = "yes";
      c["vsphere:apiTimeout"] = "300s";
      c["vsphere:user"] = "";
    });
    expect(p.sort()).toEqual([
      'vsphere:allowUnverifiedSsl: "yes" — true or false',
      'vsphere:apiTimeout: "300s" — a whole number from 1 to 1440',
      'vsphere:user: "" — a non-empty string',
    ]);
  });
  it("withholds the value of a misspelt key that names a credential", () => {
    const p = problems((_s, c) => (c["genesys-iac:guestadminpassword"] = "Pl41n-text"));
    expect(p).toEqual([
      expect.stringMatching(/^genesys-iac:guestadminpassword: \(secret value withheld\) — unknown key;/),
    ]);
  });
  it("withholds the value of a credential written at a place that takes none", () => {
    const p = problems((s) => (s.guest.windows.adminPassword = "Pl41n-text"));
    expect(p).toEqual([
      expect.stringMatching(
        /^genesys-iac:sites\[0\]\.guest\.windows\.adminPassword: \(secret value withheld\) — unknown key;/,
      ),
    ]);
  });
  it("accepts the provider's own keys", () => {
    expect(() =>
      loadDeployment({
        stack: "lab",
        secretKeys,
        config: labConfigWith({ "vsphere:password": "x", "vsphere:apiTimeout": "5", "vsphere:user": "u" }),
      }),
    ).not.toThrow();
  });
});

describe("an unknown key", () => {
  it("in hostDefaults is reported once, where it is written, not for every host", () => {
    expect(problems((s) => (s.hostDefaults.memoryGB = 132))).toEqual([
      `${S}.hostDefaults.memoryGB: 132 — an object with keys sockets, coresPerSocket, memoryGb, nics, bios`
        .replace("an object with keys", "unknown key; allowed keys here:")
        .replace("sockets, coresPerSocket", "sockets, coresPerSocket"),
    ]);
  });
});
