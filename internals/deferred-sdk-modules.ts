// Two modules the Pulumi SDK loads at `require` and uses only to serialize closures, loaded when
// first used instead.
//
// `require("@pulumi/pulumi")` loads the TypeScript compiler (runtime/closure/parseFunction.js,
// through typescript-shim.js) and @npmcli/arborist with pacote, sigstore and tar
// (runtime/closure/codePaths.js): 446 of the 775 modules a process loading @pulumi/pulumi and
// @pulumi/policy compiles, about 60% of its loading time and 40 MB of its memory. They serve
// `pulumi.runtime.serializeFunction` and `computeCodePaths` (function serialization, dynamic
// providers), which neither a plan under mocks nor a policy pack calls. `check` runs two such
// processes (the CLI and the pack).
//
// So, before the SDK is loaded, each is put in Node's module cache as a stand-in that loads the
// real module on the first access to any of its properties and forwards to it from then on: code
// that does use them gets the real modules, just later. The stand-in answers `__esModule` without
// loading (so TypeScript's `__importStar` keeps it instead of copying every property), and
// `default` with the module itself, as `__importStar` would. GENESYS_IAC_DEBUG=1 (pulumi-sdk.ts)
// leaves module loading alone.
import { Module } from "module";
import * as path from "path";
import { debugMode } from "./debug-mode";

/** The modules, by the id the SDK requires them with, and the SDK file that requires them. */
const DEFERRED: readonly { id: string; from: string; callable?: true }[] = [
  { id: "typescript", from: "typescript-shim.js" },
  { id: "@npmcli/arborist", from: path.join("runtime", "closure", "codePaths.js") },
  // Its module is a function (codePaths.js calls it on a package.json it reads), and loading it
  // compiles the SPDX license list: about 0.1 s of CPU in each process.
  { id: "normalize-package-data", from: path.join("runtime", "closure", "codePaths.js"), callable: true },
];

function standIn(file: string, callable: boolean): object {
  let real: Record<PropertyKey, unknown> | undefined;
  const load = (): Record<PropertyKey, unknown> => {
    if (real === undefined) {
      delete require.cache[file];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real = require(file) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  // An arrow function for a callable module: it has no `prototype`, whose descriptor (not
  // configurable on other functions) the trap below could not report as configurable.
  return new Proxy(callable ? () => undefined : {}, {
    apply: (_, self, args: unknown[]) =>
      Reflect.apply(load() as unknown as (...a: unknown[]) => unknown, self, args),
    get: (_, key) => {
      if (key === "__esModule") return true;
      const m = load();
      return key === "default" && !("default" in m) ? m : m[key];
    },
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    // Reported configurable: the stand-in's own target has none of these properties.
    getOwnPropertyDescriptor: (_, key) => {
      const d = Object.getOwnPropertyDescriptor(load(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/** Puts the stand-ins in the module cache; call before anything requires @pulumi/pulumi. */
export function deferSdkModules(): void {
  if (debugMode()) return;
  let sdkDir: string;
  try {
    sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
  } catch {
    return;
  }
  for (const { id, from, callable } of DEFERRED) {
    let file: string;
    try {
      file = require.resolve(id, { paths: [path.dirname(path.join(sdkDir, from))] });
    } catch {
      continue;
    }
    if (require.cache[file]) continue;
    const m = new Module(file);
    m.filename = file;
    m.loaded = true;
    m.exports = standIn(file, callable === true);
    require.cache[file] = m;
  }
}
