import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  activeNics allowForgedTransmits allowMacChanges allowPromiscuous beaconInterval checkBeacon
  failback hostSystemId linkDiscoveryOperation linkDiscoveryProtocol mtu name networkAdapters
  notifySwitches numberOfPorts shapingAverageBandwidth shapingBurstSize shapingEnabled
  shapingPeakBandwidth standbyNics teamingPolicy
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  activeNics hostSystemId networkAdapters
`);

/** A standard virtual switch on one ESXi host. */
export class HostVirtualSwitch extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/hostVirtualSwitch:HostVirtualSwitch";

  /** Reads the state of an existing HostVirtualSwitch with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: HostVirtualSwitchState,
    opts?: pulumi.CustomResourceOptions,
  ): HostVirtualSwitch {
    return new HostVirtualSwitch(name, state as unknown as HostVirtualSwitchArgs, { ...opts, id });
  }

  /** True when `obj` is a HostVirtualSwitch, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is HostVirtualSwitch {
    return utilities.hasPulumiType(obj, HostVirtualSwitch.__pulumiType);
  }

  /** Physical NICs used actively. */
  declare public readonly activeNics: pulumi.Output<string[]>;
  /** Allow forged transmits. */
  declare public readonly allowForgedTransmits: pulumi.Output<boolean | undefined>;
  /** Allow MAC address changes. */
  declare public readonly allowMacChanges: pulumi.Output<boolean | undefined>;
  /** Allow promiscuous mode. */
  declare public readonly allowPromiscuous: pulumi.Output<boolean | undefined>;
  declare public readonly beaconInterval: pulumi.Output<number | undefined>;
  declare public readonly checkBeacon: pulumi.Output<boolean | undefined>;
  declare public readonly failback: pulumi.Output<boolean | undefined>;
  /** Managed object id of the ESXi host. */
  declare public readonly hostSystemId: pulumi.Output<string>;
  declare public readonly linkDiscoveryOperation: pulumi.Output<string | undefined>;
  declare public readonly linkDiscoveryProtocol: pulumi.Output<string | undefined>;
  /** Maximum transmission unit in bytes. */
  declare public readonly mtu: pulumi.Output<number | undefined>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  /** Physical NICs bridged by the switch. */
  declare public readonly networkAdapters: pulumi.Output<string[]>;
  declare public readonly notifySwitches: pulumi.Output<boolean | undefined>;
  /** Number of ports on the switch. */
  declare public readonly numberOfPorts: pulumi.Output<number | undefined>;
  declare public readonly shapingAverageBandwidth: pulumi.Output<number | undefined>;
  declare public readonly shapingBurstSize: pulumi.Output<number | undefined>;
  declare public readonly shapingEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly shapingPeakBandwidth: pulumi.Output<number | undefined>;
  /** Physical NICs kept on standby. */
  declare public readonly standbyNics: pulumi.Output<string[] | undefined>;
  /** NIC teaming (load balancing) policy. */
  declare public readonly teamingPolicy: pulumi.Output<string | undefined>;

  /** Declares a HostVirtualSwitch named `name` (unique among the stack's HostVirtualSwitch resources). */
  constructor(name: string, args: HostVirtualSwitchArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: HostVirtualSwitchArgs | HostVirtualSwitchState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("HostVirtualSwitch", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      HostVirtualSwitch.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a HostVirtualSwitch. */
export interface HostVirtualSwitchArgs {
  /** Physical NICs used actively. */
  activeNics: pulumi.Input<pulumi.Input<string>[]>;
  /** Allow forged transmits. */
  allowForgedTransmits?: pulumi.Input<boolean>;
  /** Allow MAC address changes. */
  allowMacChanges?: pulumi.Input<boolean>;
  /** Allow promiscuous mode. */
  allowPromiscuous?: pulumi.Input<boolean>;
  beaconInterval?: pulumi.Input<number>;
  checkBeacon?: pulumi.Input<boolean>;
  failback?: pulumi.Input<boolean>;
  /** Managed object id of the ESXi host. */
  hostSystemId: pulumi.Input<string>;
  linkDiscoveryOperation?: pulumi.Input<string>;
  linkDiscoveryProtocol?: pulumi.Input<string>;
  /** Maximum transmission unit in bytes. */
  mtu?: pulumi.Input<number>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  /** Physical NICs bridged by the switch. */
  networkAdapters: pulumi.Input<pulumi.Input<string>[]>;
  notifySwitches?: pulumi.Input<boolean>;
  /** Number of ports on the switch. */
  numberOfPorts?: pulumi.Input<number>;
  shapingAverageBandwidth?: pulumi.Input<number>;
  shapingBurstSize?: pulumi.Input<number>;
  shapingEnabled?: pulumi.Input<boolean>;
  shapingPeakBandwidth?: pulumi.Input<number>;
  /** Physical NICs kept on standby. */
  standbyNics?: pulumi.Input<pulumi.Input<string>[]>;
  /** NIC teaming (load balancing) policy. */
  teamingPolicy?: pulumi.Input<string>;
}

/** Known state of an existing HostVirtualSwitch, used by `HostVirtualSwitch.get` lookups. */
export interface HostVirtualSwitchState {
  activeNics?: pulumi.Input<pulumi.Input<string>[]>;
  allowForgedTransmits?: pulumi.Input<boolean>;
  allowMacChanges?: pulumi.Input<boolean>;
  allowPromiscuous?: pulumi.Input<boolean>;
  beaconInterval?: pulumi.Input<number>;
  checkBeacon?: pulumi.Input<boolean>;
  failback?: pulumi.Input<boolean>;
  hostSystemId?: pulumi.Input<string>;
  linkDiscoveryOperation?: pulumi.Input<string>;
  linkDiscoveryProtocol?: pulumi.Input<string>;
  mtu?: pulumi.Input<number>;
  name?: pulumi.Input<string>;
  networkAdapters?: pulumi.Input<pulumi.Input<string>[]>;
  notifySwitches?: pulumi.Input<boolean>;
  numberOfPorts?: pulumi.Input<number>;
  shapingAverageBandwidth?: pulumi.Input<number>;
  shapingBurstSize?: pulumi.Input<number>;
  shapingEnabled?: pulumi.Input<boolean>;
  shapingPeakBandwidth?: pulumi.Input<number>;
  standbyNics?: pulumi.Input<pulumi.Input<string>[]>;
  teamingPolicy?: pulumi.Input<string>;
}
