// Day-0 site keys: networks.kind and distributedSwitch, vmFolder and resourcePool, validated like
// every other key (the key, the value, what is allowed) before anything is registered.
import { uplinkLayout } from "../../model/networks-distributed";
import { distributed, labProblems, loadLab } from "../support/lab-variants";

const SITE = "genesys-iac:sites[0]";

describe("networks.kind", () => {
  it("defaults to standard vSwitches, the guide's layout", () => {
    const site = loadLab(() => {}).sites[0];
    expect(site.networks.kind).toBe("standard");
    expect(site.networks.vmotion.vswitch).toBe("vSwitch1");
  });

  it("distributed: one switch for both networks, named for the site unless config says", () => {
    const site = loadLab(distributed).sites[0];
    expect(site.networks.kind).toBe("distributed");
    expect([site.networks.vmTraffic.vswitch, site.networks.vmotion.vswitch]).toEqual(["lab-dvs", "lab-dvs"]);
    const named = loadLab((s) => {
      distributed(s);
      s.networks.distributedSwitch = "genesys-dvs";
    }).sites[0];
    expect(named.networks.vmotion.vswitch).toBe("genesys-dvs");
  });

  it("gives each network uplinks of its own, filled by the hosts' NICs in order", () => {
    const l = uplinkLayout(loadLab(distributed).sites[0].networks);
    expect(l.uplinks).toEqual(["vm-uplink1", "vm-uplink2", "vmotion-uplink1", "vmotion-uplink2"]);
    expect(l.devices).toEqual(["vmnic0", "vmnic1", "vmnic2", "vmnic3"]);
    expect(l.vmotionUplinks.filter((u) => l.vmTrafficUplinks.includes(u))).toEqual([]);
  });

  it("names the key, the value and what is allowed for each mistake", () => {
    expect(labProblems((s) => (s.networks.kind = "nsx"))).toEqual([
      `${SITE}.networks.kind: one of standard, distributed`,
    ]);
    expect(
      labProblems((s) => {
        s.networks.kind = "distributed";
      }),
    ).toEqual([
      expect.stringMatching(
        /^genesys-iac:sites\[0\]\.networks\.vmTraffic\.vswitch: no vswitch with networks\.kind: distributed/,
      ),
      expect.stringMatching(/^genesys-iac:sites\[0\]\.networks\.vmotion\.vswitch: no vswitch/),
    ]);
    expect(labProblems((s) => (s.networks.distributedSwitch = "dvs1"))).toEqual([
      expect.stringMatching(
        /^genesys-iac:sites\[0\]\.networks\.distributedSwitch: only with networks\.kind: distributed/,
      ),
    ]);
  });

  it("keeps guide #2 on a distributed switch: vMotion's NICs are not VM traffic's", () => {
    const problems = labProblems((s) => {
      distributed(s);
      s.networks.vmotion.nics = ["vmnic1", "vmnic2"];
    });
    expect(problems).toEqual([
      expect.stringMatching(/^genesys-iac:sites\[0\]\.networks\.vmotion\.nics: NICs not already/),
    ]);
  });
});

describe("vmFolder", () => {
  it("is created per site by default, genesys-<site>", () => {
    expect(loadLab(() => {}).sites[0].inventory.vmFolder).toEqual({ path: "genesys-lab", existing: false });
  });

  it("takes a path, or an existing folder", () => {
    expect(loadLab((s) => (s.vmFolder = "Genesys/lab")).sites[0].inventory.vmFolder).toEqual({
      path: "Genesys/lab",
      existing: false,
    });
    const existing = loadLab((s) => (s.vmFolder = { path: "Voice/Genesys", existing: true }));
    expect(existing.sites[0].inventory.vmFolder).toEqual({ path: "Voice/Genesys", existing: true });
  });

  it("refuses paths vCenter cannot take, naming the key", () => {
    for (const bad of ["/Genesys", "a//b", "../x", "50%", ""]) {
      expect(labProblems((s) => (s.vmFolder = bad))).toEqual([
        expect.stringMatching(/^genesys-iac:sites\[0\]\.vmFolder: a folder path relative to the datacenter/),
      ]);
    }
    expect(labProblems((s) => (s.vmFolder = { path: "x", existing: "yes" }))).toEqual([
      `${SITE}.vmFolder.existing: true or false`,
    ]);
    expect(labProblems((s) => (s.vmFolder = { path: "x", create: true }))).toEqual([
      `${SITE}.vmFolder.create: unknown key; allowed keys here: path, existing`,
    ]);
  });
});

describe("resourcePool", () => {
  it("is absent by default: the VMs go to the cluster's root pool", () => {
    expect(loadLab(() => {}).sites[0].inventory.resourcePool).toBeUndefined();
  });

  it("is created with high shares and no reservation unless config says", () => {
    const pool = loadLab((s) => (s.resourcePool = {})).sites[0].inventory.resourcePool;
    expect(pool).toEqual({
      name: "genesys-lab",
      cpuShares: "high",
      memoryShares: "high",
      cpuReservationMhz: 0,
      memoryReservationMb: 0,
    });
    const reserved = loadLab(
      (s) => (s.resourcePool = { name: "voice", memoryShares: "normal", memoryReservationMb: 45056 }),
    ).sites[0].inventory.resourcePool;
    expect(reserved).toMatchObject({ name: "voice", memoryShares: "normal", memoryReservationMb: 45056 });
  });

  it("or is an existing pool by its inventory path", () => {
    const path = "/Genesys-Lab/host/genesys-ha/Resources/voice";
    expect(loadLab((s) => (s.resourcePool = { existing: path })).sites[0].inventory.resourcePool).toEqual({
      existing: path,
    });
  });

  it("refuses bad shares, reservations beyond the hosts and mixed forms, naming the key", () => {
    expect(labProblems((s) => (s.resourcePool = { cpuShares: "urgent" }))).toEqual([
      `${SITE}.resourcePool.cpuShares: one of low, normal, high`,
    ]);
    // Three hosts of 132 GB: 405504 MB in all.
    expect(labProblems((s) => (s.resourcePool = { memoryReservationMb: 405505 }))).toEqual([
      expect.stringMatching(/^genesys-iac:sites\[0\]\.resourcePool\.memoryReservationMb: .*405504/),
    ]);
    expect(labProblems((s) => (s.resourcePool = { existing: "/dc/pool", name: "x" }))).toEqual([
      `${SITE}.resourcePool.name: unknown key; allowed keys here: existing`,
    ]);
    expect(labProblems((s) => (s.resourcePool = "genesys"))).toEqual([
      expect.stringMatching(/^genesys-iac:sites\[0\]\.resourcePool: an object with keys name, cpuShares/),
    ]);
  });
});
