// Fits a pull-request comment into GitHub's limit on a comment body. GitHub refuses a longer body
// outright, so a large stack would get no comment at all. What goes first is what a reviewer misses
// least and what weighs most: the Mermaid diagrams, then the longest tables and code listings (cut to
// their first rows), then whole sections (their heading paragraph kept); the footer says what was
// cut, and the full report stays in the job summary and the artifact.

/** GitHub's limit on the body of an issue or pull-request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Rows (or lines) a shortened table or listing keeps at least. */
const MIN_ROWS_KEPT = 5;

/** One section of the comment, e.g. the policy check of one stack. */
export interface CommentPart {
  /** What the section is, for the list of what was cut: e.g. "the policy check of stack `lab`". */
  title: string;
  markdown: string;
}

export interface FittedComment {
  body: string;
  /** What was cut, one phrase each, in the order it was cut; empty when nothing was. */
  cuts: string[];
}

type BlockKind = "diagram" | "table" | "listing" | "text";

interface Block {
  kind: BlockKind;
  lines: string[];
  /** Header lines of a table / opening lines of a listing, kept when rows are cut. */
  keepHead: number;
  /** Closing lines of a listing (the fence, a </details>), kept when rows are cut. */
  keepTail: number;
  /** Rows cut from this block so far. */
  cutRows: number;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;

/** Splits Markdown into diagrams (a mermaid fence with the <details> around it), tables, other fenced listings and text. */
export function splitBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  const push = (kind: BlockKind, ls: string[], keepHead = 0, keepTail = 0) =>
    blocks.push({ kind, lines: ls, keepHead, keepTail, cutRows: 0 });
  let text: string[] = [];
  const flush = () => {
    if (text.length > 0) push("text", text);
    text = [];
  };
  for (let i = 0; i < lines.length;) {
    const open = FENCE.exec(lines[i]);
    if (open) {
      let end = i + 1;
      while (end < lines.length && !lines[end].startsWith(open[1])) end++;
      const fenced = lines.slice(i, end + 1);
      if (open[2].trim() === "mermaid") {
        // Take the <details> that holds only this diagram along with it.
        const det =
          text.length >= 2 && /^<details/.test(text[text.length - 2]) && text[text.length - 1] === "";
        const after = lines[end + 1] === "" && lines[end + 2] === "</details>";
        if (det && after) {
          const head = text.splice(text.length - 2, 2);
          flush();
          push("diagram", [...head, ...fenced, "", "</details>"]);
          i = end + 3;
          continue;
        }
        flush();
        push("diagram", fenced);
      } else {
        flush();
        push("listing", fenced, 1, 1);
      }
      i = end + 1;
      continue;
    }
    if (lines[i].startsWith("|")) {
      flush();
      let end = i;
      while (end < lines.length && lines[end].startsWith("|")) end++;
      push("table", lines.slice(i, end), 2, 0);
      i = end;
      continue;
    }
    text.push(lines[i]);
    i++;
  }
  flush();
  return blocks;
}

function rowsOf(b: Block): number {
  return b.lines.length - b.keepHead - b.keepTail;
}

function render(b: Block): string[] {
  if (b.cutRows === 0) return b.lines;
  const note = `${b.cutRows} more ${b.kind === "table" ? "rows" : "lines"} in the full report`;
  const head = b.lines.slice(0, b.lines.length - b.keepTail);
  const tail = b.lines.slice(b.lines.length - b.keepTail);
  return b.kind === "table" ? [...head, "", `_... ${note}._`] : [...head, `... ${note}`, ...tail];
}

interface Section {
  part: CommentPart;
  blocks: Block[];
  dropped: boolean;
}

/** The first paragraph of a section: its heading and the sentence under it. */
function lead(markdown: string): string {
  const paras = markdown.trim().split(/\n\s*\n/);
  return paras.slice(0, Math.min(2, paras.length)).join("\n\n");
}

function sectionText(s: Section): string {
  if (s.dropped) return `${lead(s.part.markdown)}\n\n_The rest of ${s.part.title} is in the full report._`;
  return s.blocks.flatMap(render).join("\n").trim();
}

/**
 * The comment: `head`, the parts, and `foot(cuts)` (which says where the full report is and what
 * was cut), at most `limit` characters. Parts are cut in the order described above.
 */
export function fitComment(
  head: string,
  parts: CommentPart[],
  foot: (cuts: string[]) => string,
  limit = GITHUB_COMMENT_LIMIT,
  measure: (text: string) => number = (t) => t.length,
): FittedComment {
  const sections: Section[] = parts.map((part) => ({
    part,
    blocks: splitBlocks(part.markdown),
    dropped: false,
  }));
  const cuts: string[] = [];
  const body = () =>
    [head.trim(), ...sections.map(sectionText), foot(cuts).trim()].filter((x) => x !== "").join("\n\n") +
    "\n";
  const fits = () => measure(body()) <= limit;
  const size = (b: Block) => b.lines.reduce((n, l) => n + l.length + 1, 0);
  const live = () => sections.filter((s) => !s.dropped).flatMap((s) => s.blocks.map((b) => ({ s, b })));

  // 1. Diagrams, largest first.
  for (const { s, b } of live()
    .filter((x) => x.b.kind === "diagram")
    .sort((x, y) => size(y.b) - size(x.b))) {
    if (fits()) break;
    b.kind = "text";
    b.lines = [`_The diagram of ${s.part.title} is cut here: it is in the full report._`];
    cuts.push(`the diagram of ${s.part.title}`);
  }
  // 2. Tables and listings: the largest cut to half its rows, again and again, down to a few rows.
  const shortened = new Set<Block>();
  for (;;) {
    if (fits()) break;
    const candidates = live().filter(
      (x) => (x.b.kind === "table" || x.b.kind === "listing") && rowsOf(x.b) > MIN_ROWS_KEPT,
    );
    if (candidates.length === 0) break;
    const { s, b } = candidates.sort((x, y) => size(y.b) - size(x.b))[0];
    const rows = rowsOf(b);
    const keep = Math.max(MIN_ROWS_KEPT, Math.floor(rows / 2));
    b.lines.splice(b.keepHead + keep, rows - keep);
    b.cutRows += rows - keep;
    if (!shortened.has(b)) {
      shortened.add(b);
      cuts.push(`the long ${b.kind === "table" ? "table" : "listing"} of ${s.part.title}`);
    }
  }
  // 3. Whole sections, the largest first, keeping their first paragraph.
  for (const s of [...sections].sort((x, y) => sectionText(y).length - sectionText(x).length)) {
    if (fits()) break;
    s.dropped = true;
    cuts.push(`the rest of ${s.part.title}`);
  }
  // 4. Never more than the limit, whatever the head and foot weigh.
  let text = body();
  if (measure(text) > limit) {
    const note = "\n\n_Cut here at the length limit: see the full report._\n";
    while (text.length > 0 && measure(text) + measure(note) > limit)
      text = text.slice(
        0,
        Math.min(text.length - 1, Math.floor((text.length * limit) / measure(text + note))),
      );
    text = text.slice(0, Math.max(0, text.lastIndexOf("\n"))) + note;
    cuts.push("the end of the comment");
  }
  return { body: text, cuts };
}
