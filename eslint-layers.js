// Which folder may import which: the layers of docs/architecture.md, in one table. eslint.config.js
// turns it into `no-restricted-imports` rules (lint fails on a wrong-way import), and
// test/architecture/imports.test.ts checks the whole import graph against it (dynamic imports and
// `require` too) and fails on any import cycle.
//
// A layer may always import its own folder. An entry is a folder, or one file of a folder
// ("policies/contract": the pack file the program may import, not the policies/contract/ files it
// re-exports; "policies/ipv4": the pure IPv4 helpers the model's config validation and the pack's
// guest-identity policy share).
const LAYERS = {
  /** Pulumi SDK internals, pinned: imports nothing of ours. */
  internals: [],
  /** The pure deployment model: no Pulumi; only the names and the IPv4 helpers it shares with the pack. */
  model: ["policies/contract", "policies/ipv4"],
  /** The policy pack stands alone (it is published on its own). */
  policies: [],
  /** The pack's gRPC harness and plan documents (the contract's REDACTED: what a plan shows for a secret). */
  analyzer: ["internals", "policies/contract"],
  /** Pulumi components: translate the model into resources. */
  components: ["model", "policies/contract", "internals"],
  /** The Pulumi program: config -> model -> components. */
  program: ["components", "model", "internals"],
  /** genesys-iac plan/check/diff; documents are read through the pack's own reader. */
  cli: ["program", "model", "analyzer", "internals", "policies/contract", "policies/reader"],
  /** The project's entry point for `pulumi up`. */
  "index.ts": ["program"],
};

/** Packages a layer may not import (the model is plain data, free of Pulumi). */
const FORBIDDEN_PACKAGES = { model: ["@pulumi/"] };

module.exports = { LAYERS, FORBIDDEN_PACKAGES };
