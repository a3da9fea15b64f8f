import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/feedback/sqlite.js";
import { type FeedbackStore, FeedbackStoreError, type Vote } from "../../src/feedback/store.js";
import { ROOT } from "../../src/paths.js";
import { openFoldersTo, unprivileged } from "../helpers/unprivileged.js";

const stores: FeedbackStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

const fresh = () => join(mkdtempSync(join(tmpdir(), "feedback-")), "data", "feedback.db");
function open(path: string, readonly = false): FeedbackStore {
  const store = openSqliteStore(path, { readonly });
  stores.push(store);
  return store;
}

const USER = "123456789012345678";
const vote = (overrides: Partial<Vote> = {}): Vote => ({
  answerId: "1300000000000000001",
  userId: USER,
  question: "how big is deepseek v3",
  answer: "671B — DeepSeek-V3 › Abstract",
  sources: ["[1] DeepSeek-V3 › Abstract"],
  verdict: "down",
  at: new Date("2025-01-02T03:04:05Z"),
  ...overrides,
});

describe("the SQLite feedback store", () => {
  it("does keep one vote per person per answer, the second replacing the first", () => {
    const store = open(fresh());
    expect(store.record(vote({ verdict: "up" }))).toBeNull();
    expect(store.record(vote({ verdict: "down" }))).toBe("up");
    expect(store.worst(10)).toEqual([
      {
        question: "how big is deepseek v3",
        answer: "671B — DeepSeek-V3 › Abstract",
        sources: ["[1] DeepSeek-V3 › Abstract"],
        down: 1,
        up: 0,
        lastVoteAt: "2025-01-02T03:04:05.000Z",
      },
    ]);
  });

  it("does list the answers with the most 👎 first when several got votes", () => {
    const store = open(fresh());
    const liked = { question: "what is MLA?", answer: "Multi-head Latent Attention" };
    store.record(vote({ ...liked, answerId: "1", userId: "1", verdict: "up" }));
    store.record(vote({ answerId: "2", userId: "1" }));
    store.record(vote({ answerId: "3", userId: "2" }));
    store.record(vote({ answerId: "3", userId: "3", verdict: "up" }));
    const worst = store.worst(10);
    expect(worst.map((w) => [w.question, w.down, w.up])).toEqual([
      ["how big is deepseek v3", 2, 1],
      ["what is MLA?", 0, 1],
    ]);
    expect(store.worst(1)).toHaveLength(1);
  });

  it("does keep votes across a reopen and never store a user id raw", () => {
    const path = fresh();
    open(path).record(vote());
    stores.pop()?.close();
    const again = open(path);
    expect(again.record(vote({ verdict: "up" }))).toBe("down");
    expect(again.worst(10)[0]).toMatchObject({ down: 0, up: 1 });
    again.close();
    stores.pop();
    expect(readFileSync(path).includes(Buffer.from(USER))).toBe(false);
  });

  it("does hash the same user differently in two installations", () => {
    const ids = [fresh(), fresh()].map((path) => {
      open(path).record(vote());
      const out = spawnSync("node", ["-e", voterOf(path)], { cwd: ROOT, encoding: "utf8" });
      return out.stdout.trim();
    });
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("does read without creating anything when opened read-only on a missing file", () => {
    expect(() => open(join(tmpdir(), "no-such-dir-feedback", "x.db"), true)).toThrow(
      FeedbackStoreError,
    );
    const path = fresh();
    open(path).record(vote());
    expect(open(path, true).worst(10)).toHaveLength(1);
    expect(() => open(path, true).record(vote())).toThrow(FeedbackStoreError);
  });

  it("does fail with FeedbackStoreError when the folder cannot be made", () => {
    const file = join(mkdtempSync(join(tmpdir(), "feedback-")), "a-file");
    writeFileSync(file, "");
    expect(() => open(join(file, "feedback.db"))).toThrow(FeedbackStoreError);
  });

  it("does refuse a vote with FeedbackStoreError, and still read, when the file is read-only", () => {
    const path = fresh();
    open(path).record(vote());
    stores.pop()?.close();
    chmodSync(path, 0o444);
    openFoldersTo(path, 2);
    // Root writes read-only files anyway: the check runs as an unprivileged user.
    const out = spawnSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "fixtures", "vote-once.ts"), path],
      { cwd: ROOT, encoding: "utf8", timeout: 30_000, ...unprivileged() },
    );
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual({ worst: 1, error: "FeedbackStoreError" });
  });
});

/** A script printing the voter hash the store at `path` keeps. */
const voterOf = (path: string) =>
  `const D = require("better-sqlite3"); const db = new D(${JSON.stringify(path)}, { readonly: true });
   process.stdout.write(db.prepare("SELECT voter FROM votes").get().voter);`;
