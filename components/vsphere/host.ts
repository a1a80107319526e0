import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName } from "../../model/names";
import { Host, Network } from "../../model/types";

export interface VsphereHostArgs {
  site: string;
  /** Declared facts of the host; they travel as this component's inputs, so the policy pack can
   * judge BIOS settings and failover capacity from the plan. */
  host: Host;
  networks: { vmTraffic: Network; vmotion: Network };
  datacenterId: pulumi.Input<string>;
}

/**
 * One ESXi host's networking (guide #2): VM traffic on its own vSwitch and port group, vMotion on
 * a second vSwitch with its own NICs, port group and VMkernel adapter.
 */
export class VsphereHost extends GenesysComponent<typeof COMPONENT.vsphereHost> {
  readonly hostSystemId: pulumi.Output<string>;
  readonly vmPortGroup: vsphere.HostPortGroup;
  readonly vmotionVnic: vsphere.Vnic;

  constructor(name: string, args: VsphereHostArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT.vsphereHost, name, { site: args.site, host: args.host, networks: args.networks }, opts);
    const hostSystemId = vsphere
      .getHostOutput({ name: args.host.name, datacenterId: args.datacenterId }, { parent: this })
      .apply((h) => h.id);
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
    this.vmotionVnic = new vsphere.Vnic(
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
    this.hostSystemId = hostSystemId;
    // The declared facts go out again as outputs: under the Pulumi CLI, stack policies read
    // outputs, and the failover and BIOS checks need them.
    this.registerContractOutputs({
      site: args.site,
      host: args.host,
      networks: args.networks,
      hostSystemId,
      vmPortGroup: this.vmPortGroup.name,
      vmotionVnic: this.vmotionVnic.id,
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
