// A small, strict argument parser: every flag is declared, an unknown one is a usage error.
import { UsageError } from "./stack-files";

export interface FlagSpec {
  /** Takes a value (`--stack lab`) or is a switch (`--help`). */
  value: boolean;
  /** Allowed values, when the flag takes one of a few. */
  oneOf?: readonly string[];
}

export function parseFlags(argv: string[], spec: Record<string, FlagSpec>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m || !(m[1] in spec)) {
      throw new UsageError(
        `unknown argument ${JSON.stringify(arg)}; allowed: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(", ")}`,
      );
    }
    const [, name, inline] = m;
    if (!spec[name].value) {
      out[name] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`--${name} needs a value`);
    const allowed = spec[name].oneOf;
    if (allowed && !allowed.includes(v))
      throw new UsageError(`--${name} ${JSON.stringify(v)}: allowed values are ${allowed.join(", ")}`);
    out[name] = v;
  }
  return out;
}
