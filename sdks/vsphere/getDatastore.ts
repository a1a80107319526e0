import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  datacenterId name stats
`);

/** Looks up a datastore by name. */
export function getDatastore(
  args: GetDatastoreArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetDatastoreResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getDatastore:getDatastore",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getDatastore`, but takes `Input` arguments and returns an `Output`. */
export function getDatastoreOutput(
  args: GetDatastoreOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetDatastoreResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getDatastore:getDatastore",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getDatastore`. */
export interface GetDatastoreArgs {
  /** Managed object id of the datacenter. */
  datacenterId?: string;
  /** Display name of the object in vSphere. */
  name: string;
  stats?: { [key: string]: string };
}

/** Arguments of `getDatastoreOutput`. */
export interface GetDatastoreOutputArgs {
  datacenterId?: pulumi.Input<string>;
  name: pulumi.Input<string>;
  stats?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}

/** What `getDatastore` returns. */
export interface GetDatastoreResult {
  /** Managed object id of the datacenter. */
  readonly datacenterId?: string;
  /** Provider id of the object. */
  readonly id: string;
  /** Display name of the object in vSphere. */
  readonly name: string;
  readonly stats?: { [key: string]: string };
}
