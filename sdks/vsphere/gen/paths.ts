/** Where the generator reads and writes, relative to this directory (sdks/vsphere/gen, or its bin/). */
import * as fs from "fs";
import * as path from "path";

/** The SDK directory: the nearest parent holding schema.json. */
export function sdkDir(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "schema.json")) && fs.existsSync(path.join(dir, "package.json")))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no schema.json above ${from}`);
  }
}

export interface Sources {
  schemaText: string;
  version: string;
}

/** The committed schema and the provider version it belongs to (the SDK package's version). */
export function readSources(dir: string = sdkDir()): Sources {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
  return { schemaText: fs.readFileSync(path.join(dir, "schema.json"), "utf8"), version: pkg.version };
}

/** Generated files now in the SDK directory (recognised by their first line), relative paths. */
export function generatedFilesOnDisk(dir: string, mark: string): string[] {
  const found: string[] = [];
  for (const sub of [".", "config", "types"]) {
    const full = path.join(dir, sub);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full)) {
      const rel = sub === "." ? f : `${sub}/${f}`;
      if (f.endsWith(".ts") && fs.readFileSync(path.join(dir, rel), "utf8").startsWith(mark)) found.push(rel);
    }
  }
  return found.sort();
}
