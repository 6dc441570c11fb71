import net from "node:net";
import { loadConfig } from "../../src/config";
import { type RunningService, type ServiceOptions, startService } from "../../src/service";

/** The real service, in process, on an ephemeral port, with its log lines captured. */
export interface TestApi {
  readonly svc: RunningService;
  readonly url: string;
  /** Raw lines as written to stdout in production. */
  readonly lines: string[];
  /** The lines parsed; throws if any line is not JSON. */
  logs(): Record<string, unknown>[];
}

const running = new Set<RunningService>();

export async function startApi(env: Record<string, string>, options: ServiceOptions = {}): Promise<TestApi> {
  const lines: string[] = [];
  const config = loadConfig({ PORT: "0", LOG_LEVEL: "debug", SHUTDOWN_TIMEOUT_MS: "5000", ...env });
  const svc = await startService(config, {
    ...options,
    logSink: { write: (chunk: string) => lines.push(...chunk.split("\n").filter((l) => l !== "")) },
  });
  running.add(svc);
  return {
    svc,
    url: `http://127.0.0.1:${svc.port}`,
    lines,
    logs: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** Shuts down every service startApi started; call from afterEach so a failing test leaks nothing. */
export async function stopAllApis(): Promise<void> {
  const all = [...running];
  running.clear();
  await Promise.all(all.map((s) => s.shutdown("test end")));
}

/** A port on 127.0.0.1 with nothing listening, for "database is down" cases. */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function getJson(url: string, init: RequestInit = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : JSON.parse(text), headers: res.headers };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
