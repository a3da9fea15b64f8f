import type { Source } from "../../src/engine/result.js";

/** A source for presenter tests: only the document title and section are shown. */
export const source = (title: string, section: string): Source => ({
  doc: "doc",
  title,
  section,
  start: 0,
  end: 10,
});
