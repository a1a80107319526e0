// The base of every component of this project: what it passes to `super()` and what it registers
// are the shapes policies/contract.ts declares for its type token, checked by the compiler.
import * as pulumi from "@pulumi/pulumi";
import type {
  ClusterFacts,
  ComponentContract,
  ComponentType,
  HostFacts,
  NetworkFacts,
  RuleFacts,
  VmFacts,
} from "../policies/contract";
import type { ClusterSettings, GenesysVm, Host, Network, Site, Sizing } from "../model/types";

/** Outputs as a component registers them: each value, or a Pulumi Input of it. */
export type Registered<T> = { [K in keyof T]: pulumi.Input<T[K]> };

export abstract class GenesysComponent<T extends ComponentType> extends pulumi.ComponentResource {
  constructor(
    type: T,
    name: string,
    inputs: ComponentContract[T]["inputs"],
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super(type, name, inputs, opts);
  }

  /** registerOutputs with the outputs the contract declares for this component, no more, no less. */
  protected registerContractOutputs(outputs: Registered<ComponentContract[T]["outputs"]>): void {
    this.registerOutputs(outputs);
  }
}

// The model's data travels as the contract's, key for key and type for type: a field added to, or
// changed in, one side alone fails the build here instead of reaching the pack unannounced.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exactly<A, B> = Same<A, B> extends true ? Same<keyof A, keyof B> : false;
type RulePart = Pick<Site, "name" | "rules" | "vmGroups" | "hostGroups" | "vmHostRules">;
const MODEL_IS_CONTRACT: [
  Exactly<Host, HostFacts>,
  Exactly<Host["bios"], HostFacts["bios"]>,
  Exactly<Network, NetworkFacts>,
  Exactly<GenesysVm, VmFacts>,
  Exactly<Sizing, VmFacts["sizing"]>,
  Exactly<ClusterSettings, ClusterFacts>,
  Exactly<RulePart, RuleFacts>,
  Exactly<Site["rules"][number], RuleFacts["rules"][number]>,
] = [true, true, true, true, true, true, true, true];
void MODEL_IS_CONTRACT;
