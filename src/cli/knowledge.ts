import { compareModels, listModels, lookupModel } from "../engine/model.js";
import { queryTimeline } from "../engine/timeline.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { comparisonToText, modelsToText, modelToText } from "../presenters/text/model.js";
import { styleFor } from "../presenters/text/style.js";
import { timelineToText } from "../presenters/text/timeline.js";
import { replyLanguage } from "../presenters/words/language.js";
import type { CliIo } from "./ask.js";
import { UsageError } from "./usage.js";

export interface KnowledgeArgs {
  positionals: string[];
  json: boolean;
  from?: string;
  to?: string;
  topic?: string;
  /** `model <name> --compare <other>`; `timeline --model <name>`. */
  compare?: string;
  model?: string;
}

const print = (io: CliIo, json: boolean, value: unknown, text: () => string) =>
  io.stdout.write(json ? `${JSON.stringify(value)}\n` : `${text()}\n`);

/**
 * `model <name> [--compare <other>]`: a model's card, or two side by side, with sources; unknown
 * names get suggestions, names meaning several models list them (exit code 0).
 */
export async function runModel(
  knowledge: Knowledge,
  args: KnowledgeArgs,
  io: CliIo,
): Promise<void> {
  const name = args.positionals.join(" ").trim();
  if (name === "") throw new UsageError("model needs a name, e.g. model v3");
  // A terminal has no Discord locale: a name typed in Chinese characters frames it in Chinese.
  const language = replyLanguage(undefined, `${name} ${args.compare ?? ""}`);
  const style = styleFor(io.stdout);
  if (args.compare) {
    const comparison = compareModels(knowledge, name, args.compare);
    print(io, args.json, comparison, () => comparisonToText(comparison, language, style));
    return;
  }
  const lookup = lookupModel(knowledge, name);
  print(io, args.json, lookup, () => modelToText(lookup, language, style));
}

export async function runModels(
  knowledge: Knowledge,
  args: KnowledgeArgs,
  io: CliIo,
): Promise<void> {
  const models = listModels(knowledge);
  print(io, args.json, { models }, () => modelsToText(models));
}

/**
 * `timeline [--from D] [--to D] [--topic T] [--model M]`; a bad date is a usage error naming the
 * problem.
 */
export async function runTimeline(
  knowledge: Knowledge,
  args: KnowledgeArgs,
  io: CliIo,
): Promise<void> {
  let result: ReturnType<typeof queryTimeline>;
  try {
    const { from, to, topic, model } = args;
    result = queryTimeline(knowledge, { from, to, topic, model });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const json = result.model
    ? { model: result.model, events: result.events }
    : { events: result.events };
  // A terminal has no Discord locale: a model or topic typed in Chinese frames it in Chinese.
  const language = replyLanguage(undefined, `${args.model ?? ""} ${args.topic ?? ""}`);
  print(io, args.json, json, () => timelineToText(result, language, styleFor(io.stdout)));
}
