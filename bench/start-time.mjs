/**
 * `npm run bench:start`: time from process start to the first answer, for `npm start` (console
 * mode, through npm and scripts/launch.mjs), `node dist/bundle/main.js` (the console process alone)
 * and `npm run cli -- ask`. The build is brought up to date first, so each is a warm start.
 * Targets: npm start under 1 s, the console process under 0.25 s.
 */
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const QUESTION = "/deepseek ask what is MLA?\n";
const ROUNDS = 5;

/** Runs `command`, resolves with the ms until its stdout first holds `marker`. */
function timeToAnswer(command, args, input, marker) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "", MODE: "console" },
    });
    let out = "";
    let done = false;
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (!done && out.includes(marker)) {
        done = true;
        resolve(performance.now() - started);
      }
    });
    child.on("close", () => {
      if (!done) reject(new Error(`${command} ${args.join(" ")}: no answer:\n${out}`));
    });
    child.stdin.end(input);
  });
}

spawnSync(process.execPath, ["scripts/launch.mjs", "dist/bundle/cli/main.js", "models"], {
  cwd: ROOT,
  stdio: "ignore",
});
const cases = [
  ["npm start", "npm", ["start", "--silent"], QUESTION, "Multi-head Latent Attention"],
  [
    "node dist/bundle/main.js",
    process.execPath,
    ["dist/bundle/main.js"],
    QUESTION,
    "Multi-head Latent Attention",
  ],
  [
    "npm run cli -- ask",
    "npm",
    ["run", "-s", "cli", "--", "ask", "What is MLA?"],
    "",
    "Multi-head Latent Attention",
  ],
  [
    "node dist/bundle/cli/main.js ask",
    process.execPath,
    ["dist/bundle/cli/main.js", "ask", "What is MLA?"],
    "",
    "Multi-head Latent Attention",
  ],
];
for (const [name, command, args, input, marker] of cases) {
  const times = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await timeToAnswer(command, args, input, marker));
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${name.padEnd(32)} first answer: median ${(median / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)} s, ${ROUNDS} runs)`,
  );
}
