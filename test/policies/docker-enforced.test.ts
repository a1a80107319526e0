// The Docker stand-in judged by what the engine enforces (memory limit, CPU shares), in process on
// the dev stack's real plan; a label that disagrees is a finding of its own.
import { LABEL, TYPE } from "../../policies/contract";
import { vmSizing } from "../../policies/vm";
import { drift, named } from "../support/export-shapes";
import { deployedState, runPolicy, stackPlan } from "../support/policy-harness";

const container = async (name: string) => {
  const plan = await stackPlan("dev");
  return { plan, c: named(plan, TYPE.container, `::${name}`) };
};

test("the dev stack's real plan, as an export, passes", async () => {
  expect(await runPolicy(vmSizing, deployedState(await stackPlan("dev")))).toEqual([]);
});

test("a 2048 MB memory limit fails though the label still says 4096", async () => {
  const { plan, c } = await container("dev-sip-primary");
  const found = await runPolicy(vmSizing, deployedState(drift(plan, c, "memory", 2048)));
  expect(found.map((f) => f.message)).toEqual([
    "VM dev-sip-primary has 2048 MB of memory (at least 4096).",
    `Container dev-sip-primary: label ${LABEL.memoryMb} says 4096 but the container has 2048 MB (memory limit).`,
  ]);
  expect(found.every((f) => f.urn === c.urn)).toBe(true);
});

test("CPU shares of 2 vCPU fail; no memory limit fails", async () => {
  const { plan, c } = await container("dev-urs-backup");
  let doc = drift(plan, c, "cpuShares", 2048);
  doc = drift(doc, c, "memory", 0);
  const found = await runPolicy(vmSizing, deployedState(doc));
  expect(found.map((f) => f.message)).toEqual([
    "VM dev-urs-backup has 2 vCPU (at least 4), no memory limit (at least 4096 MB).",
    `Container dev-urs-backup: label ${LABEL.vcpus} says 4 but the container has 2 vCPU (cpuShares); ` +
      `label ${LABEL.memoryMb} says 4096 but the container has no memory limit.`,
  ]);
});

test("a label alone that disagrees with a conformant container is reported", async () => {
  const { plan, c } = await container("dev-mcp-1");
  const labels = (c.outputs.labels as { label: string; value: string }[]).map((l) =>
    l.label === LABEL.vcpus ? { ...l, value: "8" } : l,
  );
  const found = await runPolicy(vmSizing, deployedState(drift(plan, c, "labels", labels)));
  expect(found.map((f) => f.message)).toEqual([
    `Container dev-mcp-1: label ${LABEL.vcpus} says 8 but the container has 4 vCPU (cpuShares).`,
  ]);
});
