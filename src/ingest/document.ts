import * as z from "zod";

/**
 * Metadata every corpus document declares in its front matter. Unknown keys are rejected so a
 * typo ("tilte") fails loudly instead of silently dropping the title.
 */
export const documentMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens"),
    title: z.string().trim().min(1).max(200),
    kind: z.enum(["article", "encyclopedia", "paper", "release-notes", "news", "other"]),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a language code such as en"),
    translated_from: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
      .optional(),
    url: z.url().optional(),
    /** The file this document was copied from, for provenance. */
    seed: z.string().optional(),
  })
  .strict();

export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** A corpus document: its metadata and its original text, byte for byte. */
export interface CorpusDocument extends DocumentMeta {
  /** The file it was loaded from, relative to the corpus folder. */
  file: string;
  /** The body after the front matter; every offset in the project points into this string. */
  text: string;
}
