// The deployment on vSphere: one vCenter provider, and per site its cluster, host networking, VMs
// and placement rules.
import * as pulumi from "@pulumi/pulumi";
import { SECRET_KEYS } from "../../model/defaults";
import { neededSecrets } from "../../model/secrets";
import { Deployment } from "../../model/types";
import { vcenterProvider } from "./provider";
import { VsphereTagCategories } from "./inventory";
import { VsphereSite } from "./site";
import { GuestPasswords } from "./vm";

export interface VsphereOutputs {
  /** Per site: VM name -> VM id. */
  vmIds: Record<string, pulumi.Output<Record<string, string>>>;
  /** Per site: names of the DRS rules and groups. */
  ruleNames: Record<string, string[]>;
}

export function deployVsphere(d: Deployment): VsphereOutputs {
  const provider = vcenterProvider("vcenter");
  const onVcenter = { providers: { vsphere: provider } };
  const tags = new VsphereTagCategories("genesys-tags", onVcenter);
  const settings = { vsphere: d.vsphere, genesys: d.genesys, tags, passwords: guestPasswords(d) };
  const sites = d.sites.map((site) => new VsphereSite(site.name, { site, ...settings }, onVcenter));
  return {
    vmIds: Object.fromEntries(sites.map((s, i) => [d.sites[i].name, s.vmIds])),
    ruleNames: Object.fromEntries(sites.map((s, i) => [d.sites[i].name, [...s.ruleNames, ...s.groupNames]])),
  };
}

/** The guests' passwords the deployment needs, read only as secrets (validated by loadDeployment). */
function guestPasswords(d: Deployment): GuestPasswords {
  const config = new pulumi.Config(d.project);
  const needed = neededSecrets(d.platform, d.sites);
  return {
    ...(needed.includes("adminPassword") ? { admin: config.requireSecret(SECRET_KEYS.adminPassword) } : {}),
    ...(needed.includes("domainJoinPassword")
      ? { domainJoin: config.requireSecret(SECRET_KEYS.domainJoinPassword) }
      : {}),
  };
}
