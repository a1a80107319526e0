// test/fixtures/lab-stack-export.json: what `pulumi stack export` gives of the lab stack deployed
// from the current program and then refreshed after two changes made in vCenter. Written by
// `npm run gen:fixtures` (test/fixtures/make-lab-export.ts); test/lab-stack-export.test.ts fails
// when the committed file is not what this gives, so the fixture follows the program.
import * as path from "path";
import type { PlanDocument } from "../../analyzer/plan-document";
import { planConfig } from "../../cli/plan";
import { TYPE } from "../../policies/contract";
import { deployedExport, exportText, type Deployment } from "./deployed-export";
import { REPO, stackConfig } from "./stacks";

export const LAB_EXPORT = path.join(REPO, "test", "fixtures", "lab-stack-export.json");

/** The vCenter password of the lab's deployer (`pulumi config set --secret vsphere:password`). */
export const LAB_VCENTER_PASSWORD: Record<string, string> = { "vsphere:password": "Vc-Lab-pw-4h8ws" };

/** The lab as deployed in February and refreshed in March, with what the refresh found. */
export const LAB_DEPLOYMENT: Deployment = {
  cliVersion: "v3.153.1",
  createdAt: "2025-02-11T14:03:12Z",
  refreshedAt: "2025-03-13T08:41:20Z",
  drifts: [
    // An operator switched DRS to manual during maintenance and left it so.
    { type: TYPE.cluster, name: "lab-cluster", key: "drsAutomationLevel", value: "manual" },
    // The simulator's Tools upgrade policy was changed by hand in the vSphere Client.
    { type: TYPE.vm, name: "lab-sim-1", key: "toolsUpgradePolicy", value: "manual" },
  ],
};

/** The plan of Pulumi.lab.yaml with its secrets set, as the lab's deployer ran `pulumi up`. */
export async function labPlan(): Promise<PlanDocument> {
  const cfg = stackConfig("lab");
  const plan = await planConfig({
    ...cfg,
    config: { ...cfg.config, ...LAB_VCENTER_PASSWORD },
    secretKeys: [...cfg.secretKeys, ...Object.keys(LAB_VCENTER_PASSWORD)],
  });
  return plan.document;
}

/** The lab's export as the fixture holds it. */
export async function labStackExport(): Promise<string> {
  return exportText(deployedExport(await labPlan(), LAB_DEPLOYMENT));
}
