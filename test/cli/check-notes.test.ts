// What `check` says beside the violations: policies the policy config switched off (in every
// format, so a PR comment never shows a clean pass made by disabling policies), and an export of a
// stack that was never deployed. Each check runs once; its result is rendered in every format.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePlanDocument } from "../../analyzer/plan-document";
import { configuredLevels, type AnalyzerInfo } from "../../analyzer/analyzer-info";
import { checkJson, runCheck, type CheckResult } from "../../cli/check";
import { checkMarkdown, PR_MARKER } from "../../cli/markdown";
import { formatCheckText } from "../../cli/report-text";
import { REPO } from "../support/stacks";

const FIXTURE = path.join(REPO, "test", "fixtures", "lab-stack-export.json");
/** The result in one of check's output formats, as the command writes it. */
function renderCheck(r: CheckResult, format: string): string {
  if (format === "json") return checkJson(r);
  return format === "markdown" ? checkMarkdown(r) : formatCheckText(r);
}

function tmpFile(name: string, content: string): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "genesys-notes-")), name);
  fs.writeFileSync(f, content);
  return f;
}

describe("policies disabled by --policy-config are named in every output", () => {
  let r: CheckResult;
  beforeAll(async () => {
    const cfg = tmpFile(
      "policy.json",
      JSON.stringify({
        "ha-pair-anti-affinity": "disabled",
        "addp-timeout-max": { enforcementLevel: "disabled" },
      }),
    );
    r = await runCheck({ source: { input: FIXTURE }, policyConfig: cfg }, REPO);
  });

  it("text", () => {
    const text = renderCheck(r, "text");
    expect(text).toContain(
      "2 policies disabled by the policy config, not checked: ha-pair-anti-affinity, addp-timeout-max.",
    );
    // The fixture's deployed DRS was set to manual outside Pulumi: it fails either way.
    expect(text).toMatch(/Summary: .*: FAILED .* \(2 disabled\)\n$/);
  });

  it("JSON", () => {
    const doc = JSON.parse(renderCheck(r, "json"));
    expect(doc.disabledPolicies).toEqual(["ha-pair-anti-affinity", "addp-timeout-max"]);
    expect(doc.nothingDeployed).toBe(false);
  });

  it("Markdown", () => {
    const md = renderCheck(r, "markdown");
    expect(md.split("\n")[0]).toBe(PR_MARKER);
    expect(md).toContain(
      "> ⚠️ 2 policies disabled by the policy config, not checked: `ha-pair-anti-affinity`, `addp-timeout-max`.",
    );
  });

  it("none disabled: no such line", () => {
    const clean = { ...r, disabledPolicies: [] };
    for (const format of ["text", "json", "markdown"])
      expect(renderCheck(clean, format)).not.toMatch(/disabled by the policy config/);
  });
});

test('"all": "disabled" disables every policy; a policy\'s own level wins over "all"', () => {
  const info = {
    policies: [
      { name: "a", enforcementLevel: "mandatory" },
      { name: "b", enforcementLevel: "advisory" },
    ],
  } as AnalyzerInfo;
  expect(configuredLevels(info, { all: "disabled" })).toEqual({ a: "disabled", b: "disabled" });
  expect(configuredLevels(info, { all: "disabled", b: { enforcementLevel: "mandatory" } })).toEqual({
    a: "disabled",
    b: "mandatory",
  });
  expect(configuredLevels(info, {})).toEqual({ a: "mandatory", b: "advisory" });
});

describe("check --input of a stack that was never deployed", () => {
  const neverDeployed = {
    version: 3,
    deployment: {
      manifest: { time: "2025-03-01T10:00:00Z", magic: "", version: "v3.150.0" },
      secrets_providers: { type: "passphrase", state: { salt: "v1:abc:def" } },
      metadata: {},
    },
  };

  it("says nothing is deployed, in text and JSON, and passes", async () => {
    const file = tmpFile("export.json", JSON.stringify(neverDeployed));
    const r = await runCheck({ source: { input: file, stack: "lab" } }, REPO);
    expect(r.verdict).toBe("passed");
    expect(renderCheck(r, "text")).toContain("Nothing deployed: the export holds no resources");
    expect(renderCheck(r, "markdown")).toContain("Nothing deployed: the export holds no resources");
    expect(JSON.parse(renderCheck(r, "json"))).toMatchObject({ nothingDeployed: true, resources: 0 });
  });

  it("a document with no deployment at all is still not an export", () => {
    expect(() => parsePlanDocument(JSON.stringify({ version: 3 }), "x.json")).toThrow(
      "is not a plan or a `pulumi stack export`",
    );
    expect(parsePlanDocument(JSON.stringify(neverDeployed), "e.json").deployment.resources).toEqual([]);
  });
});
