import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  distributedPortGroup distributedSwitchPort host ipv4 ipv6 mac mtu netstack portgroup services
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  host
`);

/** A VMkernel network adapter on an ESXi host. */
export class Vnic extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/vnic:Vnic";

  /** Reads the state of an existing Vnic with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: VnicState,
    opts?: pulumi.CustomResourceOptions,
  ): Vnic {
    return new Vnic(name, state as unknown as VnicArgs, { ...opts, id });
  }

  /** True when `obj` is a Vnic, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is Vnic {
    return utilities.hasPulumiType(obj, Vnic.__pulumiType);
  }

  /** Distributed port group id the adapter connects to. */
  declare public readonly distributedPortGroup: pulumi.Output<string | undefined>;
  /** Distributed switch UUID the adapter connects to. */
  declare public readonly distributedSwitchPort: pulumi.Output<string | undefined>;
  /** ESXi host id the VMkernel adapter belongs to. */
  declare public readonly host: pulumi.Output<string>;
  /** IPv4 settings. */
  declare public readonly ipv4: pulumi.Output<outputs.VnicIpv4 | undefined>;
  /** IPv6 settings. */
  declare public readonly ipv6: pulumi.Output<outputs.VnicIpv6 | undefined>;
  /** MAC address of the adapter. */
  declare public readonly mac: pulumi.Output<string>;
  /** Maximum transmission unit in bytes. */
  declare public readonly mtu: pulumi.Output<number>;
  /** TCP/IP stack, e.g. `defaultTcpipStack` or `vmotion`. */
  declare public readonly netstack: pulumi.Output<string | undefined>;
  /** Standard port group the adapter connects to. */
  declare public readonly portgroup: pulumi.Output<string | undefined>;
  /** Services enabled on the adapter, e.g. `vmotion` or `management`. */
  declare public readonly services: pulumi.Output<string[] | undefined>;

  /** Declares a Vnic named `name` (unique among the stack's Vnic resources). */
  constructor(name: string, args: VnicArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: VnicArgs | VnicState, opts?: pulumi.CustomResourceOptions) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("Vnic", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(Vnic.__pulumiType, name, props, pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts));
  }
}

/** Inputs of a Vnic. */
export interface VnicArgs {
  /** Distributed port group id the adapter connects to. */
  distributedPortGroup?: pulumi.Input<string>;
  /** Distributed switch UUID the adapter connects to. */
  distributedSwitchPort?: pulumi.Input<string>;
  /** ESXi host id the VMkernel adapter belongs to. */
  host: pulumi.Input<string>;
  /** IPv4 settings. */
  ipv4?: pulumi.Input<inputs.VnicIpv4>;
  /** IPv6 settings. */
  ipv6?: pulumi.Input<inputs.VnicIpv6>;
  /** MAC address of the adapter. */
  mac?: pulumi.Input<string>;
  /** Maximum transmission unit in bytes. */
  mtu?: pulumi.Input<number>;
  /** TCP/IP stack, e.g. `defaultTcpipStack` or `vmotion`. */
  netstack?: pulumi.Input<string>;
  /** Standard port group the adapter connects to. */
  portgroup?: pulumi.Input<string>;
  /** Services enabled on the adapter, e.g. `vmotion` or `management`. */
  services?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Known state of an existing Vnic, used by `Vnic.get` lookups. */
export interface VnicState {
  distributedPortGroup?: pulumi.Input<string>;
  distributedSwitchPort?: pulumi.Input<string>;
  host?: pulumi.Input<string>;
  ipv4?: pulumi.Input<inputs.VnicIpv4>;
  ipv6?: pulumi.Input<inputs.VnicIpv6>;
  mac?: pulumi.Input<string>;
  mtu?: pulumi.Input<number>;
  netstack?: pulumi.Input<string>;
  portgroup?: pulumi.Input<string>;
  services?: pulumi.Input<pulumi.Input<string>[]>;
}
