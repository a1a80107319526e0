// Chosen placement: the site's `placement` names hosts; what it leaves out goes by host name, so the
// order of hosts in the file moves nothing.
import { loadDeployment } from "../../model/config";
import { ConfigError, formatIssue } from "../../model/errors";
import { LAB_SECRETS, labConfigWith, labSites } from "../support/stacks";

function load(mutate: (site: Record<string, any>) => void) {
  const sites = labSites();
  mutate(sites[0] as Record<string, any>);
  return loadDeployment({
    config: labConfigWith({ "genesys-iac:sites": sites }),
    stack: "lab",
    secretKeys: Object.keys(LAB_SECRETS),
  });
}
const layout = (d: ReturnType<typeof load>) =>
  Object.fromEntries(d.sites[0].vms.map((v) => [v.name, v.intendedHost]));
function problems(mutate: (site: Record<string, any>) => void): string[] {
  try {
    load(mutate);
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error("expected a ConfigError, the config was accepted");
}

const H = (n: number) => `esx0${n}.genesys-lab.local`;

describe("default placement", () => {
  const lab = layout(load((s) => delete s.placement));

  it("is the guide's layout: primaries on the first host by name, backups on the second, MCPs spread", () => {
    expect(lab["lab-sip-primary"]).toBe(H(1));
    expect(lab["lab-rm-backup"]).toBe(H(2));
    expect(lab["lab-mcp-1"]).toBe(H(3));
    expect(lab["lab-mcp-2"]).toBe(H(1));
    expect(lab["lab-sim-1"]).toBe(H(3));
  });

  it("does not depend on the order of the hosts in the file", () => {
    for (const order of [
      [1, 0, 2],
      [2, 1, 0],
      [2, 0, 1],
    ])
      expect(
        layout(
          load((s) => {
            delete s.placement;
            s.hosts = order.map((i) => s.hosts[i]);
          }),
        ),
      ).toEqual(lab);
  });

  it("is what the lab's explicit placement says", () => {
    expect(layout(load(() => undefined))).toEqual(lab);
  });
});

describe("chosen placement", () => {
  it("puts primaries, backups, each MCP and the simulator on the hosts named", () => {
    const d = layout(
      load((s) => (s.placement = { primaries: H(3), backups: H(1), mcp: [H(2), H(3)], simulator: [H(2)] })),
    );
    expect(d["lab-sip-primary"]).toBe(H(3));
    expect(d["lab-stat-primary"]).toBe(H(3));
    expect(d["lab-sip-backup"]).toBe(H(1));
    expect(d["lab-mcp-1"]).toBe(H(2));
    expect(d["lab-mcp-2"]).toBe(H(3));
    expect(d["lab-sim-1"]).toBe(H(2));
  });

  it("keeps the others' default when only the backups are named", () => {
    const d = layout(load((s) => (s.placement = { backups: H(1) })));
    // The first host by name holds the backups now: the primaries take the next one.
    expect(d["lab-sip-backup"]).toBe(H(1));
    expect(d["lab-sip-primary"]).toBe(H(2));
  });

  it("moves the host groups of the should-run rules with the VMs", () => {
    const site = load((s) => (s.placement = { primaries: H(2), backups: H(3) })).sites[0];
    expect(site.hostGroups).toEqual([
      { name: "lab-primaries-hosts", hosts: [H(2)] },
      { name: "lab-backups-hosts", hosts: [H(3)] },
    ]);
  });

  it("names a host without regard to case, as vCenter and DNS do, and places on it as declared", () => {
    const site = load((s) => {
      s.hosts[1].name = "ESX02.Genesys-Lab.local";
      s.placement = {
        primaries: H(3).toUpperCase(),
        backups: "Esx01.genesys-lab.LOCAL",
        mcp: ["esx02.genesys-lab.local", H(3)],
      };
    }).sites[0];
    const d = Object.fromEntries(site.vms.map((v) => [v.name, v.intendedHost]));
    expect(d["lab-sip-primary"]).toBe(H(3));
    expect(d["lab-sip-backup"]).toBe(H(1));
    expect(d["lab-mcp-1"]).toBe("ESX02.Genesys-Lab.local");
    expect(site.hostGroups).toEqual([
      { name: "lab-primaries-hosts", hosts: [H(3)] },
      { name: "lab-backups-hosts", hosts: [H(1)] },
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a host not in the site",
      { primaries: "esx09" },
      `genesys-iac:sites[0].placement.primaries: "esx09" — a host of this site (${H(1)}, ${H(2)}, ${H(3)})`,
    ],
    [
      "primaries and backups on one host",
      { primaries: H(1), backups: H(1) },
      `genesys-iac:sites[0].placement.backups: "${H(1)}" — a host other than the primaries' (${H(1)})`,
    ],
    [
      "primaries and backups on one host named in two cases",
      { primaries: H(1), backups: H(1).toUpperCase() },
      `genesys-iac:sites[0].placement.backups: "${H(1).toUpperCase()}" — a host other than the primaries' (${H(1)})`,
    ],
    [
      "more MCP hosts than MCPs",
      { mcp: [H(1), H(2), H(3)] },
      `genesys-iac:sites[0].placement.mcp: ["${H(1)}","${H(2)}","${H(3)}"] — a list of at most 2 hosts, one per mcp in order (mcp-1 first)`,
    ],
    [
      "two MCPs on one host while the site has a host for each",
      { mcp: [H(2), H(2).toUpperCase()] },
      `genesys-iac:sites[0].placement.mcp[1]: "${H(2).toUpperCase()}" — a host other than mcp-1's (${H(2)}): the MCPs' anti-affinity rule spreads them over the site's hosts`,
    ],
    [
      "an unknown host in a list",
      { mcp: [H(1), "esx9"] },
      `genesys-iac:sites[0].placement.mcp[1]: "esx9" — a host of this site`,
    ],
    [
      "an unknown key",
      { primary: H(1) },
      `genesys-iac:sites[0].placement.primary: "${H(1)}" — unknown key; allowed keys here: primaries, backups, mcp, simulator`,
    ],
  ])("refuses %s", (_t, placement, expected) => {
    expect(problems((s) => (s.placement = placement)).join("\n")).toContain(expected);
  });
});
