import { z } from "zod";

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const source = z.object({
  doc: z.string().min(1),
  title: z.string().min(1),
  section: z.string(),
  ...span,
});

/** The JSON contract of `ask` (and of `cli ask --json`). */
export const askResultSchema = z
  .object({
    question: z.string(),
    answered: z.boolean(),
    answer: z.string().min(1).nullable(),
    answerSource: z.object({ text: z.string(), quote: z.string(), source }).nullable(),
    passages: z.array(
      z.object({
        text: z.string().min(1),
        highlight: z.object({ text: z.string().min(1), ...span }).nullable(),
        source,
        score: z.number().finite(),
      }),
    ),
    conflicts: z.array(
      z.object({
        label: z.string(),
        values: z.array(z.object({ value: z.string(), quote: z.string(), source })).min(2),
      }),
    ),
    confidence: z.number().min(0).max(1),
    reason: z
      .enum(["empty-question", "no-match", "not-relevant-enough", "unknown-model"])
      .optional(),
    parts: z
      .array(
        z.object({
          question: z.string(),
          answer: z.object({ text: z.string(), quote: z.string(), source }).nullable(),
        }),
      )
      .min(2)
      .optional(),
    unknownModel: z
      .object({ name: z.string().regex(/^[\p{L}\p{N}. ]+$/u), closest: z.array(z.string()) })
      .optional(),
    suggestions: z
      .array(z.object({ label: z.string().min(1), question: z.string().min(1), source }))
      .max(3)
      .optional(),
  })
  .strict()
  .refine((r) => r.answered === r.passages.length > 0, "answered iff there are passages")
  .refine((r) => r.answered || r.answer === null, "no answer when abstaining")
  .refine(
    (r) => (r.reason === "unknown-model") === (r.unknownModel !== undefined),
    "names the model",
  )
  .refine((r) => !r.answered || r.suggestions === undefined, "suggestions only when abstaining");
