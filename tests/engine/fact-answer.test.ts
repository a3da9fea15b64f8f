import { describe, expect, it } from "vitest";
import { ask } from "../../src/engine/ask.js";
import { loadCorpus } from "../../src/ingest/load-corpus.js";
import { loadKnowledge } from "../../src/knowledge-base/knowledge-base.js";
import { DOCUMENTS_DIR } from "../../src/paths.js";

const knowledge = loadKnowledge();
const documents = loadCorpus(DOCUMENTS_DIR);
/** A document's text as published (offsets count from the end of its front matter). */
const raw = (doc: string) => documents.find((d) => d.id === doc)?.text ?? "";

describe("answers from the model catalog", () => {
  it("does answer the amount of the model asked when its sentence names another model too", () => {
    // "256 routed experts per layer (increased from 160 in V2)": 160 is V2's.
    const result = ask(knowledge, "how many routed experts did deepseek v2 have per layer");
    expect(result.answer).toBe("160");
    const source = result.answerSource?.source;
    expect(source && raw(source.doc).slice(source.start, source.end)).toBe("160");
  });

  it("does not give a model's release date when the question asks about another event", () => {
    const result = ask(knowledge, "When did DeepSeek Coder get online code execution?");
    const released = knowledge.catalog.models
      .find((m) => m.id === "deepseek-coder")
      ?.released.map((r) => r.text);
    expect(released?.length).toBeGreaterThan(0);
    expect(released).not.toContain(result.answer);
  });

  it("does not give a release date for another event of the alias table the fact does not say", () => {
    // "On November 20, 2024, DeepSeek released DeepSeek-R1-Lite on the official website": a
    // release, not the day its weights were open sourced (which the documents do not give).
    expect(ask(knowledge, "wen did r1-lite get open sourced").answer).toBeNull();
    // The release itself, however worded, is what the fact says.
    expect(ask(knowledge, "wen did deepseekmoe come out").answer).toBe("January 11, 2024");
  });

  it("does answer the amount whose label is asked when its quote does not name the model", () => {
    // "37 billion activated parameters per forward pass" is V3's, but names neither V3 nor
    // total parameters; the quote of 671 billion total parameters names V3.
    expect(ask(knowledge, "how many params are activated in v3").answer).toBe("37 billion");
    expect(ask(knowledge, "how many params does v3 have").answer).toBe("671 billion");
  });

  it("does not answer with an amount of another label that shares most of the question's words", () => {
    // V3's 256 routed experts per layer share "experts per layer", not "shared".
    expect(ask(knowledge, "how many shared experts per layer in deepseek v3").answer).not.toBe(
      "256",
    );
  });

  it("does give the release date when the question asks only that, in chat words", () => {
    const result = ask(knowledge, "wen did coder v2 come out");
    expect(result.answer).toBe("June 17, 2024");
    const source = result.answerSource?.source;
    expect(source && raw(source.doc).slice(source.start, source.end)).toBe("June 17, 2024");
  });
});
