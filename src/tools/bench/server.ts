/**
 * The processes the browser benchmark needs: the production build, the `vite preview` server
 * and Chromium's launch options. The server runs in its own process group (detached) so that
 * stopping it also stops the node process `npx` starts under it; `stopSync` exists for exit and
 * signal handlers, where nothing asynchronous can run. Chromium is found the same way as in
 * `tests/playwright.config.ts` ($PW_CHROMIUM_PATH, else Playwright's own browser, else the
 * system Chromium) and gets the same flags the e2e tests use for a system Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Executable to launch: undefined means Playwright's own Chromium (same order as the e2e config). */
export function resolveChromium(): string | undefined {
  const override = process.env.PW_CHROMIUM_PATH;
  if (override) return override;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no Playwright browser installed
  }
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!system) throw new Error('no Chromium found: set PW_CHROMIUM_PATH, run `npx playwright install chromium`, or install the system chromium');
  return system;
}

/** Launch options for every browser the benchmark starts. */
export function launchOptions(): LaunchOptions {
  const executablePath = resolveChromium();
  return { ...(executablePath ? { executablePath } : {}), args: SYSTEM_ARGS, timeout: 60_000 };
}

/** `npx vite build --outDir <outDir>`, output kept unless it fails. */
export function buildApp(root: string, outDir: string, log: (s: string) => void): void {
  log(`building (npx vite build --outDir ${outDir})…`);
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: root, encoding: 'utf8', timeout: 5 * 60_000, env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`vite build failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`}):\n${out}`);
  }
}

/** True when something already accepts connections on the port. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ port, host: 'localhost' });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** A running preview server. */
export interface Preview {
  url: string;
  /** Stop the server (SIGTERM to its group, SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** Kill it now, synchronously (for exit handlers). */
  stopSync(): void;
}

/** Start `npx vite preview --port <port> --strictPort --outDir <outDir>` and wait until it answers. */
export async function startPreview(root: string, port: number, outDir: string, timeoutMs = 30_000): Promise<Preview> {
  if (await portInUse(port)) throw new Error(`port ${port} is already in use; stop whatever is serving it and run again`);
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const signal = (sig: NodeJS.Signals) => {
    if (child.pid === undefined || !alive()) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  const preview: Preview = {
    url: `http://localhost:${port}`,
    stopSync: () => signal('SIGKILL'),
    async stop() {
      if (!alive()) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      signal('SIGTERM');
      const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 3000).unref());
      if ((await Promise.race([exited, timer])) === 'late') signal('SIGKILL');
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`vite preview exited early (${child.exitCode ?? child.signalCode}):\n${output.trim()}`);
    try {
      const res = await fetch(preview.url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return preview;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await preview.stop();
  throw new Error(`vite preview did not answer on ${preview.url} within ${timeoutMs / 1000} s:\n${output.trim()}`);
}
