import { describe, expect, it } from "vitest";
import { cleanLines, droppedOf, stripCitations } from "../../src/ingest/clean.js";

const dropped = (text: string) =>
  cleanLines(text)
    .filter((l) => l.dropped)
    .map((l) => [l.text, l.dropped]);

describe("cleanLines", () => {
  it("does drop a comment form and related posts when an article ends with them", () => {
    const text =
      "Real content.\n\nSimilar Posts\n\nLeave a Reply\n\nYour email address will not be published.";
    expect(dropped(text)).toEqual([
      ["Similar Posts", "boilerplate"],
      ["Leave a Reply", "boilerplate"],
      ["Your email address will not be published.", "boilerplate"],
    ]);
  });

  it("does keep the text after a comment form's block when a Leave a reply line sits mid-document", () => {
    const text =
      "Intro.\n\nLeave a reply\nYour email address will not be published.\nName\n\nThe rest of the article.\n\nMore content.";
    expect(dropped(text)).toEqual([
      ["Leave a reply", "boilerplate"],
      ["Your email address will not be published.", "boilerplate"],
      ["Name", "boilerplate"],
    ]);
    expect(droppedOf(text)).toEqual({ lines: 3, chars: 13 + 41 + 4 });
  });

  it("does drop a link text when its link was lost", () => {
    expect(dropped("A report came out.\n\nPaper address\n\nMore text.")).toEqual([
      ["Paper address", "orphan-link"],
    ]);
  });

  it("does keep a sentence when it merely mentions a paper", () => {
    expect(dropped("The paper address is long.\nPaper addresses matter to the team.")).toEqual([]);
  });

  it("does keep the offsets of the original when lines are dropped", () => {
    const text = "First.\r\nPaper address\nLast.";
    for (const line of cleanLines(text)) expect(text.slice(line.start, line.end)).toBe(line.text);
  });
});

describe("stripCitations", () => {
  it("does remove citation markers when they follow a sentence or sit inside one", () => {
    expect(stripCitations("Costs fell.[1][2] The fund grew[5] fast.")).toBe(
      "Costs fell. The fund grew fast.",
    );
  });

  it("does keep brackets when they are not citation markers", () => {
    expect(stripCitations("Use [x] and [1234] and arr[0].")).toBe("Use [x] and [1234] and arr.");
  });
});
