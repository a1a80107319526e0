// The analysis of a stack as the preview sends it (Analyze for every resource, then AnalyzeStack),
// and the same analysis fed one site at a time, for `check` to judge each site's plan while the next
// one is planned and to hold one site's requests at a time, whatever the number of sites.
//
// Per site is the same verdict because every stack policy of the pack judges a site on its own
// resources (pairs, MCPs, dependent VMs, failover capacity: per site; vMotion switches: per host,
// and hosts belong to one site). Resources that every site's run declares (the vCenter provider)
// are analyzed once; a violation reported by more than one site's AnalyzeStack is kept once.
// test/analyzer/site-analysis.test.ts compares both on a multi-site stack with faults in each site.
import type { PlanDocument } from "./plan-document";
import { makeReport, type PolicyReport, type Violation } from "./report";
import { plannedResources, type AnalyzerResourceInput } from "./requests";

/**
 * Analyze calls in flight at once: a site's worth (the lab site has 71 resources). `check` plans the
 * next site while the pack judges this one, and this process reads no answer while it plans (see
 * cli/check.ts): with 16 in flight the pack judged 16 resources, then waited for the plan to end.
 */
const ANALYZE_CONCURRENCY = 128;

/** The two calls of the Analyzer service an analysis makes. */
export interface Analyzer {
  analyze(resource: AnalyzerResourceInput): Promise<Violation[]>;
  /** `resources` may be iterated more than once. */
  analyzeStack(resources: Iterable<AnalyzerResourceInput>): Promise<Violation[]>;
}

/**
 * Analyze for each resource of the document not in `seen` (then added to it), then AnalyzeStack
 * over the whole document. A bounded number of calls in flight, each request made when it is sent:
 * all at once holds every request and response of a large stack in both processes, for no gain.
 */
export async function analyzeDocument(
  analyzer: Analyzer,
  doc: PlanDocument,
  seen = new Set<string>(),
): Promise<Violation[]> {
  const planned = plannedResources(doc);
  const each: Violation[][] = [];
  let next = 0;
  // The first failure ends the analysis: no further call is made.
  let failed = false;
  const worker = async () => {
    while (next < planned.length && !failed) {
      const i = next++;
      if (seen.has(planned.urn(i))) continue;
      seen.add(planned.urn(i));
      try {
        each.push(await analyzer.analyze(planned.resourceInput(i)));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ANALYZE_CONCURRENCY, planned.length) }, worker));
  // Iterable again (a failure of the call is attributed by sending it anew), one input at a time.
  const stack = await analyzer.analyzeStack({ [Symbol.iterator]: () => planned.each() });
  return [...each.flat(), ...stack];
}

/** A stack's analysis fed one site's plan at a time; `report()` once every site is in. */
export class SiteAnalysis {
  private readonly seen = new Set<string>();
  private readonly violations: Violation[] = [];

  constructor(private readonly analyzer: Analyzer) {}

  async add(site: PlanDocument): Promise<void> {
    this.violations.push(...(await analyzeDocument(this.analyzer, site, this.seen)));
  }

  /** The verdict: one copy of a violation several sites report (makeReport), sorted once. */
  report(): PolicyReport {
    return makeReport(this.violations);
  }
}
