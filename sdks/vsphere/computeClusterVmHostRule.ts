import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  affinityHostGroupName antiAffinityHostGroupName computeClusterId enabled mandatory name
  vmGroupName
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  computeClusterId vmGroupName
`);

/** A DRS rule tying a VM group to (or away from) a host group. */
export class ComputeClusterVmHostRule extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/computeClusterVmHostRule:ComputeClusterVmHostRule";

  /** Reads the state of an existing ComputeClusterVmHostRule with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: ComputeClusterVmHostRuleState,
    opts?: pulumi.CustomResourceOptions,
  ): ComputeClusterVmHostRule {
    return new ComputeClusterVmHostRule(name, state as unknown as ComputeClusterVmHostRuleArgs, {
      ...opts,
      id,
    });
  }

  /** True when `obj` is a ComputeClusterVmHostRule, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is ComputeClusterVmHostRule {
    return utilities.hasPulumiType(obj, ComputeClusterVmHostRule.__pulumiType);
  }

  /** Host group the VMs should run on. */
  declare public readonly affinityHostGroupName: pulumi.Output<string | undefined>;
  /** Host group the VMs should stay away from. */
  declare public readonly antiAffinityHostGroupName: pulumi.Output<string | undefined>;
  /** Managed object id of the compute cluster. */
  declare public readonly computeClusterId: pulumi.Output<string>;
  /** Whether the rule is active. */
  declare public readonly enabled: pulumi.Output<boolean | undefined>;
  /** Whether the rule is enforced strictly (not just preferred). */
  declare public readonly mandatory: pulumi.Output<boolean | undefined>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  /** Name of the VM group the rule applies to. */
  declare public readonly vmGroupName: pulumi.Output<string>;

  /** Declares a ComputeClusterVmHostRule named `name` (unique among the stack's ComputeClusterVmHostRule resources). */
  constructor(name: string, args: ComputeClusterVmHostRuleArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: ComputeClusterVmHostRuleArgs | ComputeClusterVmHostRuleState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs(
          "ComputeClusterVmHostRule",
          argsOrState,
          INPUTS,
          OUTPUT_ONLY,
          REQUIRED,
          opts,
        );
    super(
      ComputeClusterVmHostRule.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a ComputeClusterVmHostRule. */
export interface ComputeClusterVmHostRuleArgs {
  /** Host group the VMs should run on. */
  affinityHostGroupName?: pulumi.Input<string>;
  /** Host group the VMs should stay away from. */
  antiAffinityHostGroupName?: pulumi.Input<string>;
  /** Managed object id of the compute cluster. */
  computeClusterId: pulumi.Input<string>;
  /** Whether the rule is active. */
  enabled?: pulumi.Input<boolean>;
  /** Whether the rule is enforced strictly (not just preferred). */
  mandatory?: pulumi.Input<boolean>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  /** Name of the VM group the rule applies to. */
  vmGroupName: pulumi.Input<string>;
}

/** Known state of an existing ComputeClusterVmHostRule, used by `ComputeClusterVmHostRule.get` lookups. */
export interface ComputeClusterVmHostRuleState {
  affinityHostGroupName?: pulumi.Input<string>;
  antiAffinityHostGroupName?: pulumi.Input<string>;
  computeClusterId?: pulumi.Input<string>;
  enabled?: pulumi.Input<boolean>;
  mandatory?: pulumi.Input<boolean>;
  name?: pulumi.Input<string>;
  vmGroupName?: pulumi.Input<string>;
}
