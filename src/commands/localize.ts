import { ZH_CN_DESCRIPTIONS } from "./zh-cn.js";

/** A command, subcommand or option as Discord's JSON has it: what localize reads and sets. */
interface CommandJson {
  name: string;
  description?: string;
  description_localizations?: Record<string, string> | null;
  options?: CommandJson[];
}

/** Each locale's table of descriptions by path of names ("deepseek ask question"). */
const TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "zh-CN": ZH_CN_DESCRIPTIONS,
};

/**
 * The command JSON with each locale's descriptions added where its table has the path: one
 * place for every command's translations, applied to what the builders produce.
 */
export function localize<T>(json: T): T {
  const walk = (node: CommandJson, path: string): CommandJson => {
    const localizations: Record<string, string> = { ...node.description_localizations };
    for (const [locale, table] of Object.entries(TABLES)) {
      const text = table[path];
      if (text !== undefined) localizations[locale] = text;
    }
    const described = Object.keys(localizations).length > 0;
    return {
      ...node,
      ...(described ? { description_localizations: localizations } : {}),
      ...(node.options ? { options: node.options.map((o) => walk(o, `${path} ${o.name}`)) } : {}),
    };
  };
  const root = json as CommandJson;
  return walk(root, root.name) as T;
}

/** Every path a locale's table names, to check it against the commands (see the tests). */
export const localizedPaths = (locale: string): string[] => Object.keys(TABLES[locale] ?? {});
