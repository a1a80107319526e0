// Which resource waits for which: the order in which one `pulumi up` changes them. Read from the
// dependencies and input property dependencies the engine reports (AnalyzeStack, a plan, a stack
// export). The pack's pair-rollout-ordered policy and the CLI's diff both judge by this one relation.

/** URN -> the URNs it depends on: its dependencies and every input's property dependencies. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

export function dependencyGraph(
  resources: readonly {
    urn: string;
    dependencies?: readonly string[];
    propertyDependencies?: Record<string, readonly string[]>;
  }[],
): DependencyGraph {
  return new Map(
    resources.map((r) => [
      r.urn,
      [...new Set([...(r.dependencies ?? []), ...Object.values(r.propertyDependencies ?? {}).flat()])],
    ]),
  );
}

/** True when `from` depends on `to`, directly or through other resources. */
export function dependsOn(graph: DependencyGraph, from: string, to: string): boolean {
  const seen = new Set<string>();
  const todo = [from];
  while (todo.length > 0) {
    const u = todo.pop()!;
    for (const d of graph.get(u) ?? []) {
      if (d === to) return true;
      if (!seen.has(d)) {
        seen.add(d);
        todo.push(d);
      }
    }
  }
  return false;
}

/** Two resources Pulumi never changes at the same time: one waits for the other. */
export function ordered(graph: DependencyGraph, a: string, b: string): boolean {
  return dependsOn(graph, a, b) || dependsOn(graph, b, a);
}
