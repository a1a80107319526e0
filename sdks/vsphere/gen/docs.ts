/**
 * Doc comments from schema descriptions, cleaned up the way Pulumi's Node.js code generator does it:
 * language-chooser spans keep their Node.js text, code choosers keep their TypeScript example only.
 */

/** `<span pulumi-lang-nodejs="`x`" pulumi-lang-python="`y`" ...>`x`</span>` -> `` `x` ``. */
const LANG_SPAN = /<span pulumi-lang-nodejs="([^"]*)"[^>]*>[\s\S]*?<\/span>/g;
const CHOOSER = /<!--Start PulumiCodeChooser -->([\s\S]*?)<!--End PulumiCodeChooser -->/g;
const TS_FENCE = /```typescript\n[\s\S]*?\n```/;

/** Description text for a TypeScript doc comment. */
export function cleanDescription(text: string): string {
  return text
    .replace(CHOOSER, (_all, body: string) => TS_FENCE.exec(body)?.[0] ?? "")
    .replace(LANG_SPAN, (_all, nodejs: string) => nodejs)
    .replace(/\r\n/g, "\n")
    .trim();
}

/** Lines of a `/** ... *\/` block (indented by `indent`), or none when there is nothing to say. */
export function docComment(
  indent: string,
  description: string | undefined,
  deprecationMessage?: string,
): string[] {
  const body: string[] = [];
  if (description) body.push(...cleanDescription(description).split("\n"));
  if (deprecationMessage !== undefined) {
    if (body.length > 0) body.push("");
    const [first, ...rest] = cleanDescription(deprecationMessage).split("\n");
    body.push(`@deprecated ${first}`.trimEnd(), ...rest);
  }
  if (body.length === 0) return [];
  // A "*/" inside the text would end the comment early.
  const safe = body.map((l) => l.replace(/\*\//g, "*&#47;").trimEnd());
  return [
    `${indent}/**`,
    ...safe.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)),
    `${indent} */`,
  ];
}
