import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  name
`);

/** Looks up a datacenter by name (the default one when no name is given). */
export function getDatacenter(
  args?: GetDatacenterArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetDatacenterResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getDatacenter:getDatacenter",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getDatacenter`, but takes `Input` arguments and returns an `Output`. */
export function getDatacenterOutput(
  args?: GetDatacenterOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetDatacenterResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getDatacenter:getDatacenter",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getDatacenter`. */
export interface GetDatacenterArgs {
  /** Display name of the object in vSphere. */
  name?: string;
}

/** Arguments of `getDatacenterOutput`. */
export interface GetDatacenterOutputArgs {
  name?: pulumi.Input<string>;
}

/** What `getDatacenter` returns. */
export interface GetDatacenterResult {
  /** Provider id of the object. */
  readonly id: string;
  /** Display name of the object in vSphere. */
  readonly name?: string;
  readonly virtualMachines: string[];
}
