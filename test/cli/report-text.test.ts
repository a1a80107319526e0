// The text report of `check`: a policy that finds several resources is printed once, with its
// description and message once, and the resources listed under it.
import type { CheckResult } from "../../cli/check";
import { formatCheckText } from "../../cli/report-text";
import { makeReport, type Violation } from "../../analyzer/report";

const URN = "urn:pulumi:dev::genesys-iac::";
const DESCRIPTION = "The Genesys VMs that carry calls are protected.";

function violation(policyName: string, urn: string, message: string, level = "advisory"): Violation {
  return {
    policyName,
    policyPackName: "genesys-vmware",
    description: DESCRIPTION,
    message: `${DESCRIPTION}\n${message}`,
    enforcementLevel: level as Violation["enforcementLevel"],
    urn,
  };
}

function result(violations: Violation[]): CheckResult {
  const report = makeReport(violations);
  const count = (l: string) => report.violations.filter((v) => v.enforcementLevel === l).length;
  return {
    stack: "dev",
    project: "genesys-iac",
    source: "plan of Pulumi.dev.yaml",
    resources: 36,
    pack: { name: "genesys-vmware", version: "0.1.0", dir: "policies" },
    verdict: report.blocked ? "failed" : "passed",
    counts: {
      mandatory: count("mandatory"),
      advisory: count("advisory"),
      remediate: 0,
      total: violations.length,
    },
    disabledPolicies: [],
    nothingDeployed: false,
    report,
    document: {
      version: 3,
      deployment: { manifest: {}, resources: [] },
    } as unknown as CheckResult["document"],
    diagnostics: [],
  };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

const containers = Array.from({ length: 10 }, (_, i) => `dev-vm-${i + 1}`);
const unprotected = containers.map((n) =>
  violation(
    "voice-vms-protected",
    `${URN}docker:index/container:Container::${n}`,
    `VM ${n} is not protected; set protect so that it cannot be deleted by accident.`,
  ),
);

describe("the check text report", () => {
  it("prints an advisory that ten resources share once, and lists the ten", () => {
    const text = formatCheckText(result(unprotected));
    expect(occurrences(text, "voice-vms-protected")).toBe(1);
    expect(occurrences(text, DESCRIPTION)).toBe(1);
    expect(occurrences(text, "is not protected")).toBe(1);
    expect(text).toContain("- [advisory]  voice-vms-protected  (10 resources)");
    expect(text).toContain(
      "VM {name} is not protected; set protect so that it cannot be deleted by accident.",
    );
    expect(text).toContain("where {name} is each docker:index/container:Container of:");
    for (const n of containers) expect(text).toMatch(new RegExp(`\\b${n}\\b`));
    expect(text).toContain("Summary: 0 mandatory, 10 advisory violations in 36 resources: PASSED");
  });

  it("lists each message under the policy when the messages differ by more than the name", () => {
    const pairs = ["sip", "stat"].map((p) =>
      violation(
        "ha-pair-anti-affinity",
        `${URN}vsphere:index/virtualMachine:VirtualMachine::lab-${p}-primary`,
        `Pair lab-${p}: lab-${p}-primary and lab-${p}-backup may share a host.`,
        "mandatory",
      ),
    );
    const text = formatCheckText(result(pairs));
    expect(occurrences(text, "ha-pair-anti-affinity")).toBe(1);
    expect(text).toContain("- [mandatory]  ha-pair-anti-affinity  (2 resources)");
    expect(text).toContain("          - vsphere:index/virtualMachine:VirtualMachine: lab-sip-primary\n");
    expect(text).toContain("            Pair lab-sip: lab-sip-primary and lab-sip-backup may share a host.");
    expect(text).toContain(
      "            Pair lab-stat: lab-stat-primary and lab-stat-backup may share a host.",
    );
    expect(text).toMatch(/FAILED/);
  });

  it("prints a single violation in full on its own, as before", () => {
    const text = formatCheckText(result(unprotected.slice(0, 1)));
    expect(text).toContain(
      "        - [advisory]  voice-vms-protected  (docker:index/container:Container: dev-vm-1)\n" +
        `          ${DESCRIPTION}\n` +
        "          VM dev-vm-1 is not protected; set protect so that it cannot be deleted by accident.\n",
    );
  });
});
