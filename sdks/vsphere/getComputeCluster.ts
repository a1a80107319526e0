import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  datacenterId name
`);

/** Looks up a compute cluster by name or path. */
export function getComputeCluster(
  args: GetComputeClusterArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetComputeClusterResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getComputeCluster:getComputeCluster",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getComputeCluster`, but takes `Input` arguments and returns an `Output`. */
export function getComputeClusterOutput(
  args: GetComputeClusterOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetComputeClusterResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getComputeCluster:getComputeCluster",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getComputeCluster`. */
export interface GetComputeClusterArgs {
  /** Managed object id of the datacenter. */
  datacenterId?: string;
  /** Display name of the object in vSphere. */
  name: string;
}

/** Arguments of `getComputeClusterOutput`. */
export interface GetComputeClusterOutputArgs {
  datacenterId?: pulumi.Input<string>;
  name: pulumi.Input<string>;
}

/** What `getComputeCluster` returns. */
export interface GetComputeClusterResult {
  /** Managed object id of the datacenter. */
  readonly datacenterId?: string;
  /** Provider id of the object. */
  readonly id: string;
  /** Display name of the object in vSphere. */
  readonly name: string;
  /** Managed object id of the resource pool. */
  readonly resourcePoolId: string;
}
