import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName, localName } from "../../model/names";
import { inRolloutOrder, rolloutPredecessors } from "../../model/rollout";
import { GenesysSettings, Site, VsphereSettings } from "../../model/types";
import { VsphereCluster } from "./cluster";
import { VsphereHost } from "./host";
import { VspherePlacementRules } from "./rules";
import { VsphereGenesysVm } from "./vm";

export interface VsphereSiteArgs {
  site: Site;
  vsphere: VsphereSettings;
  genesys: GenesysSettings;
}

/** One site of the deployment on vSphere: its cluster, host networking, VMs and rules. */
export class VsphereSite extends GenesysComponent<typeof COMPONENT.vsphereSite> {
  readonly vmIds: pulumi.Output<Record<string, string>>;
  readonly clusterId: pulumi.Output<string>;
  readonly ruleNames: string[];
  readonly groupNames: string[];

  constructor(name: string, args: VsphereSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT.vsphereSite, name, { name: args.site.name }, opts);
    const { site } = args;
    const parent = { parent: this };
    const datacenterId = vsphere.getDatacenterOutput({ name: site.datacenter }, parent).apply((d) => d.id);
    const datastoreId = vsphere
      .getDatastoreOutput({ name: site.datastore, datacenterId }, parent)
      .apply((d) => d.id);
    const template = vsphere
      .getVirtualMachineOutput({ name: args.vsphere.template, datacenterId }, parent)
      .apply((t) => ({
        uuid: t.uuid,
        scsiType: t.scsiType,
        thinProvisioned: t.disks[0]?.thinProvisioned,
        eagerlyScrub: t.disks[0]?.eagerlyScrub,
      }));

    const hosts = site.hosts.map(
      (host) =>
        new VsphereHost(
          childName(name, host.name),
          { site: site.name, host, networks: site.networks, datacenterId },
          parent,
        ),
    );
    const hostIds = Object.fromEntries(site.hosts.map((h, i) => [h.name, hosts[i].hostSystemId]));
    const cluster = new VsphereCluster(
      childName(name, "cluster"),
      { settings: site.cluster, datacenterId, hostSystemIds: hosts.map((h) => h.hostSystemId) },
      parent,
    );
    // The VM port group is created by this program on every host, so look its network up only
    // once those exist: during a preview the ids are unknown and the lookup waits instead of
    // failing on a port group that is not there yet.
    const networkId = pulumi
      .all([datacenterId, ...hosts.map((h) => h.vmPortGroup.id)])
      .apply(([dcId]) =>
        vsphere.getNetwork({ name: site.networks.vmTraffic.portGroup, datacenterId: dcId }, parent),
      )
      .apply((n) => n.id);

    // Each VM after the one it is rolled out after (a pair's backup first, the MCPs in a chain).
    const predecessors = rolloutPredecessors(site.vms);
    const vms = new Map<string, VsphereGenesysVm>();
    for (const vm of inRolloutOrder(site.vms, predecessors)) {
      const after = predecessors.get(vm.name);
      vms.set(
        vm.name,
        new VsphereGenesysVm(
          childName(name, localName(vm)),
          {
            vm,
            resourcePoolId: cluster.resourcePoolId,
            datastoreId,
            networkId,
            template,
            vsphere: args.vsphere,
            genesys: args.genesys,
            after: after === undefined ? undefined : vms.get(after),
          },
          parent,
        ),
      );
    }
    const vmIds = Object.fromEntries(site.vms.map((vm) => [vm.name, vms.get(vm.name)!.machine.id]));
    const rules = new VspherePlacementRules(
      childName(name, "rules"),
      { site, vms: site.vms, clusterId: cluster.clusterId, vmIds, hostIds },
      parent,
    );
    this.vmIds = pulumi.output(vmIds);
    this.clusterId = cluster.clusterId;
    this.ruleNames = rules.ruleNames;
    this.groupNames = rules.groupNames;
    this.registerContractOutputs({ vmIds: this.vmIds, clusterId: this.clusterId, ruleNames: this.ruleNames });
  }
}
