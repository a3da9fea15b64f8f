import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import {
  type AnswerVotes,
  type FeedbackStore,
  FeedbackStoreError,
  type Verdict,
  type Vote,
} from "./store.js";

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS votes (
  answer_id TEXT NOT NULL,
  voter     TEXT NOT NULL,
  question  TEXT NOT NULL,
  answer    TEXT NOT NULL,
  sources   TEXT NOT NULL,
  verdict   TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
  voted_at  TEXT NOT NULL,
  PRIMARY KEY (answer_id, voter)
);
`;

export interface SqliteStoreOptions {
  /** Open an existing file for reading only (`npm run feedback`); never creates or writes. */
  readonly?: boolean;
}

/**
 * The feedback store in one SQLite file, through better-sqlite3 (synchronous: a vote is one
 * small write). Rollback journal, not WAL: no -wal/-shm files beside it, so a read-only copy can
 * still be read, and several processes on one host can share the file through SQLite's locks.
 * User ids are kept as HMAC-SHA256 under a random salt made once per file (per installation).
 * Throws FeedbackStoreError when the file cannot be opened.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): FeedbackStore {
  const readonly = options.readonly ?? false;
  const db = openDatabase(path, readonly);
  // A file never written to has no tables yet: nothing to read.
  if (readonly && !hasVotes(db)) return emptyStore(db);
  const { record, worst } = statements(db);
  return {
    record(vote) {
      try {
        return record(vote);
      } catch (error) {
        throw new FeedbackStoreError(`feedback: cannot record a vote in ${path}`, { cause: error });
      }
    },
    worst(limit): AnswerVotes[] {
      return worst.all(limit).map((row) => ({
        question: row.question,
        answer: row.answer,
        sources: JSON.parse(row.sources) as string[],
        down: row.down,
        up: row.up,
        lastVoteAt: row.last,
      }));
    },
    close: () => db.close(),
  };
}

/** Opens (and, when writable, creates and migrates) the file; any failure names it. */
function openDatabase(path: string, readonly: boolean): Database.Database {
  try {
    if (!readonly && !existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { readonly, fileMustExist: readonly });
    if (!readonly) migrate(db);
    return db;
  } catch (error) {
    throw new FeedbackStoreError(`feedback: cannot open ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The store's two operations as prepared statements: record a vote, list the worst answers. */
function statements(db: Database.Database) {
  const salt = readSalt(db);
  const voterOf = (userId: string) => createHmac("sha256", salt).update(userId).digest("hex");
  const previous = db.prepare<[string, string], { verdict: Verdict }>(
    "SELECT verdict FROM votes WHERE answer_id = ? AND voter = ?",
  );
  const upsert = db.prepare(`
    INSERT INTO votes (answer_id, voter, question, answer, sources, verdict, voted_at)
    VALUES (@answerId, @voter, @question, @answer, @sources, @verdict, @at)
    ON CONFLICT (answer_id, voter) DO UPDATE SET
      question = excluded.question, answer = excluded.answer, sources = excluded.sources,
      verdict = excluded.verdict, voted_at = excluded.voted_at
  `);
  const record = db.transaction((vote: Vote): Verdict | null => {
    const voter = voterOf(vote.userId);
    const before = previous.get(vote.answerId, voter)?.verdict ?? null;
    upsert.run({
      answerId: vote.answerId,
      voter,
      question: vote.question,
      answer: vote.answer,
      sources: JSON.stringify(vote.sources),
      verdict: vote.verdict,
      at: vote.at.toISOString(),
    });
    return before;
  });
  const worst = db.prepare<
    [number],
    { question: string; answer: string; sources: string; down: number; up: number; last: string }
  >(`
    SELECT question, answer, sources,
           SUM(verdict = 'down') AS down, SUM(verdict = 'up') AS up, MAX(voted_at) AS last
    FROM votes GROUP BY question, answer, sources
    ORDER BY down DESC, up ASC, last DESC LIMIT ?
  `);
  return { record, worst };
}

function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION)
    throw new Error(`schema version ${version} is newer than this bot's ${SCHEMA_VERSION}`);
  if (version === SCHEMA_VERSION) return;
  db.transaction(() => {
    db.exec(SCHEMA);
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('voter_salt', ?)").run(
      randomBytes(32).toString("hex"),
    );
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

const hasVotes = (db: Database.Database) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'votes'").get() !==
  undefined;

function readSalt(db: Database.Database): string {
  const row = db
    .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'voter_salt'")
    .get();
  if (!row) throw new FeedbackStoreError("feedback: the store has no voter salt");
  return row.value;
}

function emptyStore(db: Database.Database): FeedbackStore {
  return {
    record: () => {
      throw new FeedbackStoreError("feedback: the store was opened read-only");
    },
    worst: () => [],
    close: () => db.close(),
  };
}
