// A site's distributed networking (`networks.kind: distributed`): one vSphere Distributed Switch with
// every host's NICs as uplinks, a port group for VM traffic and one for vMotion on uplinks of their
// own, and each host's vMotion VMkernel adapter on the vMotion port group (guide #2).
import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName } from "../../model/names";
import { uplinkLayout } from "../../model/networks-distributed";
import { Host, SiteNetworks } from "../../model/types";

export interface VsphereDistributedNetworkArgs {
  site: string;
  networks: SiteNetworks;
  hosts: Host[];
  /** ESXi host name -> host system id. */
  hostIds: Record<string, pulumi.Input<string>>;
  datacenterId: pulumi.Input<string>;
}

export class VsphereDistributedNetwork extends GenesysComponent<typeof COMPONENT.vsphereDistributedNetwork> {
  readonly vmPortGroup: vsphere.DistributedPortGroup;
  readonly vmotionPortGroup: vsphere.DistributedPortGroup;

  constructor(name: string, args: VsphereDistributedNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    const { site, networks } = args;
    super(
      COMPONENT.vsphereDistributedNetwork,
      name,
      { site, networks, hosts: args.hosts.map((h) => h.name) },
      opts,
    );
    const parent = { parent: this };
    const layout = uplinkLayout(networks);
    const dvs = new vsphere.DistributedVirtualSwitch(
      childName(name, "switch"),
      {
        name: networks.vmTraffic.vswitch,
        datacenterId: args.datacenterId,
        uplinks: layout.uplinks,
        // The switch's default teaming: VM traffic's uplinks. Each port group says its own below, so
        // a port group added by hand never lands on vMotion's uplinks by default.
        activeUplinks: layout.vmTrafficUplinks,
        standbyUplinks: [],
        maxMtu: layout.maxMtu,
        hosts: args.hosts.map((h) => ({ hostSystemId: args.hostIds[h.name], devices: layout.devices })),
      },
      parent,
    );
    // Active uplinks of its own and no standby: the other network's uplinks are unused for it.
    const portGroup = (part: string, net: SiteNetworks["vmTraffic"], active: string[]) =>
      new vsphere.DistributedPortGroup(
        childName(name, part),
        {
          name: net.portGroup,
          distributedVirtualSwitchUuid: dvs.id,
          vlanId: net.vlan,
          activeUplinks: active,
          standbyUplinks: [],
        },
        parent,
      );
    this.vmPortGroup = portGroup("vm-portgroup", networks.vmTraffic, layout.vmTrafficUplinks);
    this.vmotionPortGroup = portGroup("vmotion-portgroup", networks.vmotion, layout.vmotionUplinks);
    const vnics = args.hosts.map(
      (h) =>
        new vsphere.Vnic(
          childName(name, `${h.name}-vmotion-vmk`),
          {
            host: args.hostIds[h.name],
            distributedSwitchPort: dvs.id,
            distributedPortGroup: this.vmotionPortGroup.key,
            ipv4: { ip: h.vmotionIp, netmask: networks.vmotion.netmask },
            mtu: networks.vmotion.mtu,
            // The default TCP/IP stack with the vmotion service, as on standard vSwitches: the
            // provider takes services only on that stack (precheckEnableServices).
            netstack: "defaultTcpipStack",
            services: ["vmotion"],
          },
          parent,
        ),
    );
    this.registerContractOutputs({
      switchId: dvs.id,
      vmPortGroupId: this.vmPortGroup.id,
      vmotionPortGroupId: this.vmotionPortGroup.id,
      vnicIds: pulumi.all(vnics.map((v) => v.id)),
    });
  }
}
