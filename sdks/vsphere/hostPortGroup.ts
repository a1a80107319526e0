import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  activeNics allowForgedTransmits allowMacChanges allowPromiscuous checkBeacon failback hostSystemId
  name notifySwitches shapingAverageBandwidth shapingBurstSize shapingEnabled shapingPeakBandwidth
  standbyNics teamingPolicy virtualSwitchName vlanId
`);
const OUTPUT_ONLY = utilities.names(`
  computedPolicy key ports
`);
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  hostSystemId virtualSwitchName
`);

/** A port group on a standard virtual switch of one ESXi host. */
export class HostPortGroup extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/hostPortGroup:HostPortGroup";

  /** Reads the state of an existing HostPortGroup with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: HostPortGroupState,
    opts?: pulumi.CustomResourceOptions,
  ): HostPortGroup {
    return new HostPortGroup(name, state as unknown as HostPortGroupArgs, { ...opts, id });
  }

  /** True when `obj` is a HostPortGroup, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is HostPortGroup {
    return utilities.hasPulumiType(obj, HostPortGroup.__pulumiType);
  }

  /** Physical NICs used actively. */
  declare public readonly activeNics: pulumi.Output<string[] | undefined>;
  /** Allow forged transmits. */
  declare public readonly allowForgedTransmits: pulumi.Output<boolean | undefined>;
  /** Allow MAC address changes. */
  declare public readonly allowMacChanges: pulumi.Output<boolean | undefined>;
  /** Allow promiscuous mode. */
  declare public readonly allowPromiscuous: pulumi.Output<boolean | undefined>;
  declare public readonly checkBeacon: pulumi.Output<boolean | undefined>;
  declare public readonly computedPolicy: pulumi.Output<{ [key: string]: string }>;
  declare public readonly failback: pulumi.Output<boolean | undefined>;
  /** Managed object id of the ESXi host. */
  declare public readonly hostSystemId: pulumi.Output<string>;
  declare public readonly key: pulumi.Output<string>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly notifySwitches: pulumi.Output<boolean | undefined>;
  declare public readonly ports: pulumi.Output<outputs.HostPortGroupPort[]>;
  declare public readonly shapingAverageBandwidth: pulumi.Output<number | undefined>;
  declare public readonly shapingBurstSize: pulumi.Output<number | undefined>;
  declare public readonly shapingEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly shapingPeakBandwidth: pulumi.Output<number | undefined>;
  /** Physical NICs kept on standby. */
  declare public readonly standbyNics: pulumi.Output<string[] | undefined>;
  /** NIC teaming (load balancing) policy. */
  declare public readonly teamingPolicy: pulumi.Output<string | undefined>;
  /** Standard switch that carries the port group. */
  declare public readonly virtualSwitchName: pulumi.Output<string>;
  /** VLAN id (0 for none, 4095 for trunking). */
  declare public readonly vlanId: pulumi.Output<number | undefined>;

  /** Declares a HostPortGroup named `name` (unique among the stack's HostPortGroup resources). */
  constructor(name: string, args: HostPortGroupArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: HostPortGroupArgs | HostPortGroupState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("HostPortGroup", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      HostPortGroup.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a HostPortGroup. */
export interface HostPortGroupArgs {
  /** Physical NICs used actively. */
  activeNics?: pulumi.Input<pulumi.Input<string>[]>;
  /** Allow forged transmits. */
  allowForgedTransmits?: pulumi.Input<boolean>;
  /** Allow MAC address changes. */
  allowMacChanges?: pulumi.Input<boolean>;
  /** Allow promiscuous mode. */
  allowPromiscuous?: pulumi.Input<boolean>;
  checkBeacon?: pulumi.Input<boolean>;
  failback?: pulumi.Input<boolean>;
  /** Managed object id of the ESXi host. */
  hostSystemId: pulumi.Input<string>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  notifySwitches?: pulumi.Input<boolean>;
  shapingAverageBandwidth?: pulumi.Input<number>;
  shapingBurstSize?: pulumi.Input<number>;
  shapingEnabled?: pulumi.Input<boolean>;
  shapingPeakBandwidth?: pulumi.Input<number>;
  /** Physical NICs kept on standby. */
  standbyNics?: pulumi.Input<pulumi.Input<string>[]>;
  /** NIC teaming (load balancing) policy. */
  teamingPolicy?: pulumi.Input<string>;
  /** Standard switch that carries the port group. */
  virtualSwitchName: pulumi.Input<string>;
  /** VLAN id (0 for none, 4095 for trunking). */
  vlanId?: pulumi.Input<number>;
}

/** Known state of an existing HostPortGroup, used by `HostPortGroup.get` lookups. */
export interface HostPortGroupState {
  activeNics?: pulumi.Input<pulumi.Input<string>[]>;
  allowForgedTransmits?: pulumi.Input<boolean>;
  allowMacChanges?: pulumi.Input<boolean>;
  allowPromiscuous?: pulumi.Input<boolean>;
  checkBeacon?: pulumi.Input<boolean>;
  computedPolicy?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  failback?: pulumi.Input<boolean>;
  hostSystemId?: pulumi.Input<string>;
  key?: pulumi.Input<string>;
  name?: pulumi.Input<string>;
  notifySwitches?: pulumi.Input<boolean>;
  ports?: pulumi.Input<pulumi.Input<inputs.HostPortGroupPort>[]>;
  shapingAverageBandwidth?: pulumi.Input<number>;
  shapingBurstSize?: pulumi.Input<number>;
  shapingEnabled?: pulumi.Input<boolean>;
  shapingPeakBandwidth?: pulumi.Input<number>;
  standbyNics?: pulumi.Input<pulumi.Input<string>[]>;
  teamingPolicy?: pulumi.Input<string>;
  virtualSwitchName?: pulumi.Input<string>;
  vlanId?: pulumi.Input<number>;
}
