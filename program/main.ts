// The Pulumi program: stack config -> validated model -> components. Validation runs to the end
// before the first resource is registered, so a bad config creates nothing.
import * as pulumi from "@pulumi/pulumi";
import { loadDeployment } from "../model/config";
import { ConfigError } from "../model/errors";
import { Deployment } from "../model/types";
import { deploy } from "../components/deploy";
import { isConfigSecret } from "../internals/pulumi-sdk";

export function readDeployment(): Deployment {
  try {
    const config = pulumi.runtime.allConfig();
    return loadDeployment({
      config,
      project: pulumi.getProject(),
      stack: pulumi.getStack(),
      secretKeys: Object.keys(config).filter(isConfigSecret),
    });
  } catch (e) {
    // A RunError is shown to the user as its message alone: a config mistake is not a crash.
    if (e instanceof ConfigError) throw new pulumi.RunError(e.message);
    throw e;
  }
}

/** Runs the program and returns the stack outputs. */
export async function main(): Promise<Record<string, unknown>> {
  return deploy(readDeployment());
}
