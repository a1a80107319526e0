// The flags of a command, declared once with their descriptions: the parser reads the declaration
// and the usage text is made from it, so the help never drifts from what the parser accepts.
// Every flag is declared; an unknown one is a usage error.
import { UsageError } from "./errors";

export interface FlagSpec {
  /** What the flag does, one line, shown in the usage. */
  description: string;
  /** The placeholder of its value in the usage (`NAME` in `--stack NAME`); absent: a switch. */
  value?: string;
  /** Allowed values, when the flag takes one of a few. */
  oneOf?: readonly string[];
  /** A one-letter form, as the Pulumi CLI has them (`-s` for `--stack`). */
  short?: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The parsed flags, typed from their declaration: a value (one of `oneOf` when given), or `true` for a switch. */
export type Flags<S extends FlagSpecs> = {
  -readonly [K in keyof S]?: S[K] extends { oneOf: readonly (infer V)[] }
    ? V
    : S[K] extends { value: string }
      ? string
      : true;
};

function display(name: string, f: FlagSpec): string {
  return `--${name}${f.value === undefined ? "" : ` ${f.oneOf ? f.oneOf.join("|") : f.value}`}`;
}

export function parseFlags<S extends FlagSpecs>(argv: readonly string[], spec: S): Flags<S> {
  const out: Record<string, string | true> = {};
  const byShort = new Map<string, string>();
  for (const [name, f] of Object.entries(spec)) if (f.short) byShort.set(f.short, name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const long = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    const name = long ? long[1] : short ? byShort.get(short[1]) : undefined;
    if (name === undefined || !Object.hasOwn(spec, name)) {
      const allowed = Object.entries(spec).map(([n, f]) => (f.short ? `-${f.short}/--${n}` : `--${n}`));
      throw new UsageError(`unknown argument ${JSON.stringify(arg)}; allowed: ${allowed.join(", ")}`);
    }
    const f = spec[name];
    // Given twice, one of the two would be dropped without a word: `--stack dev --stack lab`.
    if (Object.hasOwn(out, name)) throw new UsageError(`--${name} is given twice; give it once`);
    const inline = long?.[2];
    if (f.value === undefined) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    // An empty value (`--out=`) is as missing: as a path it would name the current folder.
    if (v === undefined || v.trim() === "" || /^--?[A-Za-z]/.test(v))
      throw new UsageError(`--${name} needs a value`);
    if (f.oneOf && !f.oneOf.includes(v))
      throw new UsageError(`--${name} ${JSON.stringify(v)}: allowed values are ${f.oneOf.join(", ")}`);
    out[name] = v;
  }
  return out as Flags<S>;
}

/** The flags as usage lines: `  -s, --stack NAME   description`, aligned. */
export function flagLines(spec: FlagSpecs): string[] {
  const entries = Object.entries(spec);
  const left = entries.map(([n, f]) => `${f.short ? `-${f.short}, ` : "    "}${display(n, f)}`);
  const width = Math.max(0, ...left.map((l) => l.length));
  return entries.map(([, f], i) => `  ${left[i].padEnd(width)}   ${f.description}`);
}
