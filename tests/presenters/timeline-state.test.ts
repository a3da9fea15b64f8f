import { describe, expect, it } from "vitest";
import { modelKey } from "../../src/engine/model.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import {
  decodePageState,
  encodePageState,
  isTimelineButton,
} from "../../src/presenters/discord/timeline.js";

const knowledge = loadKnowledge();

describe("timeline page buttons", () => {
  it("does keep every model filter beside the longest filters within a 100-character id", () => {
    for (const model of knowledge.catalog.models) {
      const state = {
        owner: "18446744073709551615",
        page: 9999,
        from: "2023-01-01",
        to: "2025-12-31",
        model: modelKey(knowledge, model),
        topic: "x|y".repeat(13).slice(0, 40),
      };
      const id = encodePageState(state);
      expect(id, model.name).not.toBeNull();
      expect(id?.length).toBeLessThanOrEqual(100);
      expect(decodePageState(id ?? "")).toEqual(state);
    }
  });

  it("does read back an owner that is not a snowflake, such as the console's", () => {
    const state = { owner: "console", page: 1 };
    expect(decodePageState(encodePageState(state) ?? "")).toEqual(state);
  });

  it("does still read buttons made before the model filter", () => {
    const id = "timeline|111111111111111111|2|2024||api|x";
    expect(isTimelineButton(id)).toBe(true);
    expect(decodePageState(id)).toEqual({
      owner: "111111111111111111",
      page: 2,
      from: "2024",
      to: undefined,
      topic: "api|x",
    });
  });

  it("does refuse an id that is not a page button's", () => {
    expect(decodePageState("tl|!!|1||||")).toBeNull();
    expect(decodePageState("model|deepseek-v3")).toBeNull();
    expect(decodePageState("tl|abc|x||||")).toBeNull();
  });
});
