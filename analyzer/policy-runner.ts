// Runs the policy pack the way the Pulumi CLI does, and talks to it over its gRPC interface.
//
// The CLI starts `node <@pulumi/pulumi>/cmd/run-policy-pack <engine-address> <pack-dir>`, reads the
// port the pack prints on its first stdout line, then calls the Analyzer service. run-policy-pack
// drops the engine address (the pack logs to stderr, it never dials the engine), so a placeholder
// address is passed. It registers ts-node for `.ts` files only; the pack's package.json `main`
// points at the compiled `bin/index.js`, so nothing is compiled at start (build it with
// `tsc -p policies`).
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { PlanDocument } from "./plan-document";
import {
  fromDiagnostics,
  levelName,
  levelValue,
  makeReport,
  type EnforcementLevel,
  type PolicyReport,
  type Violation,
} from "./report";
import {
  toAnalyzeRequest,
  toAnalyzeStackRequest,
  plannedResources,
  type AnalyzerResourceInput,
} from "./requests";

export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: EnforcementLevel;
  kind: "resource" | "stack" | "unknown";
  configSchema?: { properties: Record<string, Record<string, unknown>>; required: string[] };
}

export interface AnalyzerInfo {
  name: string;
  version: string;
  description: string;
  policies: PolicyInfo[];
}

/** The `--policy-pack-config` file: per policy a level, or an object with a level and settings; "all" sets every level. */
export type PolicyPackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

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
  /** Deadline of each call, ms. Default 60000. */
  callTimeoutMs?: number;
}

const ENGINE_PLACEHOLDER = "127.0.0.1:0";
const MAX_MESSAGE = 400 * 1024 * 1024;
/** Analyze calls in flight at once. */
const ANALYZE_CONCURRENCY = 16;

/** The project's pack: the nearest `policies/PulumiPolicy.yaml` above this file. */
export function defaultPackDir(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "policies");
    if (fs.existsSync(path.join(candidate, "PulumiPolicy.yaml"))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no policies/PulumiPolicy.yaml above ${from}`);
  }
}

/** The pack is compiled ahead of time (by `npm ci` or `npm run build`); a missing build is an
 * installation problem to report plainly, not a crash. */
export class PackNotBuiltError extends Error {
  constructor(readonly main: string) {
    super(`the policy pack is not built: ${main} is missing; run \`npm run build\` (npm ci does it)`);
    this.name = "PackNotBuiltError";
  }
}

