// The project's import graph, read with the TypeScript compiler's own pre-processor: static,
// type-only and dynamic imports, `export ... from` and `require` of relative paths. For the
// architecture test (no cycles; each folder imports only what its layer may).
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** File (relative to root, forward slashes) -> the project files it imports. */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return dir.endsWith(".ts") ? [dir] : [];
  return fs
    .readdirSync(full)
    .filter((n) => n !== "node_modules" && n !== "bin" && n !== "dist")
    .flatMap((n) => sourceFiles(root, path.posix.join(dir, n)));
}

function resolve(root: string, from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base])
    if (candidate.endsWith(".ts") && fs.existsSync(path.join(root, candidate))) return candidate;
  return undefined;
}

export function importGraph(root: string, dirs: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((d) => sourceFiles(root, d)).filter((f) => !f.endsWith(".d.ts"))) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(root, file), "utf8"), true, true);
    const targets = info.importedFiles
      .map((f) => resolve(root, file, f.fileName))
      .filter((f): f is string => f !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle of the graph, each once, as the chain of files that closes it. */
export function cyclesOf(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === "open") {
        const cycle = stack.slice(stack.indexOf(t));
        const key = [...cycle].sort().join(" ");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, t]);
        }
      } else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}
