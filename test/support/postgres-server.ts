/**
 * A private PostgreSQL server for the tests: `initdb` and `pg_ctl` (Debian's `postgresql` package, found in
 * /usr/lib/postgresql/N/bin or on PATH) in a fresh temporary folder, listening on 127.0.0.1 on a free port, with
 * `trust` authentication for the superuser `zo`. When the tests run as root (CI containers), the server runs as the
 * unprivileged `postgres` user (PostgreSQL refuses root). Each test gets a fresh database with
 * {@link PgTestServer.createDatabase}. Stop the server in `afterAll`.
 *
 * No server binaries: {@link startPostgres} throws with a Polish message naming the package, so that a machine
 * without PostgreSQL fails these tests instead of skipping them (CI installs it, see .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A running test server. */
export interface PgTestServer {
  port: number;
  /** The connection address of database `name` as the superuser `zo` (or `user`). */
  url(name: string, user?: string): string;
  /** Creates a fresh empty database (owned by `owner`, default the superuser) and returns its address. */
  createDatabase(owner?: string): Promise<string>;
  /** Runs SQL as the superuser on database `name` (default `postgres`). */
  query(sql: string, name?: string): Promise<void>;
  /** Stops the server (`fast`: rolls back open transactions and closes connections; `immediate`: like a crash). */
  halt(mode?: 'fast' | 'immediate'): void;
  /** Starts the stopped server again on the same port and folder. */
  resume(): void;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): void;
}

/** The folder with initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin, else the one of `initdb` on PATH. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? join(initdb, '..') : null;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Options of {@link startPostgres}. */
export interface StartOptions {
  /**
   * Keep `fsync` on (default off, which makes the suite fast; a server stopped with `immediate` still keeps every
   * committed transaction, because its WAL is in the operating system's cache).
   */
  fsync?: boolean;
}

/** Starts a private server (see the module comment). */
export async function startPostgres(options: StartOptions = {}): Promise<PgTestServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('Brak serwera PostgreSQL (initdb, pg_ctl): zainstaluj pakiet Debiana „postgresql” (robi to .ci/run).');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'zo-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  /** Runs a server program, as `postgres` when we are root. */
  const pgRun = (program: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
    return execFileSync(cmd as string, argv as string[], { stdio: 'pipe', encoding: 'utf8', cwd: dir });
  };
  const data = join(dir, 'data');
  pgRun('initdb', ['-D', data, '-U', 'zo', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  const port = await freePort();
  const settings = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c max_connections=200', options.fsync ? '' : '-c fsync=off -c full_page_writes=off'].join(' ');
  const resume = () => void pgRun('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  resume();
  let running = true;
  let databases = 0;
  const url = (name: string, user = 'zo') => `postgresql://${user}@127.0.0.1:${port}/${name}`;
  const query = async (sql: string, name = 'postgres') => {
    const c = new pg.Client({ connectionString: url(name) });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const halt = (mode: 'fast' | 'immediate' = 'fast') => {
    if (!running) return;
    pgRun('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
    running = false;
  };
  return {
    port,
    url,
    query,
    async createDatabase(owner) {
      const name = `t${++databases}`;
      await query(`CREATE DATABASE ${name}${owner ? ` OWNER ${owner}` : ''}`);
      return url(name);
    },
    halt,
    resume() {
      if (running) return;
      resume();
      running = true;
    },
    stop() {
      try {
        halt('fast');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Rows of one query on database `url` (an address of {@link PgTestServer.url}), on a connection of its own. */
export async function queryRows<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}
