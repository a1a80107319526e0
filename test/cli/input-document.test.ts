// A saved document handed to `check --input` or `diff --base` whose resources hold a field of the
// wrong kind (a number where a URN goes, a list of numbers as dependencies) is the user's input:
// refused with one plain message naming the resource and the field (exit 2), before any request is
// made of it, where it used to fail later, inside the requests or the pack, with a stack trace.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePlanDocument, PlanFormatError } from "../../analyzer/plan-document";
import { EXIT } from "../../cli/errors";
import { runCli } from "../support/project";

const EXPORT = path.join(__dirname, "..", "fixtures", "lab-stack-export.json");
const exported = () => JSON.parse(fs.readFileSync(EXPORT, "utf8")) as { deployment: { resources: object[] } };
/** The export with one field of its fourth resource (a custom resource with a parent) replaced. */
function withField(key: string, value: unknown): string {
  const doc = exported();
  Object.assign(doc.deployment.resources[3], { [key]: value });
  return JSON.stringify(doc);
}

const message = (text: string): string => {
  try {
    parsePlanDocument(text, "x.json");
  } catch (e) {
    if (e instanceof PlanFormatError) return e.message;
    throw e;
  }
  throw new Error("the document was accepted");
};

describe("the fields of a document's resources", () => {
  it.each([
    ["parent", 5, "parent is a number, not a URN string"],
    ["provider", { urn: "x" }, "provider is an object, not a string `<provider URN>::<provider id>`"],
    ["id", 12, "id is a number, not a string"],
    ["custom", "true", "custom is a string, not true or false"],
    ["protect", 1, "protect is a number, not true or false"],
    ["inputs", ["a"], "inputs is a list, not an object of properties"],
    ["outputs", "none", "outputs is a string, not an object of properties"],
    ["dependencies", [1, 2], "dependencies is a list holding a non-string, not a list of URN strings"],
    ["dependencies", "urn:pulumi:a", "dependencies is a string, not a list of URN strings"],
    [
      "ignoreChanges",
      [true],
      "ignoreChanges is a list holding a non-string, not a list of property paths (strings)",
    ],
    [
      "propertyDependencies",
      { clone: [3] },
      "propertyDependencies.clone is a list holding a non-string, not a list of URN strings",
    ],
    [
      "propertyDependencies",
      ["a"],
      "propertyDependencies is a list, not an object mapping each property to a list of URN strings",
    ],
  ])("refuses %s: %j, naming the resource and the field", (key, value, said) => {
    expect(message(withField(key, value))).toBe(`x.json: deployment.resources[3].${said}`);
  });

  it("takes a field left out or null, as the CLI's own export leaves it", () => {
    for (const key of [
      "parent",
      "provider",
      "id",
      "inputs",
      "outputs",
      "dependencies",
      "propertyDependencies",
    ])
      expect(parsePlanDocument(withField(key, null), "x.json").deployment.resources).toHaveLength(82);
  });

  it("never shows the value itself (it may be a password)", () => {
    expect(message(withField("id", { password: "hunter2" }))).not.toContain("hunter2");
  });

  it("says on one line why a file is not JSON", () => {
    const said = message("not\njson");
    expect(said).toMatch(/^x\.json is not JSON: /);
    expect(said).not.toContain("\n");
  });
});

describe("check --input of such a document", () => {
  const file = (name: string, text: string): string => {
    const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "genesys-input-")), name);
    fs.writeFileSync(p, text);
    return p;
  };

  it("exits 2 with the message and no stack trace, for a field the requests would have failed on", async () => {
    for (const [key, value] of [
      ["parent", 5],
      ["dependencies", [1, 2]],
      ["propertyDependencies", { a: [3] }],
    ] as const) {
      const p = file("export.json", withField(key, value));
      const r = await runCli(["check", "--input", p]);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: EXIT.usage, stdout: "" });
      expect(r.stderr).toMatch(
        new RegExp(`^error: --input .*export\\.json: deployment\\.resources\\[3\\]\\.${key}`),
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("judges a document whose optional fields are null as one without them", async () => {
    const nulls = exported();
    for (const r of nulls.deployment.resources as Record<string, unknown>[])
      for (const key of ["parent", "dependencies", "propertyDependencies"]) if (!(key in r)) r[key] = null;
    const plain = await runCli(["check", "--input", EXPORT, "--format", "json"]);
    const withNulls = await runCli([
      "check",
      "--input",
      file("nulls.json", JSON.stringify(nulls)),
      "--format",
      "json",
    ]);
    const verdict = (out: string) => {
      const { verdict: v, violations, resources } = JSON.parse(out) as Record<string, unknown>;
      return { v, violations, resources };
    };
    expect(withNulls.code).toBe(plain.code);
    expect(verdict(withNulls.stdout)).toEqual(verdict(plain.stdout));
  });

  it("diffs a null `protect` as one left out: no change where both say not protected", async () => {
    const nulls = exported();
    for (const r of nulls.deployment.resources as Record<string, unknown>[]) r.protect ??= null;
    const r = await runCli(["diff", "--stack", "lab", "--base", file("nulls.json", JSON.stringify(nulls))]);
    const plain = await runCli(["diff", "--stack", "lab", "--base", EXPORT]);
    expect(r.code).toBe(plain.code);
    expect(r.stdout).not.toContain("(option) protect");
    // All but the first line, which names the base file.
    const body = (out: string) => out.split("\n").slice(1).join("\n");
    expect(body(r.stdout)).toBe(body(plain.stdout));
  });
});
