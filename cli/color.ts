// Colour in the text output, as Pulumi users expect of a CLI: `--color auto|always|never`, and in
// auto mode colour only on a terminal, never when NO_COLOR is set (no-color.org: present and not
// empty), always when FORCE_COLOR is set to anything but 0/false (Node's own convention, which lets
// FORCE_COLOR win over NO_COLOR), never on TERM=dumb. JSON, Markdown and files written with --out
// are never coloured.

export const COLOR_MODES = ["auto", "always", "never"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const COLOR_FLAG = {
  value: "WHEN",
  oneOf: COLOR_MODES,
  description: "colour the text output: auto (on a terminal; NO_COLOR/FORCE_COLOR honoured), always, never",
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

/** Whether a stream gets colour. */
export function colorOn(mode: ColorMode, isTerminal: boolean, env: Env): boolean {
  if (mode !== "auto") return mode === "always";
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTerminal;
}

/** The styles the reports use; each the identity when colour is off. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
}

const sgr = (on: string) => (text: string) => `\x1b[${on}m${text}\x1b[0m`;

export const NO_PAINT: Paint = { red: (t) => t, yellow: (t) => t, green: (t) => t, bold: (t) => t };

export function paint(on: boolean): Paint {
  return on ? { red: sgr("31"), yellow: sgr("33"), green: sgr("32"), bold: sgr("1") } : NO_PAINT;
}
