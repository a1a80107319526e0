// `check --policy-pack DIR` with a user's pack written in TypeScript and never built, as
// `pulumi policy new` makes one (package.json without a compiled main, index.ts): served by
// run-policy-pack, which compiles it with ts-node as `pulumi preview --policy-pack` does, even
// when the compiled host was asked for; its verdict comes back like any pack's.
import * as fs from "fs";
import * as path from "path";
import { packEntry } from "../../analyzer/pack-process";
import { PolicyRunner } from "../../analyzer/policy-runner";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";

// Inside the project (git-ignored), so that it resolves @pulumi/policy from its node_modules.
const PACK = path.join(REPO, "test-output", "packs", "typescript-pack");

beforeAll(() => {
  fs.mkdirSync(PACK, { recursive: true });
  fs.writeFileSync(path.join(PACK, "PulumiPolicy.yaml"), "runtime: nodejs\ndescription: a TypeScript pack\n");
  fs.writeFileSync(path.join(PACK, "package.json"), JSON.stringify({ name: "ts-pack", version: "0.0.1" }));
  fs.writeFileSync(
    path.join(PACK, "index.ts"),
    `import { PolicyPack, validateResourceOfType } from "@pulumi/policy";
import * as vsphere from "@pulumi/vsphere";

const minimumHosts: number = 4;

new PolicyPack("site-rules", {
  policies: [
    {
      name: "cluster-min-hosts",
      description: "Each cluster has at least four hosts (a site's own rule, in TypeScript).",
      enforcementLevel: "mandatory",
      validateResource: validateResourceOfType(vsphere.ComputeCluster, (cluster, _args, report) => {
        const hosts: number = (cluster.hostSystemIds ?? []).length;
        if (hosts < minimumHosts) report(\`cluster \${cluster.name} has \${hosts} hosts, fewer than \${minimumHosts}\`);
      }),
    },
  ],
});
`,
  );
});

it("is found as TypeScript", () => {
  expect(packEntry(PACK)).toEqual({ kind: "ts", file: path.join(PACK, "index.ts") });
});

it("is compiled and served by run-policy-pack, and judges the lab", async () => {
  const r = await runCli(["check", "--stack", "lab", "--policy-pack", PACK]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("site-rules@v0.0.1");
  expect(r.stdout).toContain(
    "- [mandatory]  cluster-min-hosts  (vsphere:index/computeCluster:ComputeCluster: lab-cluster)",
  );
  expect(r.stdout).toContain("cluster genesys-ha has 3 hosts, fewer than 4");
});

it("is started with run-policy-pack even when the compiled host is asked for", async () => {
  const runner = await PolicyRunner.start({ packDir: PACK, host: "compiled" });
  try {
    const info = await runner.getAnalyzerInfo();
    expect(info.policies.map((p) => p.name)).toEqual(["cluster-min-hosts"]);
  } finally {
    await runner.close();
  }
});

it("that does not compile is the pack's failure: exit 3, the compiler's error, no stack trace", async () => {
  const bad = path.join(REPO, "test-output", "packs", "typescript-pack-bad");
  fs.mkdirSync(bad, { recursive: true });
  fs.writeFileSync(path.join(bad, "PulumiPolicy.yaml"), "runtime: nodejs\n");
  fs.writeFileSync(path.join(bad, "package.json"), JSON.stringify({ name: "bad-pack", version: "0.0.1" }));
  fs.writeFileSync(
    path.join(bad, "index.ts"),
    'import { PolicyPack } from "@pulumi/policy";\nconst hosts: number = "three";\nnew PolicyPack("bad", { policies: [] });\n',
  );
  const r = await runCli(["check", "--stack", "lab", "--policy-pack", bad]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^error: the policy pack failed: it did not start: it exited with code \d+\n/);
  expect(r.stderr).toContain("error TS2322: Type 'string' is not assignable to type 'number'.");
  expect(r.stderr).toContain("This is a fault in the policy pack, not in the stack's configuration.");
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain("internal error");
});
