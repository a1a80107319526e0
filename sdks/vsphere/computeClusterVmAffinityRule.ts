import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  computeClusterId enabled mandatory name virtualMachineIds
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  computeClusterId virtualMachineIds
`);

/** A DRS rule keeping a set of VMs on the same host. */
export class ComputeClusterVmAffinityRule extends pulumi.CustomResource {
  private static readonly __pulumiType =
    "vsphere:index/computeClusterVmAffinityRule:ComputeClusterVmAffinityRule";

  /** Reads the state of an existing ComputeClusterVmAffinityRule with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: ComputeClusterVmAffinityRuleState,
    opts?: pulumi.CustomResourceOptions,
  ): ComputeClusterVmAffinityRule {
    return new ComputeClusterVmAffinityRule(name, state as unknown as ComputeClusterVmAffinityRuleArgs, {
      ...opts,
      id,
    });
  }

  /** True when `obj` is a ComputeClusterVmAffinityRule, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is ComputeClusterVmAffinityRule {
    return utilities.hasPulumiType(obj, ComputeClusterVmAffinityRule.__pulumiType);
  }

  /** Managed object id of the compute cluster. */
  declare public readonly computeClusterId: pulumi.Output<string>;
  /** Whether the rule is active. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /** Whether the rule is enforced strictly (not just preferred). */
  declare public readonly mandatory: pulumi.Output<boolean | undefined>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  /** Managed object ids (UUIDs) of the virtual machines. */
  declare public readonly virtualMachineIds: pulumi.Output<string[]>;

  /** Declares a ComputeClusterVmAffinityRule named `name` (unique among the stack's ComputeClusterVmAffinityRule resources). */
  constructor(name: string, args: ComputeClusterVmAffinityRuleArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: ComputeClusterVmAffinityRuleArgs | ComputeClusterVmAffinityRuleState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs(
          "ComputeClusterVmAffinityRule",
          argsOrState,
          INPUTS,
          OUTPUT_ONLY,
          REQUIRED,
          opts,
        );
    super(
      ComputeClusterVmAffinityRule.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a ComputeClusterVmAffinityRule. */
export interface ComputeClusterVmAffinityRuleArgs {
  /** Managed object id of the compute cluster. */
  computeClusterId: pulumi.Input<string>;
  /** Whether the rule is active. */
  enabled?: pulumi.Input<boolean>;
  /** Whether the rule is enforced strictly (not just preferred). */
  mandatory?: pulumi.Input<boolean>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  /** Managed object ids (UUIDs) of the virtual machines. */
  virtualMachineIds: pulumi.Input<pulumi.Input<string>[]>;
}

/** Known state of an existing ComputeClusterVmAffinityRule, used by `ComputeClusterVmAffinityRule.get` lookups. */
export interface ComputeClusterVmAffinityRuleState {
  computeClusterId?: pulumi.Input<string>;
  enabled?: pulumi.Input<boolean>;
  mandatory?: pulumi.Input<boolean>;
  name?: pulumi.Input<string>;
  virtualMachineIds?: pulumi.Input<pulumi.Input<string>[]>;
}
