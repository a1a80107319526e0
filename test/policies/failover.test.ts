// The placement search alone: plain data, no Pulumi, no gRPC.
import { checkFailover, type FailoverSite } from "../../policies/failover";

const host = (name: string, threads = 32, memoryGb = 132) => ({ name, threads, memoryGb });
const vm = (name: string, h: string, cpus = 4, memoryMb = 4096) => ({ name, host: h, cpus, memoryMb });

/** The guide's lab: 3 hosts of 32 threads / 132 GB, 11 VMs of 4 vCPU / 4 GB. */
function lab(site = "lab"): FailoverSite {
  const pairs = ["sip", "stat", "urs", "rm"];
  const [a, b, c] = [`${site}-esx-01`, `${site}-esx-02`, `${site}-esx-03`];
  return {
    site,
    hosts: [host(a), host(b), host(c)],
    vms: [
      ...pairs.map((p) => vm(`${site}-${p}-primary`, a)),
      ...pairs.map((p) => vm(`${site}-${p}-backup`, b)),
      vm(`${site}-mcp-1`, c),
      vm(`${site}-mcp-2`, b),
      vm(`${site}-simulator`, c),
    ],
    apart: pairs.map((p) => [`${site}-${p}-primary`, `${site}-${p}-backup`] as [string, string]),
  };
}

test("the guide's lab absorbs the loss of any host with the defaults", () => {
  expect(checkFailover([lab()]).failures).toEqual([]);
});

test("a 2-host site with a pair cannot absorb a loss", () => {
  const site: FailoverSite = {
    site: "small",
    hosts: [host("h1"), host("h2")],
    vms: [vm("p", "h1"), vm("b", "h2")],
    apart: [["p", "b"]],
  };
  const { failures } = checkFailover([site]);
  expect(failures).toEqual([
    { site: "small", host: "h1", unplaced: ["p"], searchCapped: false },
    { site: "small", host: "h2", unplaced: ["b"], searchCapped: false },
  ]);
});

test("a 2-host site fails when the survivor is short of capacity, and names host and VMs", () => {
  const site: FailoverSite = {
    site: "s",
    hosts: [host("h1", 16), host("h2", 8)],
    vms: [vm("a", "h1"), vm("b", "h1"), vm("c", "h2")],
    apart: [],
  };
  const { failures } = checkFailover([site]);
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatchObject({ host: "h1", unplaced: ["b"] });
});

test("memory counts, less the host reserve, times the overcommit", () => {
  const site: FailoverSite = {
    site: "m",
    hosts: [host("h1", 64, 12), host("h2", 64, 12)],
    vms: [vm("a", "h1", 1, 6144), vm("b", "h2", 1, 6144)],
    apart: [],
  };
  // 12 GB - 4 GB reserve = 8 GB: two 6 GB VMs do not fit on one host.
  expect(checkFailover([site]).failures).toHaveLength(2);
  expect(checkFailover([site], { memoryOvercommit: 1.5 }).failures).toEqual([]);
  expect(checkFailover([site], { hostReservedMemoryGb: 0 }).failures).toEqual([]);
});

test("anti-affinity is respected: capacity alone would fit, the rule forbids it", () => {
  const site: FailoverSite = {
    site: "aa",
    hosts: [host("h1"), host("h2"), host("h3")],
    vms: [vm("p", "h1"), vm("b", "h2"), vm("x", "h3")],
    apart: [
      ["p", "b"],
      ["p", "x"],
    ],
  };
  const { failures } = checkFailover([site]);
  expect(failures.map((f) => f.host)).toEqual(["h1"]);
  expect(failures[0].unplaced).toEqual(["p"]);
});

test("backtracking finds a placement first-fit decreasing misses", () => {
  // Two survivors of 10 vCPU; displaced 5, 4, 3, 3, 3, 2. First-fit decreasing fills 5+4 | 3+3+3 and
  // has no room for the 2; the search finds 5+3+2 | 4+3+3.
  const sizes = [5, 4, 3, 3, 3, 2];
  const site: FailoverSite = {
    site: "bt",
    hosts: [host("lost", 64), host("s1", 10), host("s2", 10)],
    vms: sizes.map((c, i) => vm(`v${i}`, "lost", c, 1)),
    apart: [],
  };
  const r = checkFailover([site]);
  expect(r.failures).toEqual([]);
  expect(r.steps).toBeGreaterThan(sizes.length * 2);
});

test("50 sites of the lab are checked with work linear in the sites", () => {
  const one = checkFailover([lab("s0")]).steps;
  const sites = Array.from({ length: 50 }, (_, i) => lab(`s${i}`));
  const r = checkFailover(sites);
  expect(r.failures).toEqual([]);
  expect(r.steps).toBe(50 * one);
  // Each host loss tries each displaced VM on at most every survivor: 11 VMs x 2 survivors per site.
  expect(one).toBeLessThanOrEqual(11 * 2);
});

test("an impossible site stops at the search cap", () => {
  const vms = Array.from({ length: 12 }, (_, i) => vm(`v${i}`, "lost", 3));
  const site: FailoverSite = {
    site: "cap",
    hosts: [host("lost", 64), host("s1", 16), host("s2", 16)],
    vms,
    apart: [],
  };
  const r = checkFailover([site], { maxStepsPerHostLoss: 500 });
  expect(r.failures[0]).toMatchObject({ host: "lost", searchCapped: true });
  expect(r.steps).toBeLessThanOrEqual(500 + 12 * 2);
});
