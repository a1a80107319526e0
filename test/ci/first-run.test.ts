// The first `npx genesys-iac` in a checkout runs the tool, never a build of it. npm installs the
// project into its npx cache as a link and runs a link's `prepare` (the build): scripts/prepare.js
// builds only for install commands. And where dist/ is missing the tool says how to build (exit 2).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shouldBuild } = require("../../scripts/prepare.js") as {
  shouldBuild(env: Record<string, string | undefined>): boolean;
};

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "genesys-first-run-"));

describe("the prepare script", () => {
  it("builds under npm ci and npm install, not under npx / npm exec", () => {
    expect(shouldBuild({ npm_command: "ci" })).toBe(true);
    expect(shouldBuild({ npm_command: "install" })).toBe(true);
    expect(shouldBuild({ npm_command: "exec" })).toBe(false);
  });

  it.each([
    ["ci", true],
    ["exec", false],
  ])("under npm_command=%s runs `npm run build`: %s", (command, runs) => {
    // A stand-in for npm that records its arguments, so that no real build runs here.
    const dir = tmp();
    const record = path.join(dir, "called");
    const fakeNpm = path.join(dir, "npm-cli.js");
    fs.writeFileSync(
      fakeNpm,
      `require("fs").writeFileSync(${JSON.stringify(record)}, process.argv.slice(2).join(" "));`,
    );
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "prepare.js")], {
      encoding: "utf8",
      env: {
        ...process.env,
        npm_command: command,
        npm_execpath: fakeNpm,
        npm_node_execpath: process.execPath,
      },
    });
    expect(r.status).toBe(0);
    expect(fs.existsSync(record) ? fs.readFileSync(record, "utf8") : undefined).toBe(
      runs ? "run build" : undefined,
    );
  });
});

describe("bin/genesys-iac.js", () => {
  it("without a build says how to make one and exits 2, building nothing", () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "bin"));
    fs.copyFileSync(path.join(ROOT, "bin", "genesys-iac.js"), path.join(dir, "bin", "genesys-iac.js"));
    const r = spawnSync(
      process.execPath,
      [path.join(dir, "bin", "genesys-iac.js"), "plan", "--stack", "dev"],
      {
        encoding: "utf8",
        cwd: dir,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not built: dist\/cli\/main\.js is missing/);
    expect(r.stderr).toMatch(/npm ci/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(path.join(dir, "dist"))).toBe(false);
  });

  it("under `npx genesys-iac` with an empty npx cache runs without rebuilding dist/", () => {
    const main = path.join(ROOT, "dist", "cli", "main.js");
    const before = fs.statSync(main).mtimeMs;
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const r = spawnSync(npx, ["--yes", "genesys-iac", "--help"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 180_000,
      env: { ...process.env, npm_config_cache: tmp(), npm_config_update_notifier: "false" },
    });
    expect(r.stdout).toMatch(/usage: genesys-iac/i);
    expect(r.stdout + r.stderr).not.toMatch(/> tsc /);
    expect(fs.statSync(main).mtimeMs).toBe(before);
  });
});
