// Genesys application settings and the host facts they rely on.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { numberSetting, onResource } from "./common";
import { GUIDE_ADDP_TIMEOUT_SECONDS } from "./contract";
import { normalizeHost } from "./normalize/host";
import { UNKNOWN } from "./normalize/values";
import { GENESYS_SCOPE, onGenesysVm } from "./scope";

const ADDP = {
  maxTimeoutSeconds: numberSetting("Longest ADDP timeout allowed, seconds.", GUIDE_ADDP_TIMEOUT_SECONDS, 1),
};

export const addpTimeout: StackValidationPolicy = {
  name: "addp-timeout-max",
  description:
    `Each Genesys VM carries ADDP local and remote timeouts of at most ${GUIDE_ADDP_TIMEOUT_SECONDS} seconds ` +
    "(guide practice 8), " +
    "so a failed primary is detected and its backup takes the calls within seconds. A timeout of 0 " +
    "turns ADDP off and fails.",
  enforcementLevel: "advisory",
  configSchema: { properties: { ...ADDP, ...GENESYS_SCOPE } },
  validateStack: onGenesysVm(ADDP, (vm, c, report) => {
    const issues: string[] = [];
    for (const [what, v] of [
      ["ADDP timeout", vm.addpTimeout],
      ["ADDP remote timeout", vm.addpRemoteTimeout],
    ] as const) {
      if (v === UNKNOWN) continue;
      if (v === undefined) issues.push(`${what} is not set`);
      else if (v <= 0) issues.push(`${what} is ${v} (ADDP off; at most ${c.maxTimeoutSeconds} s, above 0)`);
      else if (v > c.maxTimeoutSeconds) issues.push(`${what} is ${v} s (at most ${c.maxTimeoutSeconds})`);
    }
    if (issues.length > 0) report(`VM ${vm.name}: ${issues.join("; ")}.`);
  }),
};

export const hostBios: ResourceValidationPolicy = {
  name: "host-bios-virtualization",
  description:
    "Each ESXi host is declared with Intel VT and EPT enabled in its BIOS, and hyper-threading on " +
    "(guide practice 1).",
  enforcementLevel: "advisory",
  validateResource: onResource(normalizeHost, {}, (h, _c, report) => {
    const off = Object.entries({ VT: h.bios.vt, EPT: h.bios.ept, "hyper-threading": h.bios.hyperThreading })
      .filter(([, v]) => v !== UNKNOWN && v !== true)
      .map(([k]) => k);
    if (off.length > 0) report(`Host ${h.name} is not declared with ${off.join(", ")} enabled.`);
  }),
};

export const genesysPolicies = [addpTimeout, hostBios];
