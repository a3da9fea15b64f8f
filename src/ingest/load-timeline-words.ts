import * as z from "zod";
import { readDataFile } from "./data-file.js";

const timelineFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** In order: an event goes to the first category one of whose words its sentence holds. */
    categories: z.array(
      z
        .object({
          category: z.enum(["market", "infrastructure", "api"]),
          words: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
    /** Words that make a dated sentence tell no event of its own ("continued", "when asked"). */
    notEvents: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** The words that file timeline events by category (corpus/timeline.json). */
export type TimelineWords = z.infer<typeof timelineFileSchema>;

/** Reads and validates the timeline words file; problems name the file. */
export function loadTimelineWords(path: string): TimelineWords {
  return readDataFile(path, timelineFileSchema, "timeline");
}
