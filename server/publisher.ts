import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD_SCRIPT = fileURLToPath(new URL('./build-site.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface PublisherOptions {
  /** Folder holding one sub-folder per build plus `current.json`. */
  siteDir: string;
  debounceMs: number;
  /** Environment for the build (database URL, public URL). */
  buildEnv: Record<string, string>;
  log?: (message: string) => void;
}

export interface PublishStatus {
  state: 'idle' | 'scheduled' | 'building';
  current: string | null;
  lastPublishedAt: string | null;
  lastBuildMs: number | null;
  lastError: string | null;
  builds: number;
}

/**
 * Republishes the static site after writes: requests are debounced, a build goes into a
 * fresh folder, and only a finished build is swapped in (an in-memory pointer, mirrored to
 * `current.json` for restarts). Requests that arrive during a build cause one more build.
 */
export class SitePublisher {
  private currentDir: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private building: Promise<void> | null = null;
  private again = false;
  private reasons: string[] = [];
  private info: Omit<PublishStatus, 'state' | 'current'> = { lastPublishedAt: null, lastBuildMs: null, lastError: null, builds: 0 };
  private readonly siteDir: string;
  private readonly log: (message: string) => void;

  constructor(private readonly options: PublisherOptions) {
    this.siteDir = resolve(options.siteDir);
    this.log = options.log ?? ((m) => console.log(m));
    mkdirSync(this.siteDir, { recursive: true });
    const pointer = join(this.siteDir, 'current.json');
    if (existsSync(pointer)) {
      const { dir } = JSON.parse(readFileSync(pointer, 'utf8')) as { dir: string };
      const full = join(this.siteDir, dir);
      if (existsSync(join(full, 'index.html'))) this.currentDir = full;
    }
  }

  /** Folder of the live site, or null before the first build finished. */
  current(): string | null {
    return this.currentDir;
  }

  status(): PublishStatus {
    const state = this.building ? 'building' : this.timer ? 'scheduled' : 'idle';
    return { state, current: this.currentDir, ...this.info };
  }

  /** Asks for a republish; many requests within the debounce window make one build. */
  request(reason: string): void {
    this.reasons.push(reason);
    if (this.building) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.publish().catch(() => undefined);
    }, this.options.debounceMs);
  }

  /** Builds now (or joins the running build) and resolves once it is live. */
  async publish(): Promise<void> {
    if (this.building) {
      this.again = true;
      return this.building;
    }
    this.building = this.runBuilds().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async runBuilds(): Promise<void> {
    do {
      this.again = false;
      const reasons = this.reasons.splice(0);
      await this.buildOnce(reasons);
    } while (this.again);
  }

  private async buildOnce(reasons: string[]): Promise<void> {
    const publishedAt = new Date();
    const name = `build-${publishedAt.getTime()}`;
    const target = join(this.siteDir, name);
    const started = performance.now();
    this.log(`[publish] building site${reasons.length ? ` (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; …' : ''})` : ''}`);
    try {
      await runBuild(target, { ...this.options.buildEnv, HUB_PUBLISHED_AT: publishedAt.toISOString() });
      if (!existsSync(join(target, 'index.html'))) throw new Error('the build finished without an index.html');
    } catch (error) {
      rmSync(target, { recursive: true, force: true });
      this.info.lastError = (error as Error).message;
      this.log(`[publish] build failed, the previous site stays live: ${(error as Error).message}`);
      throw error;
    }
    // Swap: the pointer file is replaced atomically by rename, then the in-memory pointer.
    const pointerTmp = join(this.siteDir, 'current.json.tmp');
    writeFileSync(pointerTmp, JSON.stringify({ dir: name, publishedAt: publishedAt.toISOString() }));
    renameSync(pointerTmp, join(this.siteDir, 'current.json'));
    this.currentDir = target;
    const ms = performance.now() - started;
    this.info = { lastPublishedAt: publishedAt.toISOString(), lastBuildMs: Math.round(ms), lastError: null, builds: this.info.builds + 1 };
    this.log(`[publish] live in ${(ms / 1000).toFixed(1)} s`);
    this.removeOldBuilds(name);
  }

  /** Keeps the live build and the one before it (requests may still be streaming from it). */
  private removeOldBuilds(keep: string): void {
    const builds = readdirSync(this.siteDir)
      .filter((d) => d.startsWith('build-') && d !== keep)
      .sort();
    for (const old of builds.slice(0, -1)) rmSync(join(this.siteDir, old), { recursive: true, force: true });
  }
}

function runBuild(outDir: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BUILD_SCRIPT, outDir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-3000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`site build exited with code ${code}:\n${output.trim()}`));
    });
  });
}
