// The layers of docs/architecture.md, checked on the whole import graph (static, type-only and
// dynamic imports, and require): no cycle anywhere, and each folder imports only what its layer may
// (eslint-layers.js, the table the lint rules are made from).
import { cyclesOf, importGraph, type ImportGraph } from "../support/import-graph";
import { REPO } from "../support/stacks";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LAYERS } = require("../../eslint-layers") as { LAYERS: Record<string, string[]> };

const LAYER_NAMES = Object.keys(LAYERS);
const graph = importGraph(REPO, [...LAYER_NAMES, "test", "bench"]);

/** The layer of a file: its top folder, or the file itself at the root. */
function layerOf(file: string): string {
  const top = file.split("/")[0];
  return LAYERS[top] ? top : file;
}

function allowed(from: string, to: string): boolean {
  const layer = layerOf(from);
  const rules = LAYERS[layer];
  if (!rules || layerOf(to) === layer) return true;
  const target = to.replace(/\.ts$/, "");
  return rules.some((r) => layerOf(to) === r || target === r);
}

test("the graph covers every layer", () => {
  for (const layer of LAYER_NAMES)
    expect([...graph.keys()].some((f) => f === layer || f.startsWith(`${layer}/`))).toBe(true);
});

test("no import cycle", () => {
  expect(cyclesOf(graph).map((c) => c.join(" -> "))).toEqual([]);
});

test("each folder imports only what its layer may", () => {
  const wrong: string[] = [];
  for (const [from, targets] of graph)
    for (const to of targets) if (!allowed(from, to)) wrong.push(`${from} -> ${to}`);
  expect(wrong).toEqual([]);
});

describe("the checks themselves", () => {
  it("find a cycle, through a type-only or dynamic import too", () => {
    const g: ImportGraph = new Map([
      ["cli/a.ts", ["cli/b.ts"]],
      ["cli/b.ts", ["cli/c.ts"]],
      ["cli/c.ts", ["cli/a.ts"]],
      ["model/x.ts", []],
    ]);
    expect(cyclesOf(g)).toEqual([["cli/a.ts", "cli/b.ts", "cli/c.ts", "cli/a.ts"]]);
  });

  it("read type-only and dynamic imports", () => {
    // cli/commands/plan.ts loads ../plan-stack only when it runs, and that loads ./plan the same way.
    expect(graph.get("cli/commands/plan.ts")).toContain("cli/plan-stack.ts");
    expect(graph.get("cli/plan-stack.ts")).toContain("cli/plan.ts");
    expect(graph.get("cli/commands/check.ts")).toContain("cli/check.ts");
  });

  it("refuse a wrong-way import", () => {
    expect(allowed("components/vsphere/provider.ts", "program/main.ts")).toBe(false);
    expect(allowed("model/defaults.ts", "policies/vm.ts")).toBe(false);
    expect(allowed("model/defaults.ts", "policies/contract.ts")).toBe(true);
    expect(allowed("policies/vm.ts", "model/types.ts")).toBe(false);
  });
});
