// The benchmark's SDK floor (bench/sdk-floor.js): a saved plan's resources registered under Pulumi's
// mocks with the plan's URNs, each custom resource with its provider SDK's class, as the program
// makes them (the lab: @pulumi/vsphere; the dev stack: @pulumi/docker).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-sdk-floor-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it.each(["lab", "dev"])("replays the %s stack's plan with the provider SDK's classes", async (stack) => {
  const plan = path.join(dir, `${stack}.json`);
  const r = await runCli(["plan", "--stack", stack, "--format", "json", "--out", plan]);
  expect(r.code).toBe(0);
  const resources: { type: string; custom: boolean; urn: string }[] = JSON.parse(
    fs.readFileSync(plan, "utf8"),
  ).deployment.resources;
  const replayed = resources.filter(
    (x) => x.type !== "pulumi:pulumi:Stack" && !/::default(_[^:]*)?$/.test(x.urn),
  );
  const customs = replayed.filter((x) => x.custom);
  expect(customs.length).toBeGreaterThan(0);
  // The script itself fails when a URN it registered is not the plan's.
  const out = JSON.parse(
    execFileSync(process.execPath, [path.join(REPO, "bench", "sdk-floor.js"), plan], { encoding: "utf8" }),
  );
  expect(out.resources).toBe(replayed.length);
  // Each custom resource with its class (a provider once in every run that uses it).
  expect(out.withoutClass).toBe(0);
  expect(out.withClass).toBeGreaterThanOrEqual(customs.length);
  expect(out.cpuMs).toBeGreaterThan(0);
});
