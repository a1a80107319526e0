// Where the VMs live in vCenter, so admins find and filter them there: the site's VM folder, its
// resource pool, and the tags of every Genesys VM (its role and its site). The tag categories are
// vCenter-wide, so they are made once per stack (VsphereTagCategories); each site adds its own tag.
import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { COMPONENT, TAG_CATEGORY } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName } from "../../model/names";
import { InventoryFacts, ROLES, Role } from "../../model/types";

/** A category per fact, one tag per VM in each (single cardinality), on VMs only. */
const categoryArgs = (name: string, description: string) => ({
  name,
  description,
  cardinality: "SINGLE",
  associableTypes: ["VirtualMachine"],
});

/** The stack's tag categories and the role tags, one per Genesys role. */
export class VsphereTagCategories extends GenesysComponent<typeof COMPONENT.vsphereTagCategories> {
  readonly siteCategoryId: pulumi.Output<string>;
  readonly roleTagIds: Record<Role, pulumi.Output<string>>;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    const categories = { role: TAG_CATEGORY.role, site: TAG_CATEGORY.site };
    super(COMPONENT.vsphereTagCategories, name, { categories, roles: [...ROLES] }, opts);
    const parent = { parent: this };
    const role = new vsphere.TagCategory(
      childName(name, "role"),
      categoryArgs(categories.role, "Genesys role of the VM (managed by genesys-iac)"),
      parent,
    );
    const site = new vsphere.TagCategory(
      childName(name, "site"),
      categoryArgs(categories.site, "Genesys site of the VM (managed by genesys-iac)"),
      parent,
    );
    // Every role's tag, used or not: the categories are shared by all sites of the stack.
    this.roleTagIds = Object.fromEntries(
      ROLES.map((r) => [
        r,
        new vsphere.Tag(
          childName(name, `role-${r}`),
          { name: r, categoryId: role.id, description: `Genesys ${r}` },
          parent,
        ).id,
      ]),
    ) as Record<Role, pulumi.Output<string>>;
    this.siteCategoryId = site.id;
    this.registerContractOutputs({
      roleCategoryId: role.id,
      siteCategoryId: site.id,
      roleTagIds: pulumi.all(this.roleTagIds),
    });
  }
}

export interface VsphereInventoryArgs {
  site: string;
  inventory: InventoryFacts;
  datacenterId: pulumi.Input<string>;
  /** The cluster's root resource pool: the parent of a created pool, and the pool when none is set. */
  clusterPoolId: pulumi.Input<string>;
  siteCategoryId: pulumi.Input<string>;
}

/** One site's VM folder, resource pool and site tag. */
export class VsphereInventory extends GenesysComponent<typeof COMPONENT.vsphereInventory> {
  /** The folder path the VMs take (relative to the datacenter's VM folder). */
  readonly folder: pulumi.Output<string>;
  readonly resourcePoolId: pulumi.Output<string>;
  readonly siteTagId: pulumi.Output<string>;

  constructor(name: string, args: VsphereInventoryArgs, opts?: pulumi.ComponentResourceOptions) {
    const { site, inventory } = args;
    super(COMPONENT.vsphereInventory, name, { site, inventory }, opts);
    const parent = { parent: this };
    const { vmFolder, resourcePool: pool } = inventory;
    // A created folder's path comes from the resource, so the VMs wait for it to exist.
    this.folder = vmFolder.existing
      ? pulumi.output(vmFolder.path)
      : new vsphere.Folder(
          childName(name, "folder"),
          { path: vmFolder.path, type: "vm", datacenterId: args.datacenterId },
          parent,
        ).path;
    if (pool === undefined) this.resourcePoolId = pulumi.output(args.clusterPoolId);
    else if ("existing" in pool)
      this.resourcePoolId = vsphere
        .getResourcePoolOutput({ name: pool.existing, datacenterId: args.datacenterId }, parent)
        .apply((p) => p.id);
    else
      this.resourcePoolId = new vsphere.ResourcePool(
        childName(name, "pool"),
        {
          name: pool.name,
          parentResourcePoolId: args.clusterPoolId,
          cpuShareLevel: pool.cpuShares,
          memoryShareLevel: pool.memoryShares,
          cpuReservation: pool.cpuReservationMhz,
          memoryReservation: pool.memoryReservationMb,
        },
        parent,
      ).id;
    this.siteTagId = new vsphere.Tag(
      childName(name, "site-tag"),
      { name: site, categoryId: args.siteCategoryId, description: `Genesys site ${site}` },
      parent,
    ).id;
    this.registerContractOutputs({
      folder: this.folder,
      resourcePoolId: this.resourcePoolId,
      siteTagId: this.siteTagId,
    });
  }
}
