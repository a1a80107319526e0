// The Node.js the project supports, in one range (package.json "engines"), held against everything
// that has to agree with it: the other package.json files, every locked dependency (so that
// `npm ci --engine-strict` passes on any Node the range admits), the Node CI brings (.ci/run) and the
// line the workflows and nvm read (.nvmrc).
import * as fs from "fs";
import * as path from "path";
import * as semver from "semver";

const ROOT = path.join(__dirname, "..", "..");
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const range: string = JSON.parse(read("package.json")).engines.node;

describe("the supported Node.js", () => {
  it("is Node 22 LTS and later, and not Node 20", () => {
    expect(semver.validRange(range)).not.toBeNull();
    expect(semver.minVersion(range)!.major).toBe(22);
    expect(semver.intersects(range, "20.x")).toBe(false);
    expect(semver.satisfies("24.0.0", range)).toBe(true);
  });

  it.each(["policies/package.json", "sdks/vsphere/package.json", "bench/noop-pack/package.json"])(
    "%s declares the same engines",
    (f) => {
      expect(JSON.parse(read(f)).engines).toEqual({ node: range });
    },
  );

  it("admits no Node that a locked dependency refuses", () => {
    const lock = JSON.parse(read("package-lock.json"));
    const refusing = Object.entries(lock.packages as Record<string, { version?: string; engines?: unknown }>)
      .filter(([, p]) => p.engines && typeof p.engines === "object" && !Array.isArray(p.engines))
      .map(([name, p]) => [name, p.version, (p.engines as { node?: string }).node] as const)
      .filter(([, , node]) => typeof node === "string" && !semver.subset(range, node));
    expect(refusing).toEqual([]);
  });

  it("is what CI brings where the machine's Node is older", () => {
    const pinned = /^NODE_VERSION=(\S+)$/m.exec(read(".ci/run"));
    expect(pinned).not.toBeNull();
    expect(semver.satisfies(pinned![1], range)).toBe(true);
  });

  it("is the line .nvmrc names, which the workflows set up", () => {
    const line = read(".nvmrc").trim();
    expect(semver.intersects(`${line}.x`, range)).toBe(true);
    for (const f of fs.readdirSync(path.join(ROOT, ".github", "workflows"))) {
      const text = read(path.join(".github", "workflows", f));
      expect(text).not.toMatch(/node-version:/);
      if (text.includes("actions/setup-node")) expect(text).toContain("node-version-file: .nvmrc");
    }
  });
});
