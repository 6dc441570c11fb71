// The pieces of the restore drill (restore-drill.test.ts): the real pgBackRest and PostgreSQL server
// (scripts/bootstrap-pgbackrest.sh), a local S3-compatible server (moto's server mode) behind a TLS
// terminator, and Postgres clusters started and stopped on a Unix socket in a temporary folder.
//
// Root: PostgreSQL refuses to run as root, and pgBackRest must run as the user that owns the cluster
// (it is Postgres's archive_command). As root, everything runs as the system user "postgres" (created by
// scripts/setup.sh), from copies of the binaries in the drill's own folder: the cache under /root is not
// readable by that user.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as tls from "node:tls";
import pg from "pg";

export const ROOT = path.resolve(__dirname, "..", "..");
const TOOLS = path.join(ROOT, ".tools");

/** How long fetching the tools may take the first time (two .deb files, ~18 MB). */
export const FETCH_TIMEOUT_MS = 300_000;

function onPath(command: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Where the drill's binaries are: pgbackrest, and the server's bin folder (postgres, initdb). */
export interface DrillTools {
  readonly pgbackrest: string;
  readonly pgBin: string;
  readonly motoServer: string;
  readonly openssl: string;
  readonly pgbackrestVersion: string;
  readonly postgresVersion: string;
}

/**
 * Runs scripts/bootstrap-pgbackrest.sh (cached: nothing to do on a second run) and finds moto_server and
 * openssl. Throws one message naming what is missing and how to get it.
 */
export function drillTools(): DrillTools {
  const fetched = spawnSync("bash", [path.join(ROOT, "scripts", "bootstrap-pgbackrest.sh")], { cwd: ROOT, encoding: "utf8", timeout: FETCH_TIMEOUT_MS });
  if (fetched.status !== 0) {
    throw new Error(
      "The restore drill needs pgBackRest and a PostgreSQL server it supports, and scripts/bootstrap-pgbackrest.sh could not provide them " +
        `(it unpacks the distribution's pgbackrest and postgresql-<major> .deb files into .tools/):\n${fetched.stderr}${fetched.error ?? ""}`,
    );
  }
  const motoServer = onPath("moto_server");
  if (!motoServer) {
    throw new Error(
      "The restore drill needs moto_server (the local S3-compatible server the backups go to), which is not on PATH: pip install 'moto[server]'.",
    );
  }
  const openssl = onPath("openssl");
  if (!openssl) throw new Error("The restore drill needs openssl (for the S3 server's throwaway TLS certificate): apt-get install openssl.");
  const pgbackrest = path.join(TOOLS, "pgbackrest", "usr", "bin", "pgbackrest");
  const pgBin = path.join(TOOLS, "postgresql", "bin");
  const version = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).stdout.trim();
  return {
    pgbackrest,
    pgBin,
    motoServer,
    openssl,
    pgbackrestVersion: version(pgbackrest, ["version"]),
    postgresVersion: version(path.join(pgBin, "postgres"), ["--version"]),
  };
}

interface RunAs {
  readonly uid?: number;
  readonly gid?: number;
}

