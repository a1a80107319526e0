// Runs the policy pack the way the Pulumi CLI does, and talks to it over its gRPC interface.
//
// The CLI starts `node <@pulumi/pulumi>/cmd/run-policy-pack <engine-address> <pack-dir>`, reads the
// port the pack prints on its first stdout line, then calls the Analyzer service (the process:
// pack-process.ts; the calls leave from a worker thread, worker-channel.ts, as unary gRPC over
// Node's HTTP/2, grpc-unary.ts). run-policy-pack registers ts-node for `.ts` files only; the pack's package.json
// `main` points at the compiled `bin/index.js`, so nothing is compiled at start (build it with
// `tsc -p policies`); `check` starts it with the compiled host instead (host "compiled"), which
// skips ts-node and the inspector. A policy that throws, hangs or ends the pack is reported as a PackFailure
// naming the policy and the resource (pack-failure.ts).
import * as path from "path";
import { AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { CallError, Status } from "./grpc-unary";
import { WorkerChannel } from "./worker-channel";
import { PackFailure, parseThrow, type FailureFacts } from "./pack-failure";
import {
  findUp,
  packEntry,
  readPort,
  startPackProcess,
  type PackHost,
  type PackProcess,
} from "./pack-process";
import { analyzerInfoOf, configuredLevels, type AnalyzerInfo, type PolicyPackConfig } from "./analyzer-info";
import type { PlanDocument } from "./plan-document";
import { fromDiagnostics, levelValue, makeReport, type PolicyReport, type Violation } from "./report";
import { encodeAnalyzeRequest, encodeAnalyzeStackRequest, type AnalyzerResourceInput } from "./requests";
import { analyzeDocument } from "./site-analysis";

export interface StackIdentity {
  stack: string;
  project: string;
  organization?: string;
  dryRun?: boolean;
  tags?: Record<string, string>;
  config?: Record<string, string>;
}

export interface PolicyRunnerOptions {
  /** The pack directory (holding PulumiPolicy.yaml); default: the project's `policies`. */
  packDir?: string;
  /** How long the pack may take to print its port, ms. Default 60000. */
  startTimeoutMs?: number;
  /** Deadline of each call, ms: a policy that takes longer is reported as hung. */
  callTimeoutMs?: number;
  /** How the pack process is started; default "run-policy-pack", as the Pulumi CLI does. */
  host?: PackHost;
}

/** The deadline of each call to the pack, by default (README: Exit codes). */
export const DEFAULT_CALL_TIMEOUT_S = 30;

/** The project's pack: the nearest `policies/PulumiPolicy.yaml` above this file. */
export function defaultPackDir(from = __dirname): string {
  const root = findUp(from, path.join("policies", "PulumiPolicy.yaml"));
  if (root === undefined) throw new Error(`no policies/PulumiPolicy.yaml above ${from}`);
  return path.join(root, "policies");
}

/** The pack is compiled ahead of time (by `npm ci` or `npm run build`); a missing build is an
 * installation problem to report plainly, not a crash. */
export class PackNotBuiltError extends Error {
  constructor(readonly main: string) {
    super(`the policy pack is not built: ${main} is missing; run \`npm run build\` (npm ci does it)`);
    this.name = "PackNotBuiltError";
  }
}

/** A call that failed with no policy named yet (a hang, or the pack's end): the runner finds it. */
class Unattributed extends Error {
  constructor(readonly facts: FailureFacts) {
    super(facts.detail);
  }
}

export class PolicyRunner {
  private info?: AnalyzerInfo;
  private stackId?: StackIdentity;
  private config: PolicyPackConfig = {};
  /** The Analyze calls in flight, by URN: the suspects when the pack hangs or ends. */
  private readonly inFlight = new Map<string, AnalyzerResourceInput>();
  /** The first hang or end, once attributed: every later call fails with it. */
  private failed?: Promise<PackFailure>;
  /** A probe of `attribute` reports failures as they are, never attributing them itself. */
  private probing = false;

  private constructor(
    private readonly pack: PackProcess,
    private readonly channel: WorkerChannel,
    private readonly options: PolicyRunnerOptions & { packDir: string; callTimeoutMs: number },
  ) {}

  /** Starts the pack and connects to it. */
  static async start(options: PolicyRunnerOptions = {}): Promise<PolicyRunner> {
    const packDir = path.resolve(options.packDir ?? defaultPackDir());
    const entry = packEntry(packDir);
    if (entry.kind === "missing") throw new PackNotBuiltError(entry.file);
    // The connection's thread starts while the pack loads; first, so that a missing build of it
    // fails before a pack process is started.
    const channel = new WorkerChannel();
    let pack: PackProcess;
    try {
      // A pack in TypeScript (`--policy-pack` of a user's own) needs run-policy-pack's ts-node.
      pack = startPackProcess(packDir, entry.kind === "ts" ? "run-policy-pack" : options.host);
    } catch (e) {
      channel.close();
      throw e;
    }
    let port: number;
    try {
      port = await readPort(pack, options.startTimeoutMs ?? 60000);
    } catch (e) {
      channel.close();
      pack.child.kill("SIGKILL");
      throw e;
    }
    const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_S * 1000;
    return new PolicyRunner(pack, channel.connect(`127.0.0.1:${port}`), {
      ...options,
      packDir,
      callTimeoutMs,
    });
  }

  /** A failed call as what it says about the pack. */
  private async failure(e: CallError, subject: string): Promise<Error> {
    const output = () => this.pack.output();
    const threw = parseThrow(e);
    if (threw)
      return new PackFailure({
        kind: "threw",
        resource: subject,
        output: await this.pack.settledOutput(),
        ...threw,
      });
    // A pack that ended makes the call fail before its exit is seen: wait a moment for it.
    const ended = await this.pack.endedWithin(e.code === Status.DEADLINE_EXCEEDED ? 0 : 1000);
    if (ended !== undefined)
      return new Unattributed({ kind: "died", resource: subject, detail: ended, output: output() });
    if (e.code === Status.DEADLINE_EXCEEDED)
      return new Unattributed({
        kind: "hung",
        resource: subject,
        detail: `${this.options.callTimeoutMs / 1000} s`,
        output: output(),
      });
    return new PackFailure({
      kind: "threw",
      resource: subject,
      detail: e.message,
      output: await this.pack.settledOutput(),
    });
  }

  /**
   * One call of the Analyzer service: its generated method description gives the path and how to
   * decode the answer; the request is given encoded (requests.ts writes the large ones directly).
   */
  private async call<Res>(
    method: { path: string; responseDeserialize: (bytes: Buffer) => Res },
    request: Uint8Array,
    subject = "",
  ): Promise<Res> {
    const ended = this.pack.ended();
    if (ended !== undefined)
      throw new PackFailure({ kind: "died", resource: subject, detail: ended, output: this.pack.output() });
    let bytes: Buffer;
    try {
      bytes = await this.channel.call(method.path, request, this.options.callTimeoutMs);
    } catch (e) {
      if (e instanceof CallError) throw await this.failure(e, subject);
      throw e;
    }
    return method.responseDeserialize(bytes);
  }

  async configureStack(id: StackIdentity): Promise<void> {
    const req = new pb.AnalyzerStackConfigureRequest();
    req.setStack(id.stack);
    req.setProject(id.project);
    req.setOrganization(id.organization ?? "");
    req.setDryRun(id.dryRun ?? true);
    this.stackId = id;
    for (const [k, v] of Object.entries(id.tags ?? {})) req.getTagsMap().set(k, v);
    for (const [k, v] of Object.entries(id.config ?? {})) req.getConfigMap().set(k, v);
    await this.call(AnalyzerService.configureStack, req.serializeBinary());
  }

  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const info = await this.call(AnalyzerService.getAnalyzerInfo, new Empty().serializeBinary());
    this.info = analyzerInfoOf(info);
    return this.info;
  }

  /** Sends policy config as `pulumi preview --policy-pack-config` does: every policy, levels and schema defaults filled in. */
  async configure(config: PolicyPackConfig): Promise<void> {
    const info = this.info ?? (await this.getAnalyzerInfo());
    const names = new Set(info.policies.map((p) => p.name));
    for (const k of Object.keys(config))
      if (k !== "all" && !names.has(k)) throw new Error(`no policy named ${k} in ${info.name}`);
    const levels = configuredLevels(info, config);
    this.config = config;
    const req = new pb.ConfigureAnalyzerRequest();
    for (const p of info.policies) {
      const given = config[p.name];
      const settings = typeof given === "object" && given !== null ? { ...given } : {};
      const level = levels[p.name];
      delete settings.enforcementLevel;
      const props: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(p.configSchema?.properties ?? {}))
        if (s.default !== undefined) props[k] = s.default;
      Object.assign(props, settings);
      const pc = new pb.PolicyConfig();
      pc.setEnforcementlevel(levelValue(level));
      pc.setProperties(Struct.fromJavaScript(props as Parameters<typeof Struct.fromJavaScript>[0]));
      req.getPolicyconfigMap().set(p.name, pc);
    }
    await this.call(AnalyzerService.configure, req.serializeBinary());
  }

  async analyze(resource: AnalyzerResourceInput): Promise<Violation[]> {
    this.inFlight.set(resource.urn, resource);
    try {
      const res = await this.call(AnalyzerService.analyze, encodeAnalyzeRequest(resource), resource.urn);
      return fromDiagnostics(res.getDiagnosticsList(), resource.urn);
    } catch (e) {
      // The suspects of a hang or an end are the calls in flight at the first failure.
      throw await this.settle(e, () => ({ suspects: [...this.inFlight.values()] }));
    } finally {
      this.inFlight.delete(resource.urn);
    }
  }

  /** AnalyzeStack; `resources` is iterated again when a failure is attributed. */
  async analyzeStack(resources: Iterable<AnalyzerResourceInput>): Promise<Violation[]> {
    try {
      const res = await this.call(AnalyzerService.analyzeStack, encodeAnalyzeStackRequest(resources), STACK);
      return fromDiagnostics(res.getDiagnosticsList());
    } catch (e) {
      throw await this.settle(e, () => ({ suspects: [], stack: resources }));
    }
  }

  /**
   * What a failed call throws: a failure that names no policy yet is attributed once, by the first
   * call that saw it; the calls failing with it meanwhile (the pack is gone) throw the same.
   */
  private async settle(
    e: unknown,
    subjects: () => { suspects: AnalyzerResourceInput[]; stack?: Iterable<AnalyzerResourceInput> },
  ): Promise<unknown> {
    if (this.failed) return this.failed;
    if (!(e instanceof Unattributed) || this.probing) return e;
    const { suspects, stack } = subjects();
    this.failed = this.attribute(e.facts, suspects, stack);
    return this.failed;
  }

  /** Analyze for every resource of the plan, then AnalyzeStack, as a preview does. */
  async run(doc: PlanDocument): Promise<PolicyReport> {
    return makeReport(await analyzeDocument(this, doc));
  }

  /**
   * Which policy hung or ended the pack: each policy alone, in a fresh pack, on the suspects (the
   * resources in flight, or the whole stack). The others answer at once; the one at fault fails
   * again within the same deadline, so the wait stays bounded.
   */
  private async attribute(
    facts: FailureFacts,
    suspects: AnalyzerResourceInput[],
    stack?: Iterable<AnalyzerResourceInput>,
  ): Promise<PackFailure> {
    await this.close();
    let probe: PolicyRunner | undefined;
    try {
      probe = await PolicyRunner.start(this.options);
      probe.probing = true;
      if (this.stackId) await probe.configureStack(this.stackId);
      const info = await probe.getAnalyzerInfo();
      const kind = stack ? "stack" : "resource";
      const levels = configuredLevels(info, this.config);
      for (const p of info.policies.filter((x) => x.kind === kind && levels[x.name] !== "disabled")) {
        const alone: PolicyPackConfig = { all: "disabled", [p.name]: this.config[p.name] ?? levels[p.name] };
        await probe.configure(alone);
        for (const subject of stack ? [undefined] : suspects) {
          try {
            if (subject) await probe.analyze(subject);
            else await probe.analyzeStack(stack!);
          } catch (e) {
            if (e instanceof Unattributed || e instanceof PackFailure)
              return new PackFailure({ ...facts, policy: p.name, resource: subject?.urn ?? STACK });
            throw e;
          }
        }
      }
    } catch (e) {
      // The probe itself failed in an unforeseen way: report what is known.
      if (!(e instanceof PackFailure || e instanceof Unattributed)) throw e;
    } finally {
      await probe?.close();
    }
    return new PackFailure(facts);
  }

  /** Closes the connection and stops the pack. */
  async close(): Promise<void> {
    this.channel.close();
    const child = this.pack.child;
    if (this.pack.ended() !== undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}

/** The subject of a stack policy's call. */
const STACK = "the stack";
