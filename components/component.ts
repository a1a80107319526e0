// The base of every component of this project: what it passes to `super()` and what it registers
// are the shapes policies/contract.ts declares for its type token, checked by the compiler (the
// model's types are the contract's, so the model's data fits them as it is).
import * as pulumi from "@pulumi/pulumi";
import type { ComponentContract, ComponentType } from "../policies/contract";

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
