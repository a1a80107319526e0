// Chooses the platform's components for the model: vSphere for real, Docker as the stand-in.
import * as pulumi from "@pulumi/pulumi";
import { Deployment } from "../model/types";
import { deployDocker } from "./docker";
import { deployVsphere } from "./vsphere";

export interface StackOutputs {
  platform: string;
  /** Per site: VM name -> intended host (the layout the rules steer DRS to). */
  placement: Record<string, Record<string, string>>;
  /** Per site: VM name -> id. */
  vmIds: Record<string, pulumi.Output<Record<string, string>>>;
  /** Per site: names of the DRS rules and groups. */
  ruleNames: Record<string, string[]>;
  [key: string]: unknown;
}

export function deploy(d: Deployment): StackOutputs {
  const placement = Object.fromEntries(
    d.sites.map((s) => [s.name, Object.fromEntries(s.vms.map((v) => [v.name, v.intendedHost]))]),
  );
  const outputs = d.platform === "docker" ? deployDocker(d) : deployVsphere(d);
  return { platform: d.platform, placement, ...outputs };
}
