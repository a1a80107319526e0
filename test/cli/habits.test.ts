// The habits of a Pulumi user at the command line: `-s` for `--stack`, `-h`/`--help` on the tool and
// on each command (exit 0, to stdout), `--version`; and usage text made from the flag declarations.
import * as fs from "fs";
import * as path from "path";
import { commands } from "../../cli/commands";
import { parseFlags } from "../../cli/flags";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";

const NAMES = Object.keys(commands);

test("the commands are plan, check, diff and import", () => {
  expect(NAMES).toEqual(["plan", "check", "diff", "import"]);
});

describe("--help", () => {
  it.each([["-h"], ["--help"], ["help"]])(
    "%s on the tool lists every command, exit 0, on stdout",
    async (flag) => {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^usage: genesys-iac <command>/);
      for (const name of NAMES) expect(r.stdout).toContain(`  ${name}  `);
      expect(r.stdout).toContain("--version");
    },
  );

  it.each(
    NAMES.flatMap((n) => [
      [n, "-h"],
      [n, "--help"],
    ]),
  )("%s %s shows the command's flags with their descriptions, exit 0, on stdout", async (name, flag) => {
    const r = await runCli([name, flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(new RegExp(`^usage: genesys-iac ${name} `));
    expect(r.stdout).toMatch(/-s, --stack NAME +\S/);
    expect(r.stdout).toMatch(/-h, --help +show this help/);
    // `import` writes one format, the import file Pulumi reads.
    if (name !== "import") expect(r.stdout).toMatch(/--format text\|json\|markdown/);
    else expect(r.stdout).toMatch(/--out FILE +\S/);
  });

  it("help wins over missing required flags, and `help check` is `check --help`", async () => {
    expect((await runCli(["diff", "--help"])).code).toBe(0);
    expect((await runCli(["help", "check"])).stdout).toBe((await runCli(["check", "--help"])).stdout);
  });

  it("a usage error shows the command's usage on stderr, exit 2", async () => {
    const r = await runCli(["check", "--stak", "lab"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: unknown argument "--stak"; allowed: -s\/--stack, --input/);
    expect(r.stderr).toContain("usage: genesys-iac check ");
    expect(r.stderr).toContain("--policy-config FILE");
  });

  it("no command: the tool's usage on stderr, exit 2", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: a command is required\n\nusage: genesys-iac <command>/);
  });
});

test("--version prints the package's version, exit 0", async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
  const r = await runCli(["--version"]);
  expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
});

test("before a command: a word after --version, or a flag the tool does not take, is exit 2", async () => {
  const extra = await runCli(["--version", "extra"]);
  expect({ code: extra.code, stdout: extra.stdout }).toEqual({ code: 2, stdout: "" });
  expect(extra.stderr).toMatch(/^error: --version takes nothing after it; got "extra"\n/);
  const flag = await runCli(["--verbose"]);
  expect(flag.code).toBe(2);
  expect(flag.stderr).toMatch(
    /^error: unknown flag --verbose; before a command only --help and --version are taken\n\nusage: genesys-iac <command>/,
  );
});

test("-s is --stack: the same plan", async () => {
  const short = await runCli(["plan", "-s", "dev", "--format", "json"]);
  const long = await runCli(["plan", "--stack", "dev", "--format", "json"]);
  expect(short.code).toBe(0);
  expect(short.stdout).toBe(long.stdout);
  expect(JSON.parse(short.stdout).deployment.resources.length).toBeGreaterThan(0);
});

describe("parseFlags", () => {
  const spec = {
    stack: { short: "s", value: "NAME", description: "d" },
    format: { value: "F", oneOf: ["text", "json"] as const, description: "d" },
    quiet: { description: "d" },
  } as const;

  it("reads long, inline and short forms, and switches", () => {
    expect(parseFlags(["-s", "a", "--format=json", "--quiet"], spec)).toEqual({
      stack: "a",
      format: "json",
      quiet: true,
    });
  });

  it("refuses a missing value, a value not allowed, a value on a switch, an undeclared short form", () => {
    expect(() => parseFlags(["-s"], spec)).toThrow("--stack needs a value");
    expect(() => parseFlags(["--stack", "-s"], spec)).toThrow("--stack needs a value");
    expect(() => parseFlags(["--stack="], spec)).toThrow("--stack needs a value");
    expect(() => parseFlags(["--stack", " "], spec)).toThrow("--stack needs a value");
    expect(() => parseFlags(["--format", "xml"], spec)).toThrow(
      '--format "xml": allowed values are text, json',
    );
    expect(() => parseFlags(["--quiet=yes"], spec)).toThrow("--quiet takes no value");
    expect(() => parseFlags(["-q"], spec)).toThrow('unknown argument "-q"');
    expect(() => parseFlags(["--constructor"], spec)).toThrow('unknown argument "--constructor"');
  });

  it("refuses a flag given twice rather than dropping one value", () => {
    expect(() => parseFlags(["--stack", "dev", "-s", "lab"], spec)).toThrow(
      "--stack is given twice; give it once",
    );
    expect(() => parseFlags(["--quiet", "--quiet"], spec)).toThrow("--quiet is given twice");
  });
});
