// GENESYS_IAC_DEBUG, read without loading the Pulumi SDK (deferred-sdk-modules.ts runs before it).

/** The environment variable that turns the speed measures off and keeps stack traces. */
export const DEBUG_VARIABLE = "GENESYS_IAC_DEBUG";

export function debugMode(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env[DEBUG_VARIABLE];
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}
