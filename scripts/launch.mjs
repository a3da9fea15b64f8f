/**
 * `npm start`, `npm run serve` and `npm run cli` run through this: it compiles (and bundles, see
 * `bundle`) only when a source changed since the last build, rebuilds dist/index.json only when the corpus (or the code) did,
 * then runs the entry point in this same process. An up-to-date checkout starts with no tsc run
 * and no index write. Plain JavaScript, so it needs no build itself.
 *
 *   node scripts/launch.mjs dist/bundle/main.js [args…]
 *   node scripts/launch.mjs --build      (npm run build: compile and write the index, always)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => join(ROOT, ...parts);
/** Touched after each successful compile: the build is current while nothing is newer. */
const STAMP = at("dist", ".build-stamp");
const INDEX = at("dist", "index.json");

/** The newest modification time (ms) among `paths`, walking folders; 0 when none exists. */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory())
      latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** Where the bundled entry points go: dist/bundle/main.js and dist/bundle/cli/main.js. */
const BUNDLE = "dist/bundle";

/**
 * Bundles the compiled console and CLI entry points with the pure-JS packages they load at
 * start (zod, minisearch…) into a few files: resolving and loading some 250 module files was
 * a third of a new process's time to its first answer. Packages with native code, worker
 * threads or a size only other modes need stay outside and load as usual.
 */
async function bundle() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [at("dist", "src", "main.js"), at("dist", "src", "cli", "main.js")],
    outbase: at("dist", "src"),
    outdir: at(BUNDLE),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["better-sqlite3", "discord.js", "ioredis", "pino", "prom-client", "yaml"],
    // CommonJS packages inside (dotenv) require Node's own modules: give ESM a require.
    banner: {
      js: 'import { createRequire as bundleRequire } from "node:module"; const require = bundleRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [entry, ...rest] = process.argv.slice(2);
const always = entry === "--build";
if (!entry) {
  process.stderr.write("launch: usage: node scripts/launch.mjs <dist entry> [args…]\n");
  process.exit(2);
}

const sources = ["src", "scripts", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];
const compiled = mtime(STAMP);
const stale = always || !existsSync(at(entry)) || newest(sources.map((p) => at(p))) > compiled;
if (stale || !existsSync(at(BUNDLE, "main.js"))) {
  run([at("node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
  await bundle();
  writeFileSync(STAMP, "");
}
// The corpus, or the code that turns it into the index, changed: write the index again.
if (stale || newest([at("corpus")]) > mtime(INDEX) || mtime(STAMP) > mtime(INDEX))
  run([at("dist", "scripts", "build-index.js")]);

if (always) process.exit(0);
process.argv = [process.argv[0], at(entry), ...rest];
await import(pathToFileURL(at(entry)).href);
