import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  computeClusterId name virtualMachineIds
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  computeClusterId
`);

/** A named group of VMs in a compute cluster, for VM/host rules. */
export class ComputeClusterVmGroup extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/computeClusterVmGroup:ComputeClusterVmGroup";

  /** Reads the state of an existing ComputeClusterVmGroup with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: ComputeClusterVmGroupState,
    opts?: pulumi.CustomResourceOptions,
  ): ComputeClusterVmGroup {
    return new ComputeClusterVmGroup(name, state as unknown as ComputeClusterVmGroupArgs, { ...opts, id });
  }

  /** True when `obj` is a ComputeClusterVmGroup, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is ComputeClusterVmGroup {
    return utilities.hasPulumiType(obj, ComputeClusterVmGroup.__pulumiType);
  }

  /** Managed object id of the compute cluster. */
  declare public readonly computeClusterId: pulumi.Output<string>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  /** Managed object ids (UUIDs) of the virtual machines. */
  declare public readonly virtualMachineIds: pulumi.Output<string[] | undefined>;

  /** Declares a ComputeClusterVmGroup named `name` (unique among the stack's ComputeClusterVmGroup resources). */
  constructor(name: string, args: ComputeClusterVmGroupArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: ComputeClusterVmGroupArgs | ComputeClusterVmGroupState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("ComputeClusterVmGroup", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      ComputeClusterVmGroup.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a ComputeClusterVmGroup. */
export interface ComputeClusterVmGroupArgs {
  /** Managed object id of the compute cluster. */
  computeClusterId: pulumi.Input<string>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  /** Managed object ids (UUIDs) of the virtual machines. */
  virtualMachineIds?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Known state of an existing ComputeClusterVmGroup, used by `ComputeClusterVmGroup.get` lookups. */
export interface ComputeClusterVmGroupState {
  computeClusterId?: pulumi.Input<string>;
  name?: pulumi.Input<string>;
  virtualMachineIds?: pulumi.Input<pulumi.Input<string>[]>;
}
