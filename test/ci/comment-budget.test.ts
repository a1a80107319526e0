// Fitting the PR comment into GitHub's limit: diagrams go first, then the long tables and listings,
// then whole sections; the comment says what was cut; it never passes the limit.
import { fitComment, GITHUB_COMMENT_LIMIT, splitBlocks, type CommentPart } from "../../cli/comment-budget";

const diagram = (n: number) =>
  [
    "<details open><summary>Topology</summary>",
    "",
    "```mermaid",
    "flowchart TB",
    ...Array.from({ length: n }, (_, i) => `  vm_${i}["vm ${i}"]`),
    "```",
    "",
    "</details>",
  ].join("\n");
const table = (n: number) =>
  [
    "| Level | Policy | Resource | Message |",
    "| --- | --- | --- | --- |",
    ...Array.from({ length: n }, (_, i) => `| advisory | \`p\` | vm-${i} | message ${i} |`),
  ].join("\n");
const listing = (n: number) =>
  [
    "<details><summary>resources</summary>",
    "",
    "```diff",
    ...Array.from({ length: n }, (_, i) => `~ vsphere:VirtualMachine vm-${i}`),
    "```",
    "",
    "</details>",
  ].join("\n");

const check = (n: number): CommentPart => ({
  title: "the policy check of stack `big`",
  markdown: [
    "### ✅ Policy check of stack `big`: passed",
    "",
    "12 advisories.",
    "",
    table(n),
    "",
    diagram(n),
  ].join("\n"),
});
const changes = (n: number): CommentPart => ({
  title: "the changes to stack `big`",
  markdown: [
    "### Changes to stack `big`",
    "",
    "Resources: 1 to change.",
    "",
    listing(n),
    "",
    diagram(n),
  ].join("\n"),
});
const foot = (cuts: string[]) => (cuts.length > 0 ? `Cut: ${cuts.join("; ")}.` : "Nothing cut.");

describe("splitBlocks", () => {
  it("finds a diagram with its <details>, a table, a listing and the text between", () => {
    const kinds = splitBlocks(check(3).markdown + "\n\n" + listing(2)).map((b) => [b.kind, b.lines.length]);
    expect(kinds).toEqual([
      ["text", 4],
      ["table", 5],
      ["text", 1],
      ["diagram", 10],
      ["text", 3],
      ["listing", 4],
      ["text", 2],
    ]);
  });
});

describe("fitComment", () => {
  it("leaves a comment within the limit as it is", () => {
    const r = fitComment("<!-- m -->\n## head", [check(3), changes(3)], foot);
    expect(r.cuts).toEqual([]);
    expect(r.body).toBe(
      ["<!-- m -->\n## head", check(3).markdown, changes(3).markdown, "Nothing cut."].join("\n\n") + "\n",
    );
  });

  it("cuts the diagrams first, the largest first, and says so", () => {
    const full = fitComment("head", [check(40), changes(400)], foot, Number.MAX_SAFE_INTEGER).body;
    const limit = full.length - 2000; // less than the larger diagram weighs
    const r = fitComment("head", [check(40), changes(400)], foot, limit);
    expect(r.cuts).toEqual(["the diagram of the changes to stack `big`"]);
    expect(r.body.length).toBeLessThanOrEqual(limit);
    expect(r.body.match(/```mermaid/g)).toHaveLength(1);
    expect(r.body).toContain(
      "_The diagram of the changes to stack `big` is cut here: it is in the full report._",
    );
    expect(r.body).toContain("Cut: the diagram of the changes to stack `big`.");
    expect(r.body).toContain(table(40));
  });

  it("then halves the longest tables and listings, keeping their header and saying how many rows are left out", () => {
    const parts = [check(2000), changes(60)];
    const r = fitComment("head", parts, foot, 40_000);
    expect(r.body.length).toBeLessThanOrEqual(40_000);
    expect(r.cuts).toEqual([
      "the diagram of the policy check of stack `big`",
      "the diagram of the changes to stack `big`",
      "the long table of the policy check of stack `big`",
    ]);
    expect(r.body).toContain(
      "| Level | Policy | Resource | Message |\n| --- | --- | --- | --- |\n| advisory | `p` | vm-0 |",
    );
    const more = /_\.\.\. (\d+) more rows in the full report\._/.exec(r.body);
    expect(more).not.toBeNull();
    const rowsLeft = r.body.split("\n").filter((l) => l.startsWith("| advisory")).length;
    expect(rowsLeft + Number(more![1])).toBe(2000);
    expect(r.body).toContain(listing(60)); // the smaller listing is untouched
  });

  it("cuts listings inside their fence, closing it", () => {
    const r = fitComment("head", [changes(3000)], foot, 20_000);
    expect(r.body.length).toBeLessThanOrEqual(20_000);
    expect(r.body).toMatch(
      /~ vsphere:VirtualMachine vm-\d+\n\.\.\. \d+ more lines in the full report\n```\n\n<\/details>/,
    );
  });

  it("then drops whole sections, keeping their heading paragraph", () => {
    const parts = [check(800), changes(800)];
    const r = fitComment("head", parts, foot, 900);
    expect(r.body.length).toBeLessThanOrEqual(900);
    expect(r.body).toContain(
      "### ✅ Policy check of stack `big`: passed\n\n12 advisories.\n\n_The rest of the policy check of stack `big` is in the full report._",
    );
    expect(r.cuts[r.cuts.length - 1]).toBe("the rest of the policy check of stack `big`");
    expect(r.body).toContain("### Changes to stack `big`");
  });

  it("never passes the limit, whatever the head weighs", () => {
    const r = fitComment("x".repeat(500) + "\n" + "y".repeat(5000), [check(10)], foot, 1000);
    expect(r.body.length).toBeLessThanOrEqual(1000);
    expect(r.body).toMatch(/_Cut here at the length limit: see the full report\._\n$/);
  });

  it("measures with the given function (the job summary's limit is in bytes)", () => {
    const emoji = { title: "t", markdown: "✅".repeat(400) };
    expect(fitComment("h", [emoji], () => "", 500).body.length).toBeGreaterThan(400);
    const bytes = fitComment(
      "h",
      [emoji],
      () => "",
      500,
      (s) => Buffer.byteLength(s),
    );
    expect(Buffer.byteLength(bytes.body)).toBeLessThanOrEqual(500);
  });

  it("is GitHub's limit of 65,536 characters by default", () => {
    expect(GITHUB_COMMENT_LIMIT).toBe(65_536);
    expect(fitComment("head", [check(3000), changes(3000)], foot).body.length).toBeLessThanOrEqual(65_536);
  });
});