function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "The tests run as root, and PostgreSQL refuses to run as root; the drill runs it and pgBackRest as the system user 'postgres', " +
        "which does not exist here. Run `npm run setup` (it creates that user) or run the tests as a non-root user.",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not after ${timeoutMs} ms${last ? ` (${last instanceof Error ? last.message : String(last)})` : ""}`);
    await sleep(50);
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

const ANY_SIGNATURE = "AWS4-HMAC-SHA256 Credential=drill/20260101/auto/s3/aws4_request, SignedHeaders=host, Signature=0";

/**
 * moto's S3 in server mode on 127.0.0.1, behind a TLS terminator: pgBackRest talks to S3 over TLS only,
 * and moto's own --ssl mode (werkzeug) closes each connection without a TLS close_notify, which
 * pgBackRest (OpenSSL 3) reports as "unexpected eof while reading" and retries until it gives up.
 */
export class LocalS3 {
  private constructor(
    private readonly moto: ChildProcess,
    private readonly terminator: tls.Server,
    /** The moto server itself, plain HTTP, for the test's own look at the bucket. */
    readonly httpUrl: string,
    /** Where pgBackRest connects (TLS, self-signed). */
    readonly tlsPort: number,
    private readonly log: () => string,
  ) {}

  static async start(tools: DrillTools, dir: string): Promise<LocalS3> {
    const key = path.join(dir, "s3-key.pem");
    const cert = path.join(dir, "s3-cert.pem");
    const made = spawnSync(
      tools.openssl,
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl could not make the S3 server's certificate:\n${made.stderr}`);

    const motoPort = await freePort();
    let output = "";
    const moto = spawn(tools.motoServer, ["-H", "127.0.0.1", "-p", String(motoPort)], { stdio: ["ignore", "pipe", "pipe"] });
    moto.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    moto.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    const httpUrl = `http://127.0.0.1:${motoPort}`;
    await until("moto_server answering", 30_000, async () => {
      if (moto.exitCode !== null) throw new Error(`moto_server exited with ${moto.exitCode}:\n${output}`);
      return (await fetch(`${httpUrl}/`)).ok ? true : undefined;
    });

    const terminator = tls.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (client) => {
      const upstream = net.connect(motoPort, "127.0.0.1");
      client.pipe(upstream);
      upstream.pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    const tlsPort = await new Promise<number>((resolve, reject) => {
      terminator.once("error", reject);
      terminator.listen(0, "127.0.0.1", () => resolve((terminator.address() as net.AddressInfo).port));
    });
    return new LocalS3(moto, terminator, httpUrl, tlsPort, () => output);
  }

  async createBucket(name: string): Promise<void> {
    const res = await fetch(`${this.httpUrl}/${name}`, { method: "PUT" });
    if (!res.ok) throw new Error(`creating bucket ${name}: HTTP ${res.status}\n${await res.text()}\n${this.log()}`);
  }

  /** Every object key in the bucket (ListObjectsV2, continuation followed). */
  async keys(bucket: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ "list-type": "2", ...(token ? { "continuation-token": token } : {}) });
      const xml = await (await fetch(`${this.httpUrl}/${bucket}?${query}`)).text();
      for (const m of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(m[1]);
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? /<NextContinuationToken>([^<]*)</.exec(xml)?.[1] : undefined;
    } while (token);
    return keys;
  }

  async object(bucket: string, key: string): Promise<Buffer> {
    // moto answers an anonymous GetObject with 403; it does not check signatures, only that there is one.
    const res = await fetch(`${this.httpUrl}/${bucket}/${key}`, { headers: { authorization: ANY_SIGNATURE } });
    if (!res.ok) throw new Error(`GET ${bucket}/${key}: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.terminator.close(() => resolve()));
    this.moto.kill("SIGTERM");
    await exited(this.moto);
  }
}

/** One running cluster, on a Unix socket only (listen_addresses empty): the way pgBackRest reaches it. */
export interface Cluster {
  readonly dataDir: string;
  readonly port: number;
  /** What the server wrote to stdout and stderr so far (its log). */
  log(): string;
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Resolves once recovery is over and the server was promoted (it takes writes); fails after 60 s. */
  promoted(): Promise<void>;
  /** Fast shutdown; resolves when the server has exited. */
  stop(): Promise<void>;
}

/** The drill's folder: binaries usable by the cluster's user, the pgBackRest config, logs, clusters. */
export class DrillHost {
  private readonly running = new Set<Cluster>();

  private constructor(
    readonly dir: string,
    readonly pgbackrest: string,
    readonly pgBin: string,
    private readonly runAs: RunAs,
  ) {}

  static create(tools: DrillTools): DrillHost {
    const runAs = postgresUser();
    // realpath: a Unix socket path must stay under 108 bytes, and /tmp may be a link.
    const dir = mkdtempSync(path.join(realpathSync(os.tmpdir()), "edge-iac-drill-"));
    let pgbackrest = tools.pgbackrest;
    let pgBin = tools.pgBin;
    if (runAs.uid !== undefined) {
      // The server finds its share/ and lib/ relative to bin/ (../../../share/postgresql/<major>).
      const major = path.basename(realpathSync(`${tools.pgBin}/..`));
      const prefix = path.join(dir, "tools");
      cpSync(realpathSync(path.join(tools.pgBin, "..")), path.join(prefix, "lib", "postgresql", major), { recursive: true });
      cpSync(
        path.join(realpathSync(path.join(tools.pgBin, "..")), "..", "..", "..", "share", "postgresql", major),
        path.join(prefix, "share", "postgresql", major),
        { recursive: true },
      );
      mkdirSync(path.join(prefix, "bin"), { recursive: true });
      cpSync(realpathSync(tools.pgbackrest), path.join(prefix, "bin", "pgbackrest"));
      pgbackrest = path.join(prefix, "bin", "pgbackrest");
      pgBin = path.join(prefix, "lib", "postgresql", major, "bin");
    }
    const host = new DrillHost(dir, pgbackrest, pgBin, runAs);
    for (const sub of ["log", "lock", "spool"]) mkdirSync(path.join(dir, sub));
    host.chown(dir);
    return host;
  }

  /** The name of the user the clusters and pgBackRest run as. */
  get user(): string {
    return this.runAs.uid === undefined ? os.userInfo().username : "postgres";
  }

  /** A folder in the drill's folder, owned by the cluster's user. */
  mkdir(name: string): string {
    const dir = path.join(this.dir, name);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.chown(dir);
    return dir;
  }

  /** Hands `target` (recursively) to the cluster's user. */
  chown(target: string): void {
    if (this.runAs.uid === undefined) return;
    spawnSync("chown", ["-R", `${this.runAs.uid}:${this.runAs.gid}`, target]);
  }

  writeFile(name: string, text: string): string {
    const file = path.join(this.dir, name);
    writeFileSync(file, text, { mode: 0o600 });
    if (this.runAs.uid !== undefined) chownSync(file, this.runAs.uid, this.runAs.gid!);
    return file;
  }

  /**
   * Runs a command as the cluster's user; resolves with its stdout, throws with its output when it fails.
   * Asynchronous on purpose: the S3 server's TLS terminator runs in this process, so a synchronous
   * spawn would block the very connections pgBackRest is waiting for.
   */
  run(command: string, args: readonly string[], timeoutMs = 120_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: this.dir, stdio: ["ignore", "pipe", "pipe"], ...this.runAs });
      let stdout = "";
      let stderr = "";
      child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.once("error", (err) => {
        clearTimeout(timer);
        reject(new Error(`${path.basename(command)} ${args.join(" ")}: ${err.message}`));
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve(stdout);
        else reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${code ?? signal}):\n${stdout}${stderr}`));
      });
    });
  }

  async initdb(dataDir: string): Promise<void> {
    await this.run(path.join(this.pgBin, "initdb"), ["--pgdata", dataDir, "--locale=C", "--encoding=UTF8", "--username=postgres", "--auth=trust", "--no-sync"]);
  }

  /** Starts `postgres` on dataDir with the given settings; resolves once it accepts connections. */
  async start(dataDir: string, port: number, settings: Record<string, string>): Promise<Cluster> {
    const flags = Object.entries({
      port: String(port),
      listen_addresses: "",
      unix_socket_directories: this.dir,
      // Durability is worthless for a throwaway cluster; every server is stopped cleanly before its
      // directory is copied or destroyed.
      fsync: "off",
      ...settings,
    }).flatMap(([k, v]) => ["-c", `${k}=${v}`]);
    let output = "";
    const child = spawn(path.join(this.pgBin, "postgres"), ["-D", dataDir, ...flags], { cwd: this.dir, stdio: ["ignore", "pipe", "pipe"], ...this.runAs });
    child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    const connect = () => new pg.Client({ host: this.dir, port, user: "postgres", database: "postgres" });
    const client = await until(`postgres on ${dataDir} accepting connections`, 60_000, async () => {
      if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}:\n${output}`);
      const c = connect();
      c.on("error", () => undefined);
      try {
        await c.connect();
        return c;
      } catch (err) {
        await c.end().catch(() => undefined);
        // Still replaying WAL: "the database system is starting up" / "not yet accepting connections".
        if (/starting up|not yet accepting|ENOENT|ECONNREFUSED/.test(String(err))) return undefined;
        throw err;
      }
    }).catch((err: Error) => {
      child.kill("SIGKILL");
      throw new Error(`${err.message}\n${output}`);
    });
    let stopped: Promise<void> | undefined;
    const cluster: Cluster = {
      dataDir,
      port,
      log: () => output,
      query: (sql, params) => client.query(sql, params),
      promoted: () =>
        until(`${dataDir} promoted`, 60_000, async () => ((await client.query("SELECT pg_is_in_recovery() AS r")).rows[0].r ? undefined : true)).then(
          () => undefined,
          (err: Error) => Promise.reject(new Error(`${err.message}\n${output}`)),
        ),
      stop: () =>
        (stopped ??= (async () => {
          this.running.delete(cluster);
          await client.end().catch(() => undefined);
          child.kill("SIGINT");
          await exited(child);
        })()),
    };
    this.running.add(cluster);
    return cluster;
  }

  /** Stops every cluster still running and removes the folder. */
  async dispose(): Promise<void> {
    await Promise.all([...this.running].map((c) => c.stop()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  exists(relative: string): boolean {
    return existsSync(path.join(this.dir, relative));
  }
}
