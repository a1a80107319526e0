import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { CustomizeSpec, vmResourceOptions, vmSpec } from "../../model/vsphere-spec";
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
  /** The guest customization without passwords (customizeSpec). */
  customize: CustomizeSpec;
  /** Kept out of the component's inputs: only the VM gets them, as secrets. */
  passwords?: GuestPasswords;
}

export interface GuestPasswords {
  /** Windows: the local Administrator password. */
  admin?: pulumi.Output<string>;
  /** Windows: the domain join account's password. */
  domainJoin?: pulumi.Output<string>;
}

/** The customization with the passwords its Windows options need; Linux options take none. */
function customizeWithPasswords(spec: CustomizeSpec, passwords: GuestPasswords = {}) {
  if (!("windowsOptions" in spec)) return spec;
  const w = spec.windowsOptions;
  return {
    ...spec,
    windowsOptions: {
      ...w,
      ...(passwords.admin ? { adminPassword: passwords.admin } : {}),
      ...("joinDomain" in w && passwords.domainJoin ? { domainAdminPassword: passwords.domainJoin } : {}),
    },
  };
}

/** One Genesys VM cloned from the template, sized and hardened as the guide says. */
export class VsphereGenesysVm extends GenesysComponent<typeof COMPONENT.vsphereVm> {
  readonly machine: vsphere.VirtualMachine;

  constructor(name: string, args: VsphereGenesysVmArgs, opts?: pulumi.ComponentResourceOptions) {
    // Only the plain model goes to the engine as this component's inputs (policies/contract.ts).
    // The passwords and the customization stay out of them: only the VM gets those.
    super(COMPONENT.vsphereVm, name, { vm: args.vm }, opts);
    const { passwords } = args;
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
        clone: {
          templateUuid: pulumi.output(args.template).uuid,
          customize: customizeWithPasswords(args.customize, passwords),
        },
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
