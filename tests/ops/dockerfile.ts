/**
 * Just enough of a Dockerfile reader to run its steps without Docker: the instructions in order,
 * per stage, with line continuations joined and comments dropped, and a .dockerignore matcher.
 */

export interface Instruction {
  keyword: string;
  /** Flags such as --from=build or --interval=30s, by name. */
  flags: Record<string, string>;
  /** The rest of the line after the flags. */
  args: string;
}

export interface Stage {
  image: string;
  name: string | undefined;
  steps: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [keyword = "", ...rest] = line.split(/\s+/);
    const flags: Record<string, string> = {};
    while (rest[0]?.startsWith("--")) {
      const [name = "", value = ""] = (rest.shift() as string).slice(2).split("=");
      flags[name] = value;
    }
    const instruction = { keyword: keyword.toUpperCase(), flags, args: rest.join(" ") };
    if (instruction.keyword === "FROM") {
      const [image = "", as, name] = rest;
      stages.push({ image, name: as?.toUpperCase() === "AS" ? name : undefined, steps: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`dockerfile: ${keyword} before FROM`);
      stage.steps.push(instruction);
    }
  }
  return stages;
}

/** An exec-form ["a", "b"] or a shell-form command, as argv. */
export function commandOf(args: string): string[] {
  const text = args.trim();
  return text.startsWith("[") ? (JSON.parse(text) as string[]) : ["sh", "-c", text];
}

/** ENV a=b c=d (and the legacy ENV a b) as pairs. */
export function envOf(args: string): Record<string, string> {
  if (!args.includes("=")) {
    const [name = "", ...value] = args.split(/\s+/);
    return { [name]: value.join(" ") };
  }
  return Object.fromEntries(
    [...args.matchAll(/(\w+)=("[^"]*"|\S*)/g)].map((m) => [
      m[1],
      (m[2] ?? "").replace(/^"|"$/g, ""),
    ]),
  );
}

/** Whether .dockerignore keeps `path` (relative, with /) out of the build context. */
export function ignoredBy(dockerignore: string): (path: string) => boolean {
  const patterns = dockerignore
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((pattern) => {
      const body = pattern
        .replace(/^\/+|\/+$/g, "")
        .split("**")
        .map((part) =>
          part
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, "[^/]*")
            .replace(/\?/g, "[^/]"),
        )
        .join(".*");
      // A pattern also excludes everything under a matching directory.
      return new RegExp(`^${body}(/.*)?$`);
    });
  return (path) => patterns.some((re) => re.test(path));
}
