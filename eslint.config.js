// Typed linting: @pulumi/eslint-plugin's rules catch an Output interpolated into a string, which
// silently renders as a warning text instead of the value.
const tseslint = require("typescript-eslint");
const pulumi = require("@pulumi/eslint-plugin");
const { LAYERS, FORBIDDEN_PACKAGES } = require("./eslint-layers");

// One `no-restricted-imports` block per layer (eslint-layers.js): a relative import that climbs
// out of the layer into a folder it may not use is an error, as is a forbidden package.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function layerRules(layer) {
  const allowed = LAYERS[layer];
  const folders = Object.keys(LAYERS).filter((l) => !l.endsWith(".ts"));
  const patterns = [];
  // From a file at the root (index.ts) a folder is `./x`; from inside a folder, `../x`, `../../x`.
  const up = layer.endsWith(".ts") ? "\\./" : "(\\.\\./)+";
  for (const other of folders) {
    if (other === layer || allowed.includes(other)) continue;
    const files = allowed.filter((a) => a.startsWith(`${other}/`)).map((a) => a.slice(other.length + 1));
    const except = files.length > 0 ? `(?!(${files.map(escape).join("|")})$)` : "";
    patterns.push({
      regex: `^${up}${escape(other)}(/${except}|$)`,
      message: `${layer} may import only ${allowed.join(", ") || "itself"} (eslint-layers.js, docs/architecture.md)`,
    });
  }
  for (const pkg of FORBIDDEN_PACKAGES[layer] ?? [])
    patterns.push({
      regex: `^${escape(pkg)}`,
      message: `${layer} does not import ${pkg} (eslint-layers.js)`,
    });
  return { "no-restricted-imports": ["error", { patterns }] };
}
const layerBlocks = Object.keys(LAYERS).map((layer) => ({
  files: [layer.endsWith(".ts") ? layer : `${layer}/**/*.ts`],
  rules: layerRules(layer),
}));

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "sdks/vsphere/bin/**",
      // Generated from the provider schema by sdks/vsphere/gen (which is linted); a test proves
      // the committed files are exactly what the generator writes.
      "sdks/vsphere/*.ts",
      "sdks/vsphere/config/**",
      "sdks/vsphere/types/**",
      "sdks/vsphere/gen/bin/**",
      "policies/bin/**",
      "coverage/**",
      // What the tests write (git-ignored): packs and programs made for one test run.
      "test-output/**",
      "**/*.js",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    plugins: { "@pulumi": pulumi },
    rules: {
      "@pulumi/no-output-in-template-literal": "error",
      "@pulumi/no-output-instance-in-template-literal": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerBlocks,
  {
    // Tests poke at loosely typed documents on purpose.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
