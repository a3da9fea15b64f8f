import { listModels, lookupModel } from "../engine/model.js";
import { queryTimeline } from "../engine/timeline.js";
import type { Knowledge } from "../knowledge-base/knowledge-base.js";
import { modelsToText, modelToText } from "../presenters/text/model.js";
import { styleFor } from "../presenters/text/style.js";
import { timelineToText } from "../presenters/text/timeline.js";
import type { CliIo } from "./ask.js";
import { UsageError } from "./usage.js";

export interface KnowledgeArgs {
  positionals: string[];
  json: boolean;
  from?: string;
  to?: string;
  topic?: string;
}

const print = (io: CliIo, json: boolean, value: unknown, text: () => string) =>
  io.stdout.write(json ? `${JSON.stringify(value)}\n` : `${text()}\n`);

/** `model <name>`: a model's facts with sources; unknown names get suggestions (exit code 0). */
export async function runModel(
  knowledge: Knowledge,
  args: KnowledgeArgs,
  io: CliIo,
): Promise<void> {
  const name = args.positionals.join(" ").trim();
  if (name === "") throw new UsageError("model needs a name, e.g. model v3");
  const lookup = lookupModel(knowledge, name);
  print(io, args.json, lookup, () => modelToText(lookup, styleFor(io.stdout)));
}

export async function runModels(
  knowledge: Knowledge,
  args: KnowledgeArgs,
  io: CliIo,
): Promise<void> {
  const models = listModels(knowledge);
  print(io, args.json, { models }, () => modelsToText(models));
}

/** `timeline [--from D] [--to D] [--topic T]`; a bad date is a usage error naming the problem. */
export async function runTimeline(
  knowledge: Knowledge,
  args: KnowledgeArgs,
  io: CliIo,
): Promise<void> {
  let result: ReturnType<typeof queryTimeline>;
  try {
    result = queryTimeline(knowledge, { from: args.from, to: args.to, topic: args.topic });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  print(io, args.json, { events: result.events }, () =>
    timelineToText(result, styleFor(io.stdout)),
  );
}
