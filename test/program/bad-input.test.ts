// Every bad-input case of the configuration, through the real program under Pulumi's mocks: the
// program stops with the problem named, and no resource of the deployment is registered.
import { ProgramError, runUnderMocks } from "../../cli/mock-engine";
import { main } from "../../program/main";
import { stackConfig } from "../support/stacks";

type Site = Record<string, any>;
const cases: [string, string, (config: Record<string, string>, site: Site) => void][] = [
  ["an unknown key", "genesys-iac:addpTimout", (c) => (c["genesys-iac:addpTimout"] = "4")],
  ["an unknown role", "components.sbc", (_c, s) => (s.components.sbc = { pair: true })],
  [
    "a wrong type",
    'hostDefaults.sockets: "two" — a whole number from 1 to 8',
    (_c, s) => (s.hostDefaults.sockets = "two"),
  ],
  [
    "a value out of range",
    "genesys-iac:addpRemoteTimeout",
    (c) => (c["genesys-iac:addpRemoteTimeout"] = "600"),
  ],
  [
    "a duplicate host name",
    'hosts: ["esx01.genesys-lab.local"] — host names unique',
    (_c, s) => (s.hosts[2].name = s.hosts[0].name),
  ],
  ["a pair on a site with one host", "at least 2 hosts", (_c, s) => (s.hosts = s.hosts.slice(0, 1))],
  [
    "a NIC on two vSwitches",
    "vmnic1 would sit on two vSwitches",
    (_c, s) => (s.networks.vmotion.nics = ["vmnic1", "vmnic3"]),
  ],
  [
    "vMotion sharing the VM vSwitch",
    "networks.vmotion.vswitch",
    (_c, s) => (s.networks.vmotion.vswitch = "vSwitch0"),
  ],
  ["a site without hosts", "hosts: [] — a list of at least one host", (_c, s) => (s.hosts = [])],
  ["an unknown platform", "genesys-iac:platform", (c) => (c["genesys-iac:platform"] = "kvm")],
  [
    "a vSphere provider key of the wrong type",
    'vsphere:allowUnverifiedSsl: "yes" — true or false',
    (c) => (c["vsphere:allowUnverifiedSsl"] = "yes"),
  ],
  [
    "a key of this project in another namespace",
    'genesys:addpTimeout: "2" — not read: this project\'s keys are in its namespace',
    (c) => (c["genesys:addpTimeout"] = "2"),
  ],
  [
    "host defaults that are not an object",
    "hostDefaults: [1,2] — an object with keys",
    (_c, s) => (s.hostDefaults = [1, 2]),
  ],
];

describe.each(cases)("%s", (_title, expected, mutate) => {
  it("stops the program with the problem named, registering nothing", async () => {
    const cfg = stackConfig("lab");
    const sites = JSON.parse(cfg.config["genesys-iac:sites"]) as Site[];
    mutate(cfg.config, sites[0]);
    cfg.config["genesys-iac:sites"] = JSON.stringify(sites);
    const err = await runUnderMocks({ ...cfg, program: main }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProgramError);
    const { message, registered } = err as ProgramError;
    expect(message).toMatch(/^The stack configuration has \d+ problems?; nothing was registered:/);
    // One mistake is not echoed by a second check: no key is reported twice.
    const keys = message
      .split("\n")
      .slice(1)
      .map((l) => l.split(": ")[0]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(message).toContain(expected);
    expect(registered.map((r) => r.type)).toEqual(["pulumi:pulumi:Stack"]);
  });
});

describe("adopting an existing cluster", () => {
  it("imports it by its managed object id instead of creating one", async () => {
    const cfg = stackConfig("lab");
    const sites = JSON.parse(cfg.config["genesys-iac:sites"]) as Site[];
    sites[0].cluster.adoptId = "domain-c7";
    cfg.config["genesys-iac:sites"] = JSON.stringify(sites);
    const { document } = await runUnderMocks({ ...cfg, program: main });
    const cluster = document.deployment.resources.find(
      (r) => r.type === "vsphere:index/computeCluster:ComputeCluster",
    )!;
    expect(cluster.id).toBe("domain-c7");
    expect(cluster.inputs.haEnabled).toBe(true);
  });
});
