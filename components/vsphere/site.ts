import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName, localName } from "../../model/names";
import { inRolloutOrder, rolloutPredecessors } from "../../model/rollout";
import { GenesysSettings, GuestOs, Role, Site, VsphereSettings } from "../../model/types";
import { customizeSpec, templateFor } from "../../model/vsphere-spec";
import { byName } from "../../model/placement";
import { VsphereCluster } from "./cluster";
import { VsphereDistributedNetwork } from "./distributed-network";
import { VsphereHost } from "./host";
import { VsphereInventory } from "./inventory";
import { VspherePlacementRules } from "./rules";
import { CloneSource, GuestPasswords, VsphereGenesysVm } from "./vm";

export interface VsphereSiteArgs {
  site: Site;
  vsphere: VsphereSettings;
  genesys: GenesysSettings;
  /** The stack's tags (components/vsphere/inventory.ts): the site's tag goes in siteCategoryId. */
  tags: { siteCategoryId: pulumi.Input<string>; roleTagIds: Record<Role, pulumi.Input<string>> };
  /** The guests' passwords, as secrets; never among this component's inputs. */
  passwords?: GuestPasswords;
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
    // Each template is looked up only when a VM of its guest OS exists: vCenter may have no other.
    const templates = new Map<GuestOs, pulumi.Output<CloneSource>>();
    const templateOf = (os: GuestOs) => {
      if (!templates.has(os))
        templates.set(
          os,
          vsphere
            .getVirtualMachineOutput({ name: templateFor(os, args.vsphere).template, datacenterId }, parent)
            .apply((t) => ({
              uuid: t.uuid,
              scsiType: t.scsiType,
              thinProvisioned: t.disks[0]?.thinProvisioned,
              eagerlyScrub: t.disks[0]?.eagerlyScrub,
            })),
        );
      return templates.get(os)!;
    };

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
      // By host name, as placement goes: listing the hosts in another order changes nothing.
      { settings: site.cluster, datacenterId, hostSystemIds: byName(site.hosts).map((h) => hostIds[h.name]) },
      parent,
    );
    const networkId =
      site.networks.kind === "distributed"
        ? new VsphereDistributedNetwork(
            childName(name, "network"),
            { site: site.name, networks: site.networks, hosts: site.hosts, hostIds, datacenterId },
            parent,
          ).vmPortGroup.id
        : // The VM port group is created by this program on every host, so look its network up only
          // once those exist: during a preview the ids are unknown and the lookup waits instead of
          // failing on a port group that is not there yet.
          pulumi
            .all([datacenterId, ...hosts.map((h) => h.vmPortGroup!.id)])
            .apply(([dcId]) =>
              vsphere.getNetwork({ name: site.networks.vmTraffic.portGroup, datacenterId: dcId }, parent),
            )
            .apply((n) => n.id);
    const inventory = new VsphereInventory(
      childName(name, "inventory"),
      {
        site: site.name,
        inventory: site.inventory,
        datacenterId,
        clusterPoolId: cluster.resourcePoolId,
        siteCategoryId: args.tags.siteCategoryId,
      },
      parent,
    );

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
            resourcePoolId: inventory.resourcePoolId,
            folder: inventory.folder,
            tagIds: [args.tags.roleTagIds[vm.role], inventory.siteTagId],
            datastoreId,
            networkId,
            template: templateOf(vm.guest.os),
            vsphere: args.vsphere,
            genesys: args.genesys,
            after: after === undefined ? undefined : vms.get(after),
            customize: customizeSpec(vm, site),
            passwords: args.passwords,
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
