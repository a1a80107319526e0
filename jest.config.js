/** Jest runs the TypeScript sources directly; `tsc` (npm run build) does the type checking. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  // Pulumi's runtime keeps module-level state (mocks, config, the root stack): one file per worker
  // process, never shared.
  maxWorkers: 2,
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
