import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  computeClusterId hostSystemIds name
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  computeClusterId
`);

/** A named group of hosts in a compute cluster, for VM/host rules. */
export class ComputeClusterHostGroup extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/computeClusterHostGroup:ComputeClusterHostGroup";

  /** Reads the state of an existing ComputeClusterHostGroup with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: ComputeClusterHostGroupState,
    opts?: pulumi.CustomResourceOptions,
  ): ComputeClusterHostGroup {
    return new ComputeClusterHostGroup(name, state as unknown as ComputeClusterHostGroupArgs, {
      ...opts,
      id,
    });
  }

  /** True when `obj` is a ComputeClusterHostGroup, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is ComputeClusterHostGroup {
    return utilities.hasPulumiType(obj, ComputeClusterHostGroup.__pulumiType);
  }

  /** Managed object id of the compute cluster. */
  declare public readonly computeClusterId: pulumi.Output<string>;
  /** Managed object ids of ESXi hosts. */
  declare public readonly hostSystemIds: pulumi.Output<string[] | undefined>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;

  /** Declares a ComputeClusterHostGroup named `name` (unique among the stack's ComputeClusterHostGroup resources). */
  constructor(name: string, args: ComputeClusterHostGroupArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: ComputeClusterHostGroupArgs | ComputeClusterHostGroupState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("ComputeClusterHostGroup", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      ComputeClusterHostGroup.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a ComputeClusterHostGroup. */
export interface ComputeClusterHostGroupArgs {
  /** Managed object id of the compute cluster. */
  computeClusterId: pulumi.Input<string>;
  /** Managed object ids of ESXi hosts. */
  hostSystemIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
}

/** Known state of an existing ComputeClusterHostGroup, used by `ComputeClusterHostGroup.get` lookups. */
export interface ComputeClusterHostGroupState {
  computeClusterId?: pulumi.Input<string>;
  hostSystemIds?: pulumi.Input<pulumi.Input<string>[]>;
  name?: pulumi.Input<string>;
}
