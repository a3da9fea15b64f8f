import { ZH_CN } from "./zh-cn.js";

/** A command, subcommand or option as Discord's JSON has it: what localize reads and sets. */
interface CommandJson {
  name: string;
  name_localizations?: Record<string, string> | null;
  description?: string;
  description_localizations?: Record<string, string> | null;
  options?: CommandJson[];
}

/** One locale's translations, each table keyed by path of names ("deepseek ask question"). */
interface Translations {
  names: Readonly<Record<string, string>>;
  descriptions: Readonly<Record<string, string>>;
}

const TABLES: Readonly<Record<string, Translations>> = {
  "zh-CN": ZH_CN,
};

/** The node's localizations of one kind, with each locale's text for `path` where it has one. */
function localizations(
  own: Record<string, string> | null | undefined,
  path: string,
  kind: keyof Translations,
): Record<string, string> | undefined {
  const all: Record<string, string> = { ...own };
  for (const [locale, table] of Object.entries(TABLES)) {
    const text = table[kind][path];
    if (text !== undefined) all[locale] = text;
  }
  return Object.keys(all).length > 0 ? all : undefined;
}

/**
 * The command JSON with each locale's names and descriptions added where its table has the
 * path: one place for every command's translations, applied to what the builders produce.
 */
export function localize<T>(json: T): T {
  const walk = (node: CommandJson, path: string): CommandJson => {
    const names = localizations(node.name_localizations, path, "names");
    const descriptions = localizations(node.description_localizations, path, "descriptions");
    return {
      ...node,
      ...(names ? { name_localizations: names } : {}),
      ...(descriptions ? { description_localizations: descriptions } : {}),
      ...(node.options ? { options: node.options.map((o) => walk(o, `${path} ${o.name}`)) } : {}),
    };
  };
  const root = json as CommandJson;
  return walk(root, root.name) as T;
}

/** Every path a locale's table names, to check it against the commands (see the tests). */
export const localizedPaths = (locale: string): string[] => {
  const table = TABLES[locale];
  return table ? [...Object.keys(table.names), ...Object.keys(table.descriptions)] : [];
};

/** A command's name as a client in `locale` shows it: its translation there, else its own. */
export const localizedName = (path: string, locale: string | undefined): string =>
  (locale && TABLES[locale]?.names[path]) || path;
