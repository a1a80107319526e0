// Node's on-disk cache of compiled modules (Node 22.1+, `module.enableCompileCache`). Loading
// @pulumi/pulumi compiles about 15 MB of JavaScript (9 MB of it the TypeScript compiler, which the
// SDK loads for closure serialization); with the cache, a later start reuses the compiled code. The
// CLI enables it (bin/genesys-iac.js); the pack it starts gets the same directory, and writes to it
// once the pack is loaded (internals/policy-pack-host.ts).
import * as nodeModule from "module";

/** The environment that gives a child process this process's compile cache (none when it is off). */
export function compileCacheEnv(): Record<string, string> {
  // Not in the typings of @types/node 20.
  const dir = (nodeModule as { getCompileCacheDir?(): string | undefined }).getCompileCacheDir?.();
  return dir ? { NODE_COMPILE_CACHE: dir } : {};
}
