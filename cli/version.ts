// The version of genesys-iac: its package.json's, found above this file (source or dist/).
import * as fs from "fs";
import * as path from "path";

export function packageVersion(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "genesys-iac" && typeof pkg.version === "string") return pkg.version;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of genesys-iac above ${from}`);
  }
}
