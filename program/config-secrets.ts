// The Node runtime knows which config keys were stored as secrets (`isConfigSecret`) but does not
// declare that function in its typings; this is the one place that reaches for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const runtimeConfig = require("@pulumi/pulumi/runtime/config") as {
  isConfigSecret?: (key: string) => boolean;
};

export function isConfigSecret(key: string): boolean {
  return runtimeConfig.isConfigSecret?.(key) ?? false;
}
