import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  datacenterId distributedVirtualSwitchUuid filters name retryInterval retryTimeout vpcId
  vpcProjectId
`);

/** Looks up a network (port group, distributed port group or opaque network) by name. */
export function getNetwork(args: GetNetworkArgs, opts?: pulumi.InvokeOptions): Promise<GetNetworkResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getNetwork:getNetwork",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getNetwork`, but takes `Input` arguments and returns an `Output`. */
export function getNetworkOutput(
  args: GetNetworkOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetNetworkResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getNetwork:getNetwork",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getNetwork`. */
export interface GetNetworkArgs {
  /** Managed object id of the datacenter. */
  datacenterId?: string;
  distributedVirtualSwitchUuid?: string;
  filters?: inputs.GetNetworkFilter[];
  /** Display name of the object in vSphere. */
  name: string;
  retryInterval?: number;
  retryTimeout?: number;
  vpcId?: string;
  vpcProjectId?: string;
}

/** Arguments of `getNetworkOutput`. */
export interface GetNetworkOutputArgs {
  datacenterId?: pulumi.Input<string>;
  distributedVirtualSwitchUuid?: pulumi.Input<string>;
  filters?: pulumi.Input<pulumi.Input<inputs.GetNetworkFilterArgs>[]>;
  name: pulumi.Input<string>;
  retryInterval?: pulumi.Input<number>;
  retryTimeout?: pulumi.Input<number>;
  vpcId?: pulumi.Input<string>;
  vpcProjectId?: pulumi.Input<string>;
}

/** What `getNetwork` returns. */
export interface GetNetworkResult {
  /** Managed object id of the datacenter. */
  readonly datacenterId?: string;
  readonly distributedVirtualSwitchUuid?: string;
  readonly filters?: outputs.GetNetworkFilter[];
  /** Provider id of the object. */
  readonly id: string;
  /** Display name of the object in vSphere. */
  readonly name: string;
  readonly retryInterval?: number;
  readonly retryTimeout?: number;
  readonly type: string;
  readonly vpcId?: string;
  readonly vpcProjectId?: string;
}
