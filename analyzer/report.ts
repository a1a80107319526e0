// The typed result of running the policy pack: violations, sorted and de-duplicated.
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";

import type { EnforcementLevel } from "@pulumi/policy";

export type { EnforcementLevel };

export interface Violation {
  policyName: string;
  policyPackName: string;
  description: string;
  message: string;
  enforcementLevel: EnforcementLevel;
  /** The resource the violation is about; "" for a stack-wide one without a resource. */
  urn: string;
}

export interface PolicyReport {
  violations: Violation[];
  /** True when any violation is mandatory: the CLI would stop the update. */
  blocked: boolean;
}

const LEVELS: Record<number, EnforcementLevel> = {
  [pb.EnforcementLevel.ADVISORY]: "advisory",
  [pb.EnforcementLevel.MANDATORY]: "mandatory",
  [pb.EnforcementLevel.DISABLED]: "disabled",
  [pb.EnforcementLevel.REMEDIATE]: "remediate",
};

/** Every enforcement level, from the protocol's own list. */
export const LEVEL_NAMES: readonly EnforcementLevel[] = Object.values(LEVELS);

export function levelName(level: number): EnforcementLevel {
  return LEVELS[level] ?? "advisory";
}

export function levelValue(level: EnforcementLevel): pb.EnforcementLevel {
  const entry = Object.entries(LEVELS).find(([, v]) => v === level);
  if (!entry) throw new Error(`unknown enforcement level ${level}`);
  return Number(entry[0]) as pb.EnforcementLevel;
}

export function fromDiagnostics(diags: readonly pb.AnalyzeDiagnostic[], urn = ""): Violation[] {
  return diags.map((d) => ({
    policyName: d.getPolicyname(),
    policyPackName: d.getPolicypackname(),
    description: d.getDescription(),
    message: d.getMessage(),
    enforcementLevel: levelName(d.getEnforcementlevel()),
    urn: d.getUrn() || urn,
  }));
}

const key = (v: Violation) => [v.policyName, v.urn, v.message, v.enforcementLevel].join("\u0000");

/** Sorted by policy, then resource, then message; exact duplicates dropped. */
export function makeReport(violations: readonly Violation[]): PolicyReport {
  const unique = new Map<string, Violation>();
  for (const v of violations) if (!unique.has(key(v))) unique.set(key(v), v);
  const sorted = [...unique.values()].sort(
    (a, b) =>
      a.policyName.localeCompare(b.policyName) ||
      a.urn.localeCompare(b.urn) ||
      a.message.localeCompare(b.message),
  );
  return { violations: sorted, blocked: sorted.some((v) => v.enforcementLevel === "mandatory") };
}
