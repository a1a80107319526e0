// The one "does A wait for B" relation: the pack's pair-rollout-ordered policy and the CLI's diff
// (which pair members go down together) both read it through policies/reader.ts.
import { dependencyGraph, dependsOn, ordered } from "../../policies/reader";

const graph = dependencyGraph([
  { urn: "primary", dependencies: ["backup-rule"] },
  { urn: "backup-rule", propertyDependencies: { vm: ["backup"] } },
  { urn: "backup", dependencies: [] },
  { urn: "mcp-1", dependencies: ["mcp-2"] },
  { urn: "mcp-2", dependencies: ["mcp-1"] },
  { urn: "sim" },
]);

it("follows dependencies and input property dependencies through other resources", () => {
  expect(dependsOn(graph, "primary", "backup-rule")).toBe(true);
  expect(dependsOn(graph, "primary", "backup")).toBe(true);
  expect(dependsOn(graph, "backup", "primary")).toBe(false);
  expect(dependsOn(graph, "sim", "backup")).toBe(false);
});

it("calls two resources ordered when either waits for the other, whichever is named first", () => {
  expect(ordered(graph, "primary", "backup")).toBe(true);
  expect(ordered(graph, "backup", "primary")).toBe(true);
  expect(ordered(graph, "sim", "backup")).toBe(false);
});

it("ends on a cycle and on a resource the graph does not hold", () => {
  expect(dependsOn(graph, "mcp-1", "sim")).toBe(false);
  expect(dependsOn(graph, "mcp-1", "mcp-1")).toBe(true);
  expect(dependsOn(graph, "unknown", "sim")).toBe(false);
});
