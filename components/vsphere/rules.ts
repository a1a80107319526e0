import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName } from "../../model/names";
import { GenesysVm, Site } from "../../model/types";

export interface VspherePlacementRulesArgs {
  site: Pick<Site, "name" | "rules" | "vmGroups" | "hostGroups" | "vmHostRules">;
  vms: GenesysVm[];
  clusterId: pulumi.Input<string>;
  /** VM name -> VM id. Ids, not names: a replaced VM gets a new id and every rule follows it. */
  vmIds: Record<string, pulumi.Input<string>>;
  /** ESXi host name -> host system id. */
  hostIds: Record<string, pulumi.Input<string>>;
}

/**
 * DRS rules and HA overrides of one site: pair anti-affinity (guide #9, honoured on restart by the
 * cluster option of #10), the MCP spread, primaries and backups together (#6) with should-run
 * VM/host rules, and the restart priority of every role.
 */
export class VspherePlacementRules extends GenesysComponent<typeof COMPONENT.vsphereRules> {
  readonly ruleNames: string[];
  readonly groupNames: string[];

  constructor(name: string, args: VspherePlacementRulesArgs, opts?: pulumi.ComponentResourceOptions) {
    // Only the plain model goes to the engine as this component's inputs (policies/contract.ts).
    const s = args.site;
    const site = {
      name: s.name,
      rules: s.rules,
      vmGroups: s.vmGroups,
      hostGroups: s.hostGroups,
      vmHostRules: s.vmHostRules,
    };
    super(COMPONENT.vsphereRules, name, { site }, opts);
    const { clusterId } = args;
    const ids = (names: string[]) => names.map((n) => args.vmIds[n]);
    const parent = { parent: this };
    for (const r of site.rules) {
      const ruleArgs = {
        name: r.name,
        computeClusterId: clusterId,
        virtualMachineIds: ids(r.vms),
        enabled: true,
        mandatory: r.mandatory,
      };
      if (r.kind === "antiAffinity")
        new vsphere.ComputeClusterVmAntiAffinityRule(childName(name, r.name), ruleArgs, parent);
      else new vsphere.ComputeClusterVmAffinityRule(childName(name, r.name), ruleArgs, parent);
    }
    const vmGroups = new Map<string, vsphere.ComputeClusterVmGroup>();
    for (const g of site.vmGroups) {
      vmGroups.set(
        g.name,
        new vsphere.ComputeClusterVmGroup(
          childName(name, g.name),
          { name: g.name, computeClusterId: clusterId, virtualMachineIds: ids(g.vms) },
          parent,
        ),
      );
    }
    const hostGroups = new Map<string, vsphere.ComputeClusterHostGroup>();
    for (const g of site.hostGroups) {
      const hostSystemIds = g.hosts.map((h) => args.hostIds[h]);
      hostGroups.set(
        g.name,
        new vsphere.ComputeClusterHostGroup(
          childName(name, g.name),
          { name: g.name, computeClusterId: clusterId, hostSystemIds },
          parent,
        ),
      );
    }
    for (const r of site.vmHostRules) {
      new vsphere.ComputeClusterVmHostRule(
        childName(name, r.name),
        {
          name: r.name,
          computeClusterId: clusterId,
          // The group resources' names, so the rule waits for both groups to exist.
          vmGroupName: vmGroups.get(r.vmGroup)!.name,
          affinityHostGroupName: hostGroups.get(r.hostGroup)!.name,
          enabled: true,
          mandatory: r.mandatory,
        },
        parent,
      );
    }
    for (const vm of args.vms) {
      new vsphere.HaVmOverride(
        childName(name, `${vm.name}-ha`),
        {
          computeClusterId: clusterId,
          virtualMachineId: args.vmIds[vm.name],
          haVmRestartPriority: vm.restartPriority,
        },
        parent,
      );
    }
    this.ruleNames = site.rules.map((r) => r.name).concat(site.vmHostRules.map((r) => r.name));
    this.groupNames = site.vmGroups.map((g) => g.name).concat(site.hostGroups.map((g) => g.name));
    this.registerContractOutputs({ ruleNames: this.ruleNames, groupNames: this.groupNames });
  }
}
