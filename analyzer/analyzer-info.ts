// What a policy pack says of itself (GetAnalyzerInfo), and each policy's level under a policy config:
// read by the runner, the `--policy-config` check and the reports.
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { levelName, type EnforcementLevel } from "./report";

export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: EnforcementLevel;
  kind: "resource" | "stack" | "unknown";
  configSchema?: { properties: Record<string, Record<string, unknown>>; required: string[] };
}

export interface AnalyzerInfo {
  name: string;
  version: string;
  description: string;
  policies: PolicyInfo[];
}

/** The `--policy-pack-config` file: per policy a level, or an object with a level and settings; "all" sets every level. */
export type PolicyPackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** The pack's GetAnalyzerInfo answer as plain data. */
export function analyzerInfoOf(info: pb.AnalyzerInfo): AnalyzerInfo {
  return {
    name: info.getName(),
    version: info.getVersion(),
    description: info.getDescription(),
    policies: info.getPoliciesList().map((p) => {
      const schema = p.getConfigschema();
      const type = p.getPolicyType();
      return {
        name: p.getName(),
        description: p.getDescription(),
        enforcementLevel: levelName(p.getEnforcementlevel()),
        kind:
          type === pb.PolicyType.POLICY_TYPE_RESOURCE
            ? "resource"
            : type === pb.PolicyType.POLICY_TYPE_STACK
              ? "stack"
              : "unknown",
        configSchema: schema
          ? {
              properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<
                string,
                Record<string, unknown>
              >,
              required: schema.getRequiredList(),
            }
          : undefined,
      };
    }),
  };
}

/** Each policy's level under a config: its own entry, else "all", else the pack's default. */
export function configuredLevels(
  info: AnalyzerInfo,
  config: PolicyPackConfig,
): Record<string, EnforcementLevel> {
  const all = typeof config.all === "string" ? config.all : undefined;
  const out: Record<string, EnforcementLevel> = {};
  for (const p of info.policies) {
    const given = config[p.name];
    const own = typeof given === "string" ? given : given?.enforcementLevel;
    out[p.name] = own ?? all ?? p.enforcementLevel;
  }
  return out;
}
