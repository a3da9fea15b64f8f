import * as z from "zod";
import { readDataFile } from "./data-file.js";

const words = z.array(z.string().min(1));

const modelWordsSchema = z
  .object({
    $comment: z.string().optional(),
    /** Words a model's name may leave out: "coder" names DeepSeek Coder. */
    impliedPrefixes: words,
    /** The letters after a number that make it a size: "67B". */
    sizeUnits: words,
    /** Fact labels in the order a model card shows them. */
    cardOrder: words,
    /** Words naming something other than a model, whose result a sentence may tell. */
    notTheModel: words,
  })
  .strict();

/** How models are named and shown (corpus/models.json). */
export type ModelWords = z.infer<typeof modelWordsSchema>;

/** Reads and validates the model words file; problems name the file. */
export function loadModelWords(path: string): ModelWords {
  return readDataFile(path, modelWordsSchema, "models");
}
