import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { vmResourceOptions, vmSpec } from "../../model/vsphere-spec";
import { GenesysSettings, GenesysVm, VsphereSettings } from "../../model/types";

export interface CloneSource {
  uuid: string;
  scsiType: string;
  thinProvisioned?: boolean;
  eagerlyScrub?: boolean;
}

export interface VsphereGenesysVmArgs {
  vm: GenesysVm;
  resourcePoolId: pulumi.Input<string>;
  /** The site's VM folder (relative to the datacenter's VM folder). */
  folder: pulumi.Input<string>;
  /** The role and site tags (components/vsphere/inventory.ts). */
  tagIds: pulumi.Input<string>[];
  datastoreId: pulumi.Input<string>;
  networkId: pulumi.Input<string>;
  /** The template's id and the settings a clone must keep (SCSI controller, disk provisioning). */
  template: pulumi.Input<CloneSource>;
  vsphere: VsphereSettings;
  genesys: GenesysSettings;
  /** The VM this one is rolled out after (model/rollout.ts): its change finishes before this one's starts. */
  after?: VsphereGenesysVm;
}

/** One Genesys VM cloned from the template, sized and hardened as the guide says. */
export class VsphereGenesysVm extends GenesysComponent<typeof COMPONENT.vsphereVm> {
  readonly machine: vsphere.VirtualMachine;

  constructor(name: string, args: VsphereGenesysVmArgs, opts?: pulumi.ComponentResourceOptions) {
    // Only the plain model goes to the engine as this component's inputs (policies/contract.ts).
    super(COMPONENT.vsphereVm, name, { vm: args.vm }, opts);
    const { adapterType, ...spec } = vmSpec(args.vm, args.vsphere, args.genesys);
    this.machine = new vsphere.VirtualMachine(
      name,
      {
        ...spec,
        resourcePoolId: args.resourcePoolId,
        folder: args.folder,
        tags: args.tagIds,
        datastoreId: args.datastoreId,
        networkInterfaces: [{ networkId: args.networkId, adapterType }],
        // A clone keeps the template's SCSI controller and disk provisioning; differing values make
        // the provider fail the clone or show a diff on every preview.
        scsiType: pulumi.output(args.template).scsiType,
        disks: pulumi.output(args.template).apply((t) =>
          spec.disks.map((d) => ({
            ...d,
            thinProvisioned: t.thinProvisioned,
            eagerlyScrub: t.eagerlyScrub,
          })),
        ),
        clone: { templateUuid: pulumi.output(args.template).uuid },
        // No `cdroms`: guide #7 wants no optical drive; no hostSystemId: DRS places the VM.
      },
      {
        parent: this,
        ...vmResourceOptions(args.vm, "vsphere"),
        ...(args.after ? { dependsOn: [args.after.machine] } : {}),
      },
    );
    // The model goes out as an output too: stack policies under the Pulumi CLI read outputs.
    this.registerContractOutputs({
      vm: args.vm,
      id: this.machine.id,
      name: this.machine.name,
      moid: this.machine.moid,
    });
  }
}
