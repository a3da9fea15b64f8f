/**
 * The layers of src/ and the rules that keep imports flowing one way: `npm run lint` runs these
 * (depcruise src), `npm run diagram` draws them into the README. Lowest layer first; a layer
 * may import any layer below it, never one above, and never a sibling on its own level.
 *
 * - text, paths: low-level text pieces (tokens, aliases, the date grammar, spans, scripts) and
 *   where the corpus and the prebuilt file are. They import nothing from src/.
 * - ingest: the corpus files read and cut into passages and sentences.
 * - index, knowledge: the search index and the catalog, side by side: neither knows the other.
 * - knowledge-base: builds both from the corpus, fingerprints, saves and loads them.
 * - engine: answers from the knowledge base; pure functions, no Discord, no configuration.
 * - presenters, feedback: results as Discord messages or text; beside them, the store of votes
 *   on answers (the engine never knows it; commands record votes, transports open it).
 * - commands: the /deepseek commands and the message command.
 * - config, log, ops: run-time settings, logging, the health and metrics endpoints.
 * - transports, cli: the ways in (gateway, HTTP, console; the developer CLI).
 * - main: picks a transport and starts it.
 */

/** Lowest first; the names on one level are siblings. */
const LAYERS = [
  ["text", "paths"],
  ["ingest"],
  ["index", "knowledge"],
  ["knowledge-base"],
  ["engine"],
  ["presenters", "feedback"],
  ["commands"],
  ["config", "log"],
  ["ops"],
  ["transports", "cli"],
  ["main"],
];

/** A layer is a folder of src/ or a single module of src/ ("paths" is src/paths.ts). */
const pathOf = (names) => `^src/(${names.join("|")})(/|\\.ts$)`;

const upward = LAYERS.slice(0, -1).map((level, i) => ({
  name: `not-above-${level.join("-")}`,
  comment: `${level.join(", ")} may import only the layers below ${level.length > 1 ? "them" : "it"}`,
  severity: "error",
  from: { path: pathOf(level) },
  to: { path: pathOf(LAYERS.slice(i + 1).flat()) },
}));

const siblings = LAYERS.filter((level) => level.length > 1).flatMap((level) =>
  level.map((name) => ({
    name: `not-beside-${name}`,
    comment: `${name} and ${level.filter((n) => n !== name).join(", ")} are side by side: neither imports the other`,
    severity: "error",
    from: { path: pathOf([name]) },
    to: { path: pathOf(level.filter((n) => n !== name)) },
  })),
);

/** The engine's public surface; everything else in src/engine/ is how it works inside. */
const ENGINE_ENTRIES = ["ask", "model", "timeline", "result", "errors"];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    ...siblings,
    {
      name: "no-folder-cycles",
      comment: "folders form no cycle (file-level cycle checks miss one like index ⇄ knowledge)",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "engine-entries-only",
      comment: `outside the engine, import only its entries (${ENGINE_ENTRIES.join(", ")}), not its internals`,
      severity: "error",
      from: { pathNot: "^src/engine/" },
      to: { path: "^src/engine/", pathNot: `^src/engine/(${ENGINE_ENTRIES.join("|")})\\.ts$` },
    },
    {
      name: "knowledge-base-entry-only",
      comment: "outside the knowledge base, import only knowledge-base/knowledge-base.ts",
      severity: "error",
      from: { pathNot: "^src/knowledge-base/" },
      to: { path: "^src/knowledge-base/", pathNot: "^src/knowledge-base/knowledge-base\\.ts$" },
    },
    {
      name: "no-discord-in-engine",
      comment: "the engine and the layers below it never import discord.js",
      severity: "error",
      from: { path: pathOf(LAYERS.slice(0, 5).flat()) },
      to: { path: "(^|/)node_modules/(discord\\.js|@discordjs/)|^(discord\\.js|@discordjs/)" },
    },
    {
      name: "discord-api-types-for-types-only",
      comment:
        "the console's path (presenters, commands, console) imports discord-api-types for types only: its enums at run time cost every start ~50 ms (presenters/discord/api-enums.ts has the values)",
      severity: "error",
      from: { path: "^src/(presenters|commands|transports/console)/" },
      to: { path: "discord-api-types", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-tests-or-tools",
      comment: "src/ never imports the tests, scripts or benches",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(tests|scripts|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a type from above is an upward import too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    reporterOptions: {
      mermaid: { minify: false },
    },
  },
};
