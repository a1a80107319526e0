// A user's mistake in configuration: reported as a list of plain lines, never as a stack trace.
import { MAX_SHOWN_VALUE } from "./limits";

export interface ConfigIssue {
  /** Full config key with path, e.g. `genesys-iac:sites[0].hosts[1].memoryGb`. */
  key: string;
  /** The offending value as the user wrote it (undefined when it is missing). */
  value: unknown;
  /** What is allowed instead. */
  allowed: string;
  /** The value is a secret (or belongs to a secret key): it is never shown. */
  secret?: boolean;
}

/** A user's value as a message shows it: JSON, shortened past MAX_SHOWN_VALUE characters. */
export function shortValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return shortText(text);
}

/** Text the user wrote (a value, or a key: a misspelt one may be any length), shortened. */
function shortText(text: string): string {
  if (text.length <= MAX_SHOWN_VALUE) return text;
  const keep = MAX_SHOWN_VALUE - 20;
  return `${text.slice(0, keep)}… (${text.length} characters)`;
}

export function formatIssue(issue: ConfigIssue): string {
  const shown =
    issue.secret === true
      ? "(secret value withheld)"
      : issue.value === undefined
        ? "(missing)"
        : shortValue(issue.value);
  return `${shortText(issue.key)}: ${shown} — ${issue.allowed}`;
}

export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    const n = issues.length;
    super(
      `The stack configuration has ${n} problem${n === 1 ? "" : "s"}; nothing was registered:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join("\n"),
    );
    this.name = "ConfigError";
    this.issues = issues;
  }
}

/** Collects problems so that all of them are reported together. */
export class Issues {
  readonly list: ConfigIssue[] = [];
  add(key: string, value: unknown, allowed: string, secret?: boolean): void {
    // A value shared by several places (a host default) is reported once, where it was written.
    if (this.list.some((i) => i.key === key && i.allowed === allowed)) return;
    this.list.push({ key, value, allowed, ...(secret ? { secret } : {}) });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw new ConfigError(this.list);
  }
}
