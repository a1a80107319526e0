/**
 * `npm run gen:sdk`: regenerates sdks/vsphere from sdks/vsphere/schema.json, writing every file and
 * removing generated files the schema no longer has.
 */
import * as fs from "fs";
import * as path from "path";
import { GENERATED_MARK } from "./emit";
import { generate } from "./generate";
import { generatedFilesOnDisk, readSources, sdkDir } from "./paths";

function main(): void {
  const dir = sdkDir();
  const { schemaText, version } = readSources(dir);
  const files = generate(schemaText, version);
  let changed = 0;
  for (const [rel, text] of files) {
    const full = path.join(dir, rel);
    if (fs.existsSync(full) && fs.readFileSync(full, "utf8") === text) continue;
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    changed++;
  }
  const stale = generatedFilesOnDisk(dir, GENERATED_MARK).filter((rel) => !files.has(rel));
  for (const rel of stale) fs.rmSync(path.join(dir, rel));
  console.log(`sdks/vsphere: ${files.size} files generated (${changed} changed, ${stale.length} removed).`);
}

main();
