// Test helpers that talk to a real Docker engine (DOCKER_HOST, else the default socket): the CLI
// for most things, the engine's HTTP API where a container must be created from a spec exactly.
// Every call and every wait is bounded.
import { execFileSync, spawnSync } from "child_process";
import * as http from "http";
import type { DockerContainerSpec } from "../../model/docker-spec";

export const STANDIN_IMAGE = "genesys-standin:1.0";

/** Runs `docker args...`; returns stdout trimmed; throws with stderr on a non-zero exit. */
export function docker(args: string[], timeoutMs = 30_000): string {
  return execFileSync("docker", args, {
    encoding: "utf8",
    timeout: timeoutMs,
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/** Like docker(), but returns the exit status and both streams instead of throwing. */
export function tryDocker(
  args: string[],
  timeoutMs = 30_000,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("docker", args, { encoding: "utf8", timeout: timeoutMs });
  return { status: r.status, stdout: (r.stdout ?? "").trim(), stderr: (r.stderr ?? "").trim() };
}

/** Why no engine can be used here, or undefined when one answers. */
export function engineUnavailable(): string | undefined {
  const cli = spawnSync("docker", ["version", "--format", "{{.Client.Version}}"], {
    encoding: "utf8",
    timeout: 15_000,
  });
  if (cli.error || cli.status === null) return "the docker CLI is not on PATH";
  const info = tryDocker(["info", "--format", "{{.ServerVersion}}"], 15_000);
  if (info.status !== 0) {
    return `no Docker engine answers at ${process.env.DOCKER_HOST ?? "the default socket"} (${info.stderr.split("\n")[0]}); run: eval "$(scripts/start-dockerd.sh)"`;
  }
  return undefined;
}

export function imageExists(image = STANDIN_IMAGE): boolean {
  return tryDocker(["image", "inspect", image], 15_000).status === 0;
}

export function inspect(id: string): any {
  return JSON.parse(docker(["inspect", id]))[0];
}

/** Polls `check` every `everyMs` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined,
  timeoutMs: number,
  everyMs = 500,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = check();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`,
      );
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Where the engine's API listens: a unix socket or plain tcp (TLS and ssh are not handled here). */
export function apiEndpoint(): { socketPath: string } | { host: string; port: number } | undefined {
  const dh = process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock";
  if (dh.startsWith("unix://")) return { socketPath: dh.slice("unix://".length) };
  const tcp = /^tcp:\/\/([^:/]+):(\d+)\/?$/.exec(dh);
  if (tcp && !process.env.DOCKER_TLS_VERIFY) return { host: tcp[1], port: Number(tcp[2]) };
  return undefined;
}

/** One call to the engine's HTTP API with a JSON body; resolves with the status and parsed body. */
export function api(
  method: string,
  urlPath: string,
  body?: unknown,
  timeoutMs = 30_000,
): Promise<{ status: number; body: unknown }> {
  const endpoint = apiEndpoint();
  if (!endpoint)
    return Promise.reject(
      new Error(`DOCKER_HOST ${process.env.DOCKER_HOST} is not a unix socket or plain tcp`),
    );
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        ...endpoint,
        method,
        path: urlPath,
        timeout: timeoutMs,
        headers: data
          ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(data) }
          : {},
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: text ? safeJson(text) : undefined }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${urlPath}: no answer in ${timeoutMs} ms`)));
    req.on("error", reject);
    if (data) req.write(data);
    req.end();
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** "10s" -> nanoseconds, the unit of the engine's healthcheck fields. */
export function durationNs(d: string): number {
  const m = /^(\d+)(ms|s|m|h)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  const unit = { ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }[m[2] as "ms" | "s" | "m" | "h"];
  return Number(m[1]) * unit;
}

/**
 * The body of POST /containers/create for a container spec, as the provider builds it: the spec's
 * settings one to one; the network is joined afterwards (see createLikeTheProvider).
 */
export function createBody(spec: DockerContainerSpec) {
  return {
    Image: spec.image,
    Hostname: spec.hostname,
    Env: spec.envs,
    Labels: Object.fromEntries(spec.labels.map((l) => [l.label, l.value])),
    Healthcheck: {
      Test: spec.healthcheck.tests,
      Interval: durationNs(spec.healthcheck.interval),
      Timeout: durationNs(spec.healthcheck.timeout),
      StartPeriod: durationNs(spec.healthcheck.startPeriod),
      Retries: spec.healthcheck.retries,
    },
    HostConfig: {
      Memory: spec.memory * 1024 * 1024,
      CpuShares: spec.cpuShares,
      RestartPolicy: { Name: spec.restart },
      Privileged: spec.privileged,
      CapDrop: spec.capabilities.drops,
      SecurityOpt: spec.securityOpts,
      ReadonlyRootfs: spec.readOnly,
      Tmpfs: spec.tmpfs,
      Init: false,
      // The provider's default network mode; it leaves that network before joining its own.
      NetworkMode: "bridge",
    },
  };
}

/** Creates and starts a container from a spec the way the provider does; returns its id. */
export async function createLikeTheProvider(spec: DockerContainerSpec, name: string): Promise<string> {
  const created = await api("POST", `/containers/create?name=${encodeURIComponent(name)}`, createBody(spec));
  if (created.status !== 201)
    throw new Error(`create ${name}: ${created.status} ${JSON.stringify(created.body)}`);
  const id = (created.body as { Id: string }).Id;
  const left = tryDocker(["network", "disconnect", "bridge", id]);
  if (left.status !== 0 && !/is not connected to the network bridge/i.test(left.stderr)) {
    throw new Error(`leaving the default network: ${left.stderr}`);
  }
  for (const n of spec.networksAdvanced) docker(["network", "connect", "--ip", n.ipv4Address, n.name, id]);
  docker(["start", id]);
  return id;
}