export class PolicyRunner {
  private info?: AnalyzerInfo;
  private exited = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly client: AnalyzerClient,
    private readonly callTimeoutMs: number,
    private readonly stderr: () => string,
  ) {
    child.once("exit", () => (this.exited = true));
  }

  /** Starts the pack and connects to it. */
  static async start(options: PolicyRunnerOptions = {}): Promise<PolicyRunner> {
    const packDir = path.resolve(options.packDir ?? defaultPackDir());
    const main = path.join(packDir, "bin", "index.js");
    if (!fs.existsSync(main)) throw new PackNotBuiltError(main);
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    const child = spawn(
      process.execPath,
      [path.join(pulumiDir, "cmd", "run-policy-pack"), ENGINE_PLACEHOLDER, packDir],
      {
        cwd: packDir,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let err = "";
    child.stderr!.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-20000)));
    let port: number;
    try {
      port = await readPort(child, options.startTimeoutMs ?? 60000, () => err);
    } catch (e) {
      child.kill("SIGKILL");
      throw e;
    }
    const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": MAX_MESSAGE,
      "grpc.max_send_message_length": MAX_MESSAGE,
    });
    return new PolicyRunner(child, client, options.callTimeoutMs ?? 60000, () => err);
  }

  private call<Req, Res>(
    method: (
      req: Req,
      md: grpc.Metadata,
      opts: Partial<grpc.CallOptions>,
      cb: (e: grpc.ServiceError | null, r: Res) => void,
    ) => unknown,
    req: Req,
  ): Promise<Res> {
    if (this.exited) return Promise.reject(new Error(`policy pack has exited: ${this.stderr()}`));
    return new Promise((resolve, reject) =>
      method.call(
        this.client,
        req,
        new grpc.Metadata(),
        { deadline: Date.now() + this.callTimeoutMs },
        (e, r) =>
          e ? reject(new Error(`${e.message}${this.stderr() ? `\n${this.stderr()}` : ""}`)) : resolve(r),
      ),
    );
  }

  async configureStack(id: StackIdentity): Promise<void> {
    const req = new pb.AnalyzerStackConfigureRequest();
    req.setStack(id.stack);
    req.setProject(id.project);
    req.setOrganization(id.organization ?? "");
    req.setDryRun(id.dryRun ?? true);
    for (const [k, v] of Object.entries(id.tags ?? {})) req.getTagsMap().set(k, v);
    for (const [k, v] of Object.entries(id.config ?? {})) req.getConfigMap().set(k, v);
    await this.call(this.client.configureStack, req);
  }

  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const info = await this.call<Empty, pb.AnalyzerInfo>(this.client.getAnalyzerInfo, new Empty());
    this.info = {
      name: info.getName(),
      version: info.getVersion(),
      description: info.getDescription(),
      policies: info.getPoliciesList().map((p) => {
        const schema = p.getConfigschema();
        const type = p.getPolicyType();
        return {
          name: p.getName(),
          description: p.getDescription(),
          enforcementLevel: levelName(p.getEnforcementlevel()),
          kind:
            type === pb.PolicyType.POLICY_TYPE_RESOURCE
              ? "resource"
              : type === pb.PolicyType.POLICY_TYPE_STACK
                ? "stack"
                : "unknown",
          configSchema: schema
            ? {
                properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<
                  string,
                  Record<string, unknown>
                >,
                required: schema.getRequiredList(),
              }
            : undefined,
        };
      }),
    };
    return this.info;
  }

  /** Sends policy config as `pulumi preview --policy-pack-config` does: every policy, levels and schema defaults filled in. */
  async configure(config: PolicyPackConfig): Promise<void> {
    const info = this.info ?? (await this.getAnalyzerInfo());
    const names = new Set(info.policies.map((p) => p.name));
    for (const k of Object.keys(config))
      if (k !== "all" && !names.has(k)) throw new Error(`no policy named ${k} in ${info.name}`);
    const levels = configuredLevels(info, config);
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
    await this.call(this.client.configure, req);
  }

  async analyze(resource: AnalyzerResourceInput): Promise<Violation[]> {
    const res = await this.call<pb.AnalyzeRequest, pb.AnalyzeResponse>(
      this.client.analyze,
      toAnalyzeRequest(resource),
    );
    return fromDiagnostics(res.getDiagnosticsList(), resource.urn);
  }

  async analyzeStack(resources: Iterable<AnalyzerResourceInput>): Promise<Violation[]> {
    const res = await this.call<pb.AnalyzeStackRequest, pb.AnalyzeResponse>(
      this.client.analyzeStack,
      toAnalyzeStackRequest(resources),
    );
    return fromDiagnostics(res.getDiagnosticsList());
  }

  /** Analyze for every resource of the plan, then AnalyzeStack, as a preview does. */
  async run(doc: PlanDocument): Promise<PolicyReport> {
    const planned = plannedResources(doc);
    // A bounded number of calls in flight, each request made when it is sent: all at once holds
    // every request and response of a large stack in memory in both processes, for no gain in speed.
    const each: Violation[][] = new Array(planned.length);
    let next = 0;
    const worker = async () => {
      while (next < planned.length) {
        const i = next++;
        each[i] = await this.analyze(planned.resourceInput(i));
      }
    };
    await Promise.all(Array.from({ length: Math.min(ANALYZE_CONCURRENCY, planned.length) }, worker));
    const stack = await this.analyzeStack(planned.each());
    return makeReport([...each.flat(), ...stack]);
  }

  /** Closes the connection and stops the pack. */
  async close(): Promise<void> {
    this.client.close();
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}

/** Each policy's level under a config: its own entry, else "all", else the pack's default. */
export function configuredLevels(
  info: AnalyzerInfo,
  config: PolicyPackConfig,
): Record<string, EnforcementLevel> {
  const all = typeof config.all === "string" ? config.all : undefined;
  const out: Record<string, EnforcementLevel> = {};
  for (const p of info.policies) {
    const given = config[p.name];
    const own = typeof given === "string" ? given : given?.enforcementLevel;
    out[p.name] = own ?? all ?? p.enforcementLevel;
  }
  return out;
}

function readPort(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`policy pack did not start: ${why}${stderr() ? `\n${stderr()}` : ""}`));
    };
    const timer = setTimeout(() => fail(`no port within ${timeoutMs} ms`), timeoutMs);
    child.once("error", (e) => fail(e.message));
    child.once("exit", (code) => fail(`exited with code ${code}`));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => /^\d+$/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve(Number(line.trim()));
      }
    });
  });
}
