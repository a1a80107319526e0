// The modules the Pulumi SDK needs only to serialize closures: not loaded with the SDK, loaded (and
// working) when first used, and left alone with GENESYS_IAC_DEBUG=1. Run in a child process: jest
// has a module registry of its own, and the point is Node's.
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DEFERRED = path.join(ROOT, "dist", "internals", "deferred-sdk-modules.js");

const PROGRAM = `
const loaded = (part) => Object.keys(require.cache).some((f) => f.includes(part));
// The stand-in sits in the module cache under the real file's name until the real one is loaded.
const tsFile = require.resolve("typescript");
const realTypescript = () => !require("util").types.isProxy(require.cache[tsFile].exports);
require(${JSON.stringify(DEFERRED)}).deferSdkModules();
const pulumi = require("@pulumi/pulumi");
require("@pulumi/policy");
const atLoad = {
  pacote: loaded("/node_modules/pacote/"),
  typescript: realTypescript(),
  spdx: loaded("/node_modules/spdx-correct/"),
};
const real = require("typescript");
// normalize-package-data is a function: called through the stand-in the SDK holds (codePaths.js
// calls it so), it normalizes a package.json as the real one does.
const normalized = () => {
  const codePaths = require.resolve("@pulumi/pulumi/runtime/closure/codePaths.js");
  const file = require.resolve("normalize-package-data", { paths: [require("path").dirname(codePaths)] });
  const data = { name: "x", version: "1.0.0" };
  require.cache[file].exports(data);
  return data._id;
};
(async () => {
  const closure = await pulumi.runtime.serializeFunction(() => 42);
  const paths = await pulumi.runtime.computeCodePaths({ extraIncludePackages: [] });
  process.stdout.write(JSON.stringify({
    atLoad,
    typescriptVersion: require("@pulumi/pulumi/typescript-shim").version === real.version,
    closure: closure.text.includes("42"),
    codePaths: paths.size > 0,
    pacoteAfter: loaded("/node_modules/pacote/"),
    typescriptAfter: realTypescript(),
    normalized: normalized(),
    spdxAfter: loaded("/node_modules/spdx-correct/"),
  }));
})();
`;

function run(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out = execFileSync(process.execPath, ["-e", PROGRAM], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return JSON.parse(out.toString()) as Record<string, unknown>;
}

test("typescript, @npmcli/arborist and normalize-package-data load when first used, and still work", () => {
  expect(run({ GENESYS_IAC_DEBUG: "" })).toEqual({
    atLoad: { pacote: false, typescript: false, spdx: false },
    typescriptVersion: true,
    closure: true,
    codePaths: true,
    pacoteAfter: true,
    typescriptAfter: true,
    normalized: "x@1.0.0",
    spdxAfter: true,
  });
});

test("with GENESYS_IAC_DEBUG=1 the SDK loads them as it always does", () => {
  expect(run({ GENESYS_IAC_DEBUG: "1" })).toMatchObject({
    atLoad: { pacote: true, typescript: true, spdx: true },
  });
});
