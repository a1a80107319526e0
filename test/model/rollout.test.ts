// The rollout order: within a pair the backup first, the MCPs in a chain.
import { loadDeployment } from "../../model/config";
import { inRolloutOrder, rolloutPredecessors } from "../../model/rollout";
import { labConfigWith, labSites, stackConfig } from "../support/stacks";

const labVms = (config = stackConfig("lab").config) =>
  loadDeployment({ config, stack: "lab", secretKeys: stackConfig("lab").secretKeys }).sites[0].vms;

test("each primary waits for its backup, each MCP for the previous one; the rest wait for nobody", () => {
  const after = rolloutPredecessors(labVms());
  expect(Object.fromEntries(after)).toEqual({
    "lab-sip-primary": "lab-sip-backup",
    "lab-stat-primary": "lab-stat-backup",
    "lab-urs-primary": "lab-urs-backup",
    "lab-rm-primary": "lab-rm-backup",
    "lab-mcp-2": "lab-mcp-1",
  });
});

test("a standalone role and a single MCP wait for nobody", () => {
  const sites = labSites();
  const c = sites[0].components as Record<string, unknown>;
  c.sipServer = { pair: false };
  c.mcp = { count: 1 };
  const after = rolloutPredecessors(labVms(labConfigWith({ "genesys-iac:sites": sites })));
  expect([...after.keys()]).toEqual(["lab-stat-primary", "lab-urs-primary", "lab-rm-primary"]);
});

test("three MCPs form a chain, and the order puts each VM after the one it waits for", () => {
  const sites = labSites();
  (sites[0].components as Record<string, unknown>).mcp = { count: 3 };
  const vms = labVms(labConfigWith({ "genesys-iac:sites": sites }));
  const after = rolloutPredecessors(vms);
  expect(after.get("lab-mcp-3")).toBe("lab-mcp-2");
  const order = inRolloutOrder(vms, after).map((v) => v.name);
  expect(order).toHaveLength(vms.length);
  for (const [vm, first] of after) expect(order.indexOf(first)).toBeLessThan(order.indexOf(vm));
});
