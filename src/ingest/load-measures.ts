import * as z from "zod";
import { readDataFile } from "./data-file.js";

const words = z.array(z.string().min(1)).min(1);
const measureSchema = z
  .object({
    /** Phrases of a question that ask for this measure ("how long"). */
    asks: words,
    /** Words that ask for it only after "how much" ("how much did it cost"). */
    asksAfterHowMuch: words.optional(),
    /**
     * Chinese words that ask for it (多久, 多少钱), found anywhere: Chinese has no spaces. One
     * ending in "$" asks only at the question's end (的多少$: "是GPT-4-Turbo的多少", not
     * "的多少参数"), a closing particle or mark aside.
     */
    asksZh: z.array(z.string().regex(/^\p{Script=Han}+\$?$/u)).optional(),
    /** Words that make its asking phrase ask a size instead: "how long" a context is, in tokens. */
    sizeWith: words.optional(),
    /** Words that make it ask a text's length instead: "how long" a report is, in pages. */
    lengthWith: words.optional(),
    /** Units of an amount that answers it ("days", "billion"). */
    units: words,
  })
  .strict();

const measuresFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** What may follow a number as its unit ("GPUs", "billion", "%"). */
    units: words,
    /** Capitalised words that never start or belong to a person's name ("The", "Company"). */
    notNameWords: words,
    /** Words before an amount that bound or round it ("no more than", "nearly"): part of the answer. */
    bounds: words,
    /**
     * What a size written with its scale letter ("7B", "128K") counts: parameters, tokens.
     * "How many experts" is not answered by "3B".
     */
    scaledCounts: words,
    /** What a list of such sizes answers, none of them the count: "how many sizes" (three). */
    scaledLists: words,
    /** Words that, after "how much", ask for a difference, not a thing measured ("cheaper"). */
    comparatives: words,
    /** Verbs that, after "how much", ask how far a thing moved: a share or a sum answers. */
    changes: words,
    /**
     * Words that ask what a thing was before a change ("before", 之前): a range from it to the
     * value the question states ("from the previous 32k to 128k", asked before 128k) answers
     * with its start.
     */
    before: words,
    /**
     * Words a sentence tells an earlier value with ("originally", "the previous 32k"): beside a
     * range from one value to another, only such a sentence says what a thing was before a change.
     */
    changedFrom: words,
    /** Words a part of a sentence tells a repeat with ("was once again invited"): not the first time. */
    repeats: words,
    /**
     * Words a sentence refers back to the one before it with ("With the arrival of this
     * version…", "the same day"): a date question may take its date from there.
     */
    refersBack: words,
    /**
     * Those of them that refer to a time ("at this time", "that day"): a date question met by
     * such a sentence is dated by the last date before it, not only by the sentence before.
     */
    refersToTime: words,
    /**
     * Words a name in quotes follows ("a", "as", "so-called"): "a well-known “price butcher”"
     * names DeepSeek; "calling its technology “very impressive.”" says something of it.
     */
    labelBefore: words,
    /**
     * What a rate is per, in groups of the same thing ("token", "forward pass"): a rate per a
     * thing of one group does not answer one asked per another ("per layer" for "per token").
     * The word right after "per" is compared, stemmed; a Chinese word (层, 节点), with the start
     * of what follows 每.
     */
    ratesPer: z.array(words).optional(),
    /** The words and signs of one currency each ("$", "dollars", 美元): a sum asked in one. */
    currencies: z.array(words).optional(),
    measures: z.object({
      duration: measureSchema,
      size: measureSchema,
      money: measureSchema,
      ratio: measureSchema,
      /** A text's length: pages, words. */
      length: measureSchema,
      /** A rate of transfer: Gbps. */
      speed: measureSchema,
    }),
  })
  .strict();

/** The words of amounts and names (corpus/measures.json). */
export type MeasureWords = z.infer<typeof measuresFileSchema>;
export type Measure = MeasureWords["measures"]["money"];

/** Reads and validates the measures file; problems name the file. */
export function loadMeasures(path: string): MeasureWords {
  return readDataFile(path, measuresFileSchema, "measures");
}
