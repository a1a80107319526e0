import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName } from "../../model/names";
import { Host, Network, SiteNetworks } from "../../model/types";

export interface VsphereHostArgs {
  site: string;
  /** Declared facts of the host; they travel as this component's inputs, so the policy pack can
   * judge BIOS settings and failover capacity from the plan. */
  host: Host;
  networks: SiteNetworks;
  datacenterId: pulumi.Input<string>;
}

/**
 * One ESXi host's networking (guide #2): VM traffic on its own vSwitch and port group, vMotion on
 * a second vSwitch with its own NICs, port group and VMkernel adapter. With `networks.kind:
 * distributed` the host has no standard vSwitch of the program's: the site's DistributedNetwork
 * takes its NICs as uplinks and holds its VMkernel adapter.
 */
export class VsphereHost extends GenesysComponent<typeof COMPONENT.vsphereHost> {
  readonly hostSystemId: pulumi.Output<string>;
  /** The standard VM port group (standard networks only). */
  readonly vmPortGroup?: vsphere.HostPortGroup;
  readonly vmotionVnic?: vsphere.Vnic;

  constructor(name: string, args: VsphereHostArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT.vsphereHost, name, { site: args.site, host: args.host, networks: args.networks }, opts);
    const hostSystemId = vsphere
      .getHostOutput({ name: args.host.name, datacenterId: args.datacenterId }, { parent: this })
      .apply((h) => h.id);
    this.hostSystemId = hostSystemId;
    const facts = { site: args.site, host: args.host, networks: args.networks, hostSystemId };
    if (args.networks.kind === "distributed") {
      this.registerContractOutputs({ ...facts, vmPortGroup: args.networks.vmTraffic.portGroup });
      return;
    }
    const { vmTraffic, vmotion } = args.networks;
    const vmSwitch = this.vswitch(childName(name, "vm-vswitch"), vmTraffic, hostSystemId);
    this.vmPortGroup = new vsphere.HostPortGroup(
      childName(name, "vm-portgroup"),
      { name: vmTraffic.portGroup, hostSystemId, virtualSwitchName: vmSwitch.name, vlanId: vmTraffic.vlan },
      { parent: this },
    );
    const vmotionSwitch = this.vswitch(childName(name, "vmotion-vswitch"), vmotion, hostSystemId);
    const vmotionPortGroup = new vsphere.HostPortGroup(
      childName(name, "vmotion-portgroup"),
      { name: vmotion.portGroup, hostSystemId, virtualSwitchName: vmotionSwitch.name, vlanId: vmotion.vlan },
      { parent: this },
    );
    const vmotionVnic = new vsphere.Vnic(
      childName(name, "vmotion-vmk"),
      {
        host: hostSystemId,
        portgroup: vmotionPortGroup.name,
        ipv4: { ip: args.host.vmotionIp, netmask: vmotion.netmask },
        mtu: vmotion.mtu,
        services: ["vmotion"],
      },
      { parent: this },
    );
    this.vmotionVnic = vmotionVnic;
    // The declared facts go out again as outputs: under the Pulumi CLI, stack policies read
    // outputs, and the failover and BIOS checks need them.
    this.registerContractOutputs({
      ...facts,
      vmPortGroup: this.vmPortGroup.name,
      vmotionVnic: vmotionVnic.id,
    });
  }

  private vswitch(name: string, net: Network, hostSystemId: pulumi.Input<string>): vsphere.HostVirtualSwitch {
    return new vsphere.HostVirtualSwitch(
      name,
      {
        name: net.vswitch,
        hostSystemId,
        networkAdapters: net.nics,
        activeNics: net.nics,
        standbyNics: [],
        mtu: net.mtu,
      },
      { parent: this },
    );
  }
}
