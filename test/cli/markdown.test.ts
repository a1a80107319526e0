// The pull-request comment: its Markdown, and its Mermaid diagram parsed and drawn by the real
// `mermaid` package in a headless Chromium (Debian's `chromium`), with a screenshot under test-output/.
import * as fs from "fs";
import * as path from "path";
import { mermaidDiagram, mermaidLabel } from "../../cli/mermaid";
import { cell, code, PR_MARKER } from "../../cli/markdown";
import type { Topology } from "../../cli/topology";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";
import { describeUnless } from "../support/skip";

const OUT = path.join(REPO, "test-output");

/** Why the browser test cannot run here, or undefined when it can. */
function browserMissing(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  if (!candidates.some((c) => fs.existsSync(c)))
    return `no Chromium at ${candidates.join(", ")} (install Debian's \`chromium\` package, or set CHROMIUM_PATH)`;
  for (const mod of ["playwright-core", "mermaid/package.json"]) {
    try {
      require.resolve(mod);
    } catch {
      return `the dev dependency ${mod.split("/")[0]} is not installed (npm ci)`;
    }
  }
  return undefined;
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

/** Names that would break an unescaped diagram. */
const TRICKY: Topology = {
  stack: "x",
  project: "p",
  sites: [
    {
      name: 'site "A" #1',
      hosts: ["esx<1>", "end"],
      networks: [{ purpose: "vmTraffic", name: "pg [vm]", detail: "vSwitch0, VLAN 0" }],
    },
  ],
  vms: [
    {
      name: 'vm "quoted"',
      site: 'site "A" #1',
      host: "esx<1>",
      role: "sipServer",
      tier: "primary",
      pair: "p",
    },
    { name: "vm;graph TD", site: 'site "A" #1', host: "end", role: "sipServer", tier: "backup", pair: "p" },
  ],
  rules: [
    {
      urn: "u",
      name: "p-apart",
      kind: "anti-affinity",
      mandatory: true,
      vms: ['vm "quoted"', "vm;graph TD"],
    },
  ],
};

describe("Markdown of the pull-request comment", () => {
  it("starts with the hidden marker and escapes table cells", async () => {
    const md = (await runCli(["plan", "--stack", "lab", "--format", "markdown"])).stdout;
    expect(md.split("\n")[0]).toBe(PR_MARKER);
    expect(md).toContain("### Plan of stack `lab`");
    // Each VM with its computer name and address, in the diagram.
    expect(md).toContain(
      'vm_lab_sip_primary["lab-sip-primary<br/>sipServer primary<br/>LAB-SIP-P 10.20.10.21"]',
    );
    expect(md).toContain('vm_lab_sim_1["lab-sim-1<br/>simulator<br/>LAB-SIM-1 10.20.10.31"]');
    expect(cell("a|b\n<c>")).toBe("a\\|b<br>&lt;c&gt;");
    expect(code("a`b")).toBe("`` a`b ``");
    expect(mermaidLabel('say "hi" <b>#1</b>')).toBe("say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt;");
  });

  it("keeps the table format of plan under its old name", async () => {
    const table = await runCli(["plan", "--stack", "lab", "--format", "table"]);
    const text = await runCli(["plan", "--stack", "lab", "--format", "text"]);
    expect(table.stdout).toBe(text.stdout);
  });

  it("draws sites and hosts as subgraphs, VMs in them, pairs as crossed dotted links, ids sanitized", () => {
    const m = mermaidDiagram(TRICKY);
    expect(m).toMatch(/^flowchart TB\n/);
    expect(m).toContain('subgraph site_site__A___1["site site #quot;A#quot; #35;1"]');
    expect(m).toContain('vm_vm__quoted_["vm #quot;quoted#quot;<br/>sipServer primary"]');
    expect(m).toContain('vm_vm__quoted_ x-. "must be apart" .-x vm_vm_graph_TD');
    for (const id of m.matchAll(/^\s*(?:subgraph )?([^\s[(]+)[[(]/gm))
      expect(id[1]).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });
});

describeUnless(browserMissing(), "the Mermaid diagram in a real browser", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  let browser: import("playwright-core").Browser;
  let page: import("playwright-core").Page;

  beforeAll(async () => {
    const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
      (c) => c && fs.existsSync(c),
    );
    browser = await chromium.launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // No network: the page is local and mermaid's bundle is read from node_modules.
    await page.route("**/*", (route) =>
      route.request().url().startsWith("data:") ? route.continue() : route.abort(),
    );
    await page.setContent(
      '<!doctype html><html><body style="background:#fff"><div id="out"></div></body></html>',
    );
    await page.addScriptTag({
      path: path.join(path.dirname(require.resolve("mermaid/package.json")), "dist", "mermaid.min.js"),
    });
    await page.evaluate(() =>
      (globalThis as any).mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        flowchart: { htmlLabels: true },
      }),
    );
  }, 60000);
  afterAll(async () => browser?.close());

  /** mermaid.parse, then mermaid.render into the page; returns the SVG. */
  async function render(id: string, text: string): Promise<string> {
    return page.evaluate(
      async ([id, text]) => {
        const mermaid = (globalThis as any).mermaid;
        await mermaid.parse(text);
        const { svg } = await mermaid.render(id, text);
        (globalThis as any).document.getElementById("out").innerHTML = svg;
        return svg as string;
      },
      [id, text] as const,
    );
  }

  it("parses and draws the check comment of the lab stack, every VM named; screenshot", async () => {
    const md = (await runCli(["check", "--stack", "lab", "--format", "markdown"])).stdout;
    const [diagram] = mermaidBlocks(md);
    const svg = await render("lab", diagram);
    expect(svg).toMatch(/^<svg/);
    const vms = [...diagram.matchAll(/\["(lab-[a-z0-9-]+)<br\/>/g)].map((m) => m[1]);
    expect(vms).toHaveLength(11);
    for (const vm of vms) expect(svg).toContain(vm);
    fs.mkdirSync(OUT, { recursive: true });
    const png = path.join(OUT, "mermaid-lab.png");
    await page.locator("#out svg").screenshot({ path: png });
    expect(fs.statSync(png).size).toBeGreaterThan(10000);
  });

  it("draws the diff comment and the Docker stand-in", async () => {
    const dev = mermaidBlocks((await runCli(["plan", "--stack", "dev", "--format", "markdown"])).stdout)[0];
    const svg = await render("dev", dev);
    for (const vm of ["dev-sip-primary", "dev-sip-backup", "dev-mcp-1", "dev-sim-1"])
      expect(svg).toContain(vm);
    await page.locator("#out svg").screenshot({ path: path.join(OUT, "mermaid-dev.png") });
  });

  it("survives names with quotes, #, <, > and keywords", async () => {
    const svg = await render("tricky", mermaidDiagram(TRICKY));
    expect(svg).toContain("quoted");
    expect(svg).toContain("graph TD");
  });
});
