/**
 * `npm start`: the local site on http://localhost:4300 (PORT or --port), from `.local-site/` or the demo.
 *   --reset       start again from the demo site (the saved site is replaced)
 *   --site FILE   start from a site file (validated; the app's store starts empty)
 *   --dir DIR     keep the site in DIR instead of .local-site/ (e.g. one per experiment, or a test's temp dir)
 *   --port N      listen on N
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDemoSite } from './demo';
import { demoAppData } from './demo/app-data';
import { loadApp, InvalidManifestError } from './host';
import { startSiteServer } from './server';
import { createLocalSite } from './site/create-local-site';
import { SiteFileError } from './site/schema';
import { createSiteStore, DEFAULT_SITE_DIR, KvsFileDamagedError, openSite } from './site/store';

const appDir = path.resolve(__dirname, '..');

interface CliOptions {
  reset: boolean;
  siteFile?: string;
  siteDir: string;
  port: number;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { reset: false, siteDir: path.join(appDir, DEFAULT_SITE_DIR), port: Number(process.env.PORT ?? 4300) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reset') options.reset = true;
    else if (arg === '--site') options.siteFile = path.resolve(argv[++i] ?? fail('--site needs a file'));
    else if (arg === '--dir') options.siteDir = path.resolve(argv[++i] ?? fail('--dir needs a directory'));
    else if (arg === '--port') options.port = Number(argv[++i] ?? fail('--port needs a number'));
    else fail(`Unknown option ${arg}. Options: --reset, --site FILE, --dir DIR, --port N`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) fail(`Not a port: ${options.port}`);
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A clean clone has no built UI: build it once, or say how. */
function ensureUiBuilt(resourceDirs: string[]): void {
  const missing = resourceDirs.filter((dir) => !existsSync(path.join(dir, 'index.html')));
  if (missing.length === 0) return;
  const scripts = (JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts['build:ui']) {
    console.warn(`The UI is not built (${missing.map((d) => path.relative(appDir, d)).join(', ')}) and package.json has no "build:ui" script yet: the app's pages will not load.`);
    return;
  }
  console.log('Building the UI (npm run build:ui) …');
  const result = spawnSync('npm', ['run', 'build:ui'], { cwd: appDir, stdio: 'inherit' });
  if (result.status !== 0) console.warn('The UI build failed; the app pages will not load until `npm run build:ui` succeeds.');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  // The site first: a bad --site file is refused before any slower work.
  const store = createSiteStore(options.siteDir);
  const opened = openSite({ store, reset: options.reset, siteFile: options.siteFile, demo: buildDemoSite, demoAppData });
  const app = await loadApp(appDir);
  ensureUiBuilt(app.resources.map((r) => path.resolve(appDir, r.path)));
  const local = await createLocalSite({ appDir, app, site: opened.site, kvsState: opened.kvsState, persist: store });
  if (opened.source !== 'saved') await store.save(opened);
  local.host.startSchedules();
  // Forge runs each scheduled trigger shortly after a deploy; do the same at start so the programme snapshot exists.
  for (const trigger of local.app.scheduledTriggers) void local.host.runScheduledTrigger(trigger.key);

  const server = await startSiteServer({ local, appDir, port: options.port });
  const siteDir = path.relative(process.cwd(), options.siteDir) || '.';
  const from = { saved: `the saved site in ${siteDir}/`, demo: 'the demo site', file: options.siteFile ?? '' }[opened.source];
  console.log(`Programme Orchestrator local site: ${server.url}`);
  console.log(`  (from ${from}; acting users are switched in the top bar)`);
  for (const surface of server.surfaces) console.log(`  ${surface.title} [${surface.type}]: ${surface.url ?? '(nothing to show it on)'}`);
  console.log(`  Confluence: ${server.url}/wiki   Issues: ${server.url}/jira/issues`);

  const shutdown = async () => {
    await server.close();
    await local.close();
    // Last, so that what the app wrote while finishing its work is saved too.
    await store.durable();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  if (error instanceof SiteFileError || error instanceof KvsFileDamagedError || error instanceof InvalidManifestError) fail(error.message);
  console.error(error);
  process.exit(1);
});
