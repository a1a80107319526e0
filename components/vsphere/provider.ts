import * as pulumi from "@pulumi/pulumi";
import * as vsphere from "@pulumi/vsphere";
import { isConfigSecret } from "../../internals/pulumi-sdk";

/**
 * The vCenter connection, from the `vsphere:` config keys. The password stays a secret when it was
 * stored as one; one stored in plain text reaches the provider as plain text, where the policy pack's
 * `vcenter-password-secret` sees it and fails the change. Absent, the provider reads VSPHERE_PASSWORD.
 */
export function vcenterProvider(name: string): vsphere.Provider {
  const cfg = new pulumi.Config("vsphere");
  const password = cfg.get("password");
  const passwordIsSecret = isConfigSecret("vsphere:password");
  return new vsphere.Provider(name, {
    vsphereServer: cfg.get("vsphereServer"),
    user: cfg.get("user"),
    password: password === undefined ? undefined : passwordIsSecret ? pulumi.secret(password) : password,
    allowUnverifiedSsl: cfg.getBoolean("allowUnverifiedSsl"),
  });
}
