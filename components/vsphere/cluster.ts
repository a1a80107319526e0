import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { clusterSpec } from "../../model/vsphere-spec";
import { ClusterSettings } from "../../model/types";

export interface VsphereClusterArgs {
  settings: ClusterSettings;
  datacenterId: pulumi.Input<string>;
  hostSystemIds: pulumi.Input<pulumi.Input<string>[]>;
}

/** The site's cluster with HA, DRS and DPM as the guide wants them; adopts an existing cluster by id. */
export class VsphereCluster extends GenesysComponent<typeof COMPONENT.vsphereCluster> {
  readonly cluster: vsphere.ComputeCluster;
  readonly clusterId: pulumi.Output<string>;
  readonly resourcePoolId: pulumi.Output<string>;

  constructor(name: string, args: VsphereClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT.vsphereCluster, name, { settings: args.settings }, opts);
    this.cluster = new vsphere.ComputeCluster(
      name,
      { ...clusterSpec(args.settings), datacenterId: args.datacenterId, hostSystemIds: args.hostSystemIds },
      // Adopting imports the existing cluster; the first `up` then brings it to the guide's settings.
      { parent: this, import: args.settings.adoptId },
    );
    this.clusterId = this.cluster.id;
    this.resourcePoolId = this.cluster.resourcePoolId;
    this.registerContractOutputs({ clusterId: this.clusterId, resourcePoolId: this.resourcePoolId });
  }
}
