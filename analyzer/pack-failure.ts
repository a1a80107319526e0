// A failure inside the policy pack (a pack that does not start, a policy that throws, hangs, or ends
// the pack's process) is not
// the user's configuration: it is reported as what it is, naming the policy, the resource and what
// the pack printed, with its own exit code (3; README: Exit codes).
import type { CallError } from "./grpc-unary";

/** Lines of the pack's output a message carries (its end: the error is usually last). */
const SHOWN_LINES = 30;

export type FailureKind = "start" | "threw" | "hung" | "died";

export interface FailureFacts {
  kind: FailureKind;
  /** The policy at fault, when it is known. */
  policy?: string;
  /** The resource's URN, or "the stack" for a stack policy. */
  resource?: string;
  /** Why the pack did not start, what the policy threw (its first line), how the process ended, or how long it was waited for. */
  detail: string;
  /** The end of what the pack printed. */
  output: string;
}

export class PackFailure extends Error {
  constructor(readonly facts: FailureFacts) {
    super(describe(facts));
    this.name = "PackFailure";
  }
}

function describe(f: FailureFacts): string {
  const policy = f.policy ? `policy "${f.policy}"` : "a policy (which one could not be told)";
  const on = f.resource ? ` on ${f.resource}` : "";
  const what =
    f.kind === "start"
      ? `it did not start: ${f.detail}`
      : f.kind === "threw"
        ? `${policy} threw an error${on}: ${f.detail}`
        : f.kind === "hung"
          ? `${policy} did not finish${on} within ${f.detail}`
          : `the policy pack's process ended (${f.detail}) while ${policy} checked${on || " the stack"}`;
  const lines = f.output.split("\n").filter((l) => l.trim() !== "");
  const shown = lines.slice(-SHOWN_LINES).map((l) => `  | ${l}`);
  const printed =
    shown.length === 0
      ? "The pack printed nothing."
      : `The pack printed${lines.length > SHOWN_LINES ? ` (its last ${SHOWN_LINES} lines)` : ""}:\n${shown.join("\n")}`;
  return `the policy pack failed: ${what}\n${printed}\nThis is a fault in the policy pack, not in the stack's configuration.`;
}

const THREW =
  /^Error validating (?:resource|stack) with policy '([^']+)' from policy pack '[^']*':\n([\s\S]*)$/;

/** What a gRPC error from the pack says: the policy that threw and its error, without the trace. */
export function parseThrow(e: Pick<CallError, "details">): { policy: string; detail: string } | undefined {
  const m = THREW.exec(e.details ?? "");
  if (!m) return undefined;
  const detail = m[2]
    .split("\n")
    .filter((l) => !/^\s+at /.test(l))
    .join(" ")
    .trim();
  return { policy: m[1], detail: detail || "(no message)" };
}
