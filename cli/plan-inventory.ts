// The lines of `plan` (text) that say how a site's networks are built and where its VMs live in
// vCenter: the distributed switch's uplinks, the VM folder, the resource pool and the tags.
import { uplinkLayout } from "../model/networks-distributed";
import { Platform, Site } from "../model/types";
import { TAG_CATEGORY } from "../policies/contract";

export function siteInventoryLines(s: Site, platform: Platform): string[] {
  const out: string[] = [];
  if (s.networks.kind === "distributed") {
    const l = uplinkLayout(s.networks);
    out.push(
      `  Distributed switch ${s.networks.vmTraffic.vswitch}: uplinks ${l.uplinks.join(", ")} ` +
        `(VM traffic active on ${l.vmTrafficUplinks.join(", ")}, vMotion on ${l.vmotionUplinks.join(", ")})` +
        (platform === "docker" ? "; the stand-in uses the same two networks per host" : ""),
    );
  }
  // The stand-in has no folders, pools or tags: say nothing rather than something untrue.
  if (platform !== "vsphere") return out;
  const f = s.inventory.vmFolder;
  const p = s.inventory.resourcePool;
  const pool =
    p === undefined
      ? "the cluster's root pool"
      : "existing" in p
        ? `${p.existing} (existing)`
        : `${p.name} (shares CPU ${p.cpuShares}, memory ${p.memoryShares}; reserved ` +
          `${p.cpuReservationMhz} MHz, ${p.memoryReservationMb} MB)`;
  out.push(`  VMs in:     folder ${f.path}${f.existing ? " (existing)" : ""}, resource pool ${pool}`);
  out.push(`  Tags:       ${TAG_CATEGORY.role} = the VM's role, ${TAG_CATEGORY.site} = ${s.name}`);
  return out;
}
