// The benchmark's pack floor (bench/bench.js): `check --policy-pack bench/noop-pack` plans the stack
// and sends every Analyze and AnalyzeStack request to this pack as to ours, and @pulumi/policy's
// server decodes each one (google-protobuf, then the properties for each policy), but no policy
// judges anything. What `check` with our pack costs beyond this is our policies'.
//
// Plain JavaScript, so that it runs as it is (no build); @pulumi/policy is resolved from the
// repository's node_modules, the version our pack runs on. No dependencies of its own: it is not
// meant to be installed anywhere else.
"use strict";
const { PolicyPack } = require("@pulumi/policy");

/** Reads every property, as a policy that judges them would; an unknown value is skipped. */
function touch(props) {
  let n = 0;
  for (const key of Object.keys(props)) {
    try {
      if (props[key] !== undefined) n++;
    } catch {
      // An unknown value (a preview): @pulumi/policy's proxy throws on reading it.
    }
  }
  return n;
}

new PolicyPack("genesys-iac-bench-noop", {
  policies: [
    {
      name: "noop-resource",
      description: "Reads each resource's properties; reports nothing.",
      enforcementLevel: "advisory",
      validateResource: (args) => {
        touch(args.props);
      },
    },
    {
      name: "noop-stack",
      description: "Reads every resource's properties in the stack; reports nothing.",
      enforcementLevel: "advisory",
      validateStack: (args) => {
        for (const r of args.resources) touch(r.props);
      },
    },
  ],
});
