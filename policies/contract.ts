// The names the program writes and the policy pack reads, and the typed shape of what each component
// hands the engine: one declaration, so the two cannot drift. It lives in the pack (which must stand
// alone when published) and is the one pack file the program imports (docs/architecture.md): the
// names are in contract/names.ts, the data shapes in contract/facts.ts, both re-exported here.
// Plain constants and types only: no Pulumi, no @pulumi/policy.
import { COMPONENT } from "./contract/names";
import type {
  ClusterFacts,
  HostFacts,
  InventoryFacts,
  RuleFacts,
  SiteNetworks,
  VmFacts,
} from "./contract/facts";

export * from "./contract/names";
export * from "./contract/facts";

// ---------------------------------------------------------------------------------------------
// What each component hands the engine: its inputs (the object passed to `super()`) and the
// outputs it registers. The pack reads them (normalize/host.ts, normalize/stack.ts) from a preview's
// inputs and, under `pulumi stack export`, from the outputs; the components pass exactly these.
// Values are plain data as the pack sees them; the program may hand an output as a Pulumi Input.

export type SiteInputs = {
  name: string;
};
export type HostInputs = {
  site: string;
  host: HostFacts;
  networks: SiteNetworks;
};
export type VmInputs = {
  vm: VmFacts;
};
export type ClusterInputs = {
  settings: ClusterFacts;
};
export type PlacementRulesInputs = {
  site: RuleFacts;
};
export type DistributedNetworkInputs = {
  site: string;
  networks: SiteNetworks;
  hosts: string[];
};
export type InventoryInputs = {
  site: string;
  inventory: InventoryFacts;
};
export type TagCategoriesInputs = {
  categories: { role: string; site: string };
  roles: string[];
};

// Inputs are type aliases, not interfaces: a ComponentResource takes them as a map of inputs.

/** Per component type: its inputs and its registered outputs. */
export interface ComponentContract {
  [COMPONENT.vsphereSite]: {
    inputs: SiteInputs;
    outputs: { vmIds: Record<string, string>; clusterId: string; ruleNames: string[] };
  };
  [COMPONENT.vsphereCluster]: {
    inputs: ClusterInputs;
    outputs: { clusterId: string; resourcePoolId: string };
  };
  [COMPONENT.vsphereHost]: {
    inputs: HostInputs;
    /** vmotionVnic: on standard vSwitches; with a distributed switch the DistributedNetwork
     * component holds the VMkernel adapters. */
    outputs: HostInputs & { hostSystemId: string; vmPortGroup: string; vmotionVnic?: string };
  };
  [COMPONENT.vsphereVm]: { inputs: VmInputs; outputs: VmInputs & { id: string; name: string; moid: string } };
  [COMPONENT.vsphereRules]: {
    inputs: PlacementRulesInputs;
    outputs: { ruleNames: string[]; groupNames: string[] };
  };
  [COMPONENT.vsphereDistributedNetwork]: {
    inputs: DistributedNetworkInputs;
    outputs: { switchId: string; vmPortGroupId: string; vmotionPortGroupId: string; vnicIds: string[] };
  };
  [COMPONENT.vsphereInventory]: {
    inputs: InventoryInputs;
    outputs: { folder: string; resourcePoolId: string; siteTagId: string };
  };
  [COMPONENT.vsphereTagCategories]: {
    inputs: TagCategoriesInputs;
    outputs: { roleCategoryId: string; siteCategoryId: string; roleTagIds: Record<string, string> };
  };
  [COMPONENT.dockerSite]: {
    inputs: SiteInputs;
    outputs: { vmIds: Record<string, string>; ruleNames: string[]; engines: Record<string, string> };
  };
  [COMPONENT.dockerHost]: {
    inputs: HostInputs;
    outputs: HostInputs & { vmNetwork: string; vmotionNetwork: string };
  };
  [COMPONENT.dockerVm]: { inputs: VmInputs; outputs: VmInputs & { id: string; name: string } };
}

export type ComponentType = keyof ComponentContract;
