// The `vsphere:` configuration keys the provider reads: the `config.variables` of pulumi-vsphere's
// schema (v4.17.0), listed here so the program needs no schema file at run time. A test checks this
// list against the schema in sdks/vsphere when that copy is present.

export const VSPHERE_NAMESPACE = "vsphere";

/** Each key with its schema type. */
export const VSPHERE_CONFIG_KEYS = {
  allowUnverifiedSsl: "boolean",
  apiTimeout: "integer",
  clientDebug: "boolean",
  clientDebugPath: "string",
  clientDebugPathRun: "string",
  password: "string",
  persistSession: "boolean",
  restSessionPath: "string",
  user: "string",
  vcenterServer: "string",
  vimKeepAlive: "integer",
  vimSessionPath: "string",
  vsphereServer: "string",
} as const;

/**
 * The integer keys, apiTimeout and vimKeepAlive, are minutes (the schema's descriptions): a day is
 * far past any call or session keep-alive, so a larger value is a unit mistake (seconds, ms).
 */
export const VSPHERE_MINUTES = { min: 1, max: 24 * 60 } as const;

/**
 * Keys whose value is a credential and never shown, whether or not the user stored it as a secret.
 * The schema marks none of its variables secret; the vCenter password is one all the same.
 */
export const VSPHERE_SECRET_KEYS: readonly string[] = ["password"];
