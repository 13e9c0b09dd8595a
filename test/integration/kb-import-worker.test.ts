// A big kb:import builds the pair index on a worker thread and copies it into the database. Whatever
// path it takes, the knowledge base and both search indexes must come out exactly as the one-thread
// upsert (upsertPublishedEntries) leaves them: these tests run the real command on one copy of a
// database and the upsert on another, and compare every indexed token with its position.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/cli/bench-corpus.js";
import { openDatabase } from "../../src/db.js";
import { upsertPublishedEntries, type PublishedEntryInput } from "../../src/services/kb-entries.js";
import { entryChanged } from "../../src/search/index.js";
import { ensureReferenceData } from "../../src/services/reference-data.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-kb-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date("2026-11-02T03:00:00Z");

// Run without blocking this worker's event loop: a synchronous spawn of a 12–16 s import kept
// vitest's worker from answering its own RPC in time on a loaded 2-core machine ("Timeout calling
// onTaskUpdate" after every test had passed).
function importCommand(dbPath: string, file: string, ...flags: string[]): Promise<{ status: number | null; stdout: string; stderr: string; result: any }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/kb-import.ts", file, ...flags], { env: { ...process.env, DATABASE_PATH: dbPath } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, result: status === 0 ? JSON.parse(stdout.trim().split("\n").at(-1)!) : undefined });
    });
  });
}

function upsertInProcess(dbPath: string, entries: PublishedEntryInput[]) {
  const db = openDatabase(dbPath);
  ensureReferenceData(db, now);
  const r = upsertPublishedEntries(db, null, entries, now);
  db.$client.close();
  return r;
}

function writeJsonl(name: string, entries: PublishedEntryInput[]) {
  const file = join(dir, name);
  writeFileSync(file, entries.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return file;
}

// Every token of both indexes with its row, column and position, the per-row sizes, and the entries.
function contents(dbPath: string) {
  const db = new Database(dbPath);
  try {
    for (const t of ["kb_fts", "kb_pairs"]) db.exec(`INSERT INTO ${t} (${t}) VALUES ('integrity-check')`);
    const digest = (table: string) => {
      db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_tokens USING fts5vocab(main, ${table}, instance)`);
      const hash = createHash("sha256");
      let tokens = 0;
      for (const r of db.prepare(`SELECT term, doc, col, offset FROM temp.${table}_tokens ORDER BY doc, col, offset`).raw().iterate()) {
        hash.update(JSON.stringify(r));
        tokens++;
      }
      return { tokens, sha256: hash.digest("hex") };
    };
    return {
      fts: digest("kb_fts"),
      pairs: digest("kb_pairs"),
      pairSizes: db.prepare("SELECT id, hex(sz) FROM kb_pairs_docsize ORDER BY id").raw().all(),
      entries: db.prepare("SELECT id, ref, title, question, answer, status, version FROM kb_entries ORDER BY id").raw().all(),
      tags: db.prepare("SELECT entry_id, tag FROM kb_tags ORDER BY entry_id, tag").raw().all(),
      versions: db.prepare("SELECT entry_id, version, title FROM kb_entry_versions ORDER BY entry_id, version").raw().all(),
      audit: db.prepare("SELECT action, object_id FROM audit_log WHERE object_type = 'kb_entry' ORDER BY id").raw().all(),
    };
  } finally {
    db.close();
  }
}

const scratchFiles = () => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("kb:import of a big file (pair index built on a worker thread)", { timeout: 120_000 }, () => {
  const { entries } = generateCorpus(2500, 0);

  it("into an empty knowledge base: the same entries and indexes as the one-thread upsert", async () => {
    const file = writeJsonl("fresh.jsonl", entries);
    const imported = await importCommand(join(dir, "fresh-a.sqlite"), file);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.result).toMatchObject({ imported: 2500, unchanged: 0, pairIndex: "rebuilt" });
    upsertInProcess(join(dir, "fresh-b.sqlite"), entries);
    const a = contents(join(dir, "fresh-a.sqlite"));
    expect(a.pairs.tokens).toBeGreaterThan(500_000);
    expect(a).toEqual(contents(join(dir, "fresh-b.sqlite")));
    expect(scratchFiles()).toEqual([]);
  });

  it("into a knowledge base with entries: updates, a retired entry published again, the rest indexed as they were", async () => {
    // 300 entries already published, two of them retired since.
    const before = generateCorpus(300, 0, 11).entries.map((e, i) => ({ ...e, ref: `OLD-${i}` }));
    const base = join(dir, "base.sqlite");
    const db = openDatabase(base);
    ensureReferenceData(db, now);
    const { ids } = upsertPublishedEntries(db, null, before, now);
    for (const id of [ids[250]!, ids[251]!]) {
      db.$client.prepare("UPDATE kb_entries SET status = 'retired' WHERE id = ?").run(id);
      entryChanged(db, id);
    }
    db.$client.close();
    copyFileSync(base, join(dir, "mixed-a.sqlite"));
    copyFileSync(base, join(dir, "mixed-b.sqlite"));

    // The file: 100 of them changed, one retired unchanged (published again), one published unchanged, and 2500 new.
    const lines = [
      ...before.slice(0, 100).map((e) => ({ ...e, answer: `${e.answer} Sửa đổi lần hai.`, tags: [...e.tags, "sửa đổi"] })),
      before[150]!,
      before[251]!,
      ...entries,
    ];
    const file = writeJsonl("mixed.jsonl", lines);
    const imported = await importCommand(join(dir, "mixed-a.sqlite"), file);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.result).toMatchObject({ imported: lines.length, unchanged: 1, pairIndex: "rebuilt" });
    expect(upsertInProcess(join(dir, "mixed-b.sqlite"), lines).unchanged).toBe(1);
    const a = contents(join(dir, "mixed-a.sqlite"));
    expect(a.entries.filter((e) => (e as unknown[])[5] === "retired")).toHaveLength(1);
    expect(a).toEqual(contents(join(dir, "mixed-b.sqlite")));
    expect(scratchFiles()).toEqual([]);
  });

  it("the same file again: nothing written, the pair index left as it was", async () => {
    const before = contents(join(dir, "fresh-a.sqlite"));
    const again = await importCommand(join(dir, "fresh-a.sqlite"), join(dir, "fresh.jsonl"));
    expect(again.status, again.stderr).toBe(0);
    expect(again.result).toMatchObject({ imported: 2500, unchanged: 2500, pairIndex: "updated" });
    expect(contents(join(dir, "fresh-a.sqlite"))).toEqual(before);
    expect(scratchFiles()).toEqual([]);
  });

  it("the same file with a few entries changed: their pairs are indexed here, read back from the entries", async () => {
    copyFileSync(join(dir, "fresh-b.sqlite"), join(dir, "few-a.sqlite"));
    copyFileSync(join(dir, "fresh-b.sqlite"), join(dir, "few-b.sqlite"));
    const lines = entries.map((e, i) => (i % 25 === 0 ? { ...e, answer: `${e.answer} Đã sửa đổi.`, tags: [...e.tags, "sửa đổi"] } : e));
    const imported = await importCommand(join(dir, "few-a.sqlite"), writeJsonl("few.jsonl", lines));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.result).toMatchObject({ imported: 2500, unchanged: 2400, pairIndex: "updated" });
    expect(upsertInProcess(join(dir, "few-b.sqlite"), lines).unchanged).toBe(2400);
    expect(contents(join(dir, "few-a.sqlite"))).toEqual(contents(join(dir, "few-b.sqlite")));
    expect(scratchFiles()).toEqual([]);
  });

  it("into a database whose folder does not exist yet", async () => {
    const imported = await importCommand(join(dir, "new-folder", "desk.sqlite"), join(dir, "fresh.jsonl"));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.result).toMatchObject({ imported: 2500, pairIndex: "rebuilt" });
  });

  it("into a knowledge base bigger than the file: the pair index is updated, not rebuilt", async () => {
    const small = entries.slice(0, 2000).map((e) => ({ ...e, ref: `NEW-${e.ref}` }));
    copyFileSync(join(dir, "fresh-b.sqlite"), join(dir, "bigger.sqlite"));
    const imported = await importCommand(join(dir, "bigger.sqlite"), writeJsonl("small.jsonl", small));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.result).toMatchObject({ imported: 2000, pairIndex: "updated" });
    expect(contents(join(dir, "bigger.sqlite")).entries).toHaveLength(4500);
  });

  it("imports nothing of a big file with a bad last line, and leaves no scratch file (nor one a killed import left)", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const left = join(dir, `bad.sqlite.pairs-${dead}-0a1b2c3d.tmp`);
    writeFileSync(left, "left by an import killed mid-way");
    const anHourAgo = new Date(Date.now() - 3600_000);
    utimesSync(left, anHourAgo, anHourAgo);
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, [...entries.slice(0, 2400).map((e) => JSON.stringify({ ...e, ref: `BAD-${e.ref}` })), '{"ref": "X"}'].join("\n"));
    const dbPath = join(dir, "bad.sqlite");
    const r = await importCommand(dbPath, file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.jsonl:2401: title");
    expect(r.stderr).toContain("không nhập dòng nào");
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM kb_entries").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM kb_pairs_docsize").pluck().get()).toBe(0);
    db.close();
    expect(scratchFiles()).toEqual([]);
  });
});

// The first load of a knowledge base into a database nothing else has open is written with a
// rollback journal instead of the WAL (leaveWal, decision 007); with anything else open it keeps the WAL.
describe("kb:import of a big file into an empty database it has to itself", { timeout: 120_000 }, () => {
  const { entries } = generateCorpus(2500, 0, 17);

  // Runs the import and watches, until it ends, whether a rollback journal appeared beside the
  // database; `killWhenJournal` kills it (-9) as soon as one holds anything.
  async function importWatchingJournal(dbPath: string, file: string, killWhenJournal = false) {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/kb-import.ts", file], { env: { ...process.env, DATABASE_PATH: dbPath }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    let ended = false;
    void closed.then(() => (ended = true));
    let journal = false;
    while (!ended) {
      const size = statSync(`${dbPath}-journal`, { throwIfNoEntry: false })?.size;
      if (size !== undefined) {
        journal = true;
        if (killWhenJournal && size > 0) child.kill("SIGKILL"); // once the transaction has begun writing
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { status: await closed, stdout, stderr, journal };
  }

  // Created (and switched to WAL, which writes a new file's header under a rollback journal) before
  // the import runs: the only journal the watch can then see is the import's.
  function newDatabase(name: string) {
    const dbPath = join(dir, name);
    const db = openDatabase(dbPath);
    ensureReferenceData(db, now);
    db.$client.close();
    return dbPath;
  }

  it("writes it without the WAL, and leaves the database in WAL mode with the same contents", async () => {
    const file = writeJsonl("sole.jsonl", entries);
    const dbPath = newDatabase("sole-a.sqlite");
    const r = await importWatchingJournal(dbPath, file);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ imported: 2500, pairIndex: "rebuilt" });
    expect(r.journal).toBe(true);
    expect(existsSync(`${dbPath}-journal`)).toBe(false);
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    upsertInProcess(join(dir, "sole-b.sqlite"), entries);
    expect(contents(dbPath)).toEqual(contents(join(dir, "sole-b.sqlite")));
  });

  it("killed mid-way (-9): the next open plays the journal back, nothing imported, WAL again, and it imports again", async () => {
    const dbPath = newDatabase("sole-killed.sqlite");
    const r = await importWatchingJournal(dbPath, join(dir, "sole.jsonl"), true);
    expect(r.status).not.toBe(0);
    expect(r.journal).toBe(true);
    expect(existsSync(`${dbPath}-journal`)).toBe(true); // the transaction was under way
    const db = openDatabase(dbPath);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.$client.prepare("SELECT count(*) FROM kb_entries").pluck().get()).toBe(0);
    expect(db.$client.prepare("SELECT count(*) FROM kb_pairs_docsize").pluck().get()).toBe(0);
    db.$client.close();
    // A journal that was hot has been played back and deleted. One killed before SQLite synced it
    // (its header's magic still zero: SQLite writes no database page until it has) is no journal
    // at all to SQLite, which may leave the file; the database was never touched.
    const left = `${dbPath}-journal`;
    expect(!existsSync(left) || readFileSync(left).subarray(0, 8).every((b) => b === 0)).toBe(true);
    const again = await importCommand(dbPath, join(dir, "sole.jsonl"));
    expect(again.status, again.stderr).toBe(0);
    expect(contents(dbPath)).toEqual(contents(join(dir, "sole-b.sqlite")));
    expect(scratchFiles()).toEqual([]);
  });

  it("with a server's connection open keeps the WAL, and the server reads the entries after", async () => {
    const dbPath = join(dir, "sole-shared.sqlite");
    const live = openDatabase(dbPath);
    ensureReferenceData(live, now);
    const r = await importWatchingJournal(dbPath, join(dir, "sole.jsonl"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.journal).toBe(false);
    expect(live.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(live.$client.prepare("SELECT count(*) FROM kb_entries WHERE status = 'published'").pluck().get()).toBe(2500);
    live.$client.close();
    expect(contents(dbPath)).toEqual(contents(join(dir, "sole-b.sqlite")));
  });
});

describe("kb:import of a big file holding personal data", { timeout: 120_000 }, () => {
  it("is refused whole, line and field named; with --allow-personal-data it imports and audits the waiver", async () => {
    const lines = generateCorpus(2400, 0, 13).entries.map((e) => ({ ...e, ref: `PII-${e.ref}` }));
    lines[1199] = { ...lines[1199]!, question: `Bà Trần Thị Lan, SĐT 0987 654 321, hỏi: ${lines[1199]!.question}` };
    const file = writeJsonl("personal.jsonl", lines);
    const dbPath = join(dir, "personal.sqlite");
    const refused = await importCommand(dbPath, file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${file}: dòng 1200, trường question: họ tên T*** T** L**`);
    expect(refused.stderr).toContain(`${file}: dòng 1200, trường question: số điện thoại 0987 *** ***`);
    expect(refused.stderr).toContain("không nhập dòng nào");
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM kb_entries").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM kb_pairs_docsize").pluck().get()).toBe(0);
    db.close();
    expect(scratchFiles()).toEqual([]);

    const allowed = await importCommand(dbPath, file, "--allow-personal-data");
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(allowed.result).toMatchObject({ imported: 2400, pairIndex: "rebuilt" });
    const after = new Database(dbPath, { readonly: true });
    const waivers = after.prepare("SELECT e.ref, a.data FROM audit_log a JOIN kb_entries e ON a.object_id = cast(e.id AS text) WHERE a.action = 'kb.pii_waived'").all();
    expect(waivers.map((w: any) => [w.ref, JSON.parse(w.data).line, JSON.parse(w.data).kinds])).toEqual([[lines[1199]!.ref, 1200, { name: 1, phone: 1 }]]);
    after.close();
  });
});

describe("a server's connection open across a big kb:import", { timeout: 120_000 }, () => {
  it("sees the copied pair index, and its own later edits keep the index whole", async () => {
    const { entries } = generateCorpus(2500, 0, 5);
    const dbPath = join(dir, "live.sqlite");
    const live = openDatabase(dbPath);
    ensureReferenceData(live, now);
    const [first] = upsertPublishedEntries(live, null, [{ ...entries[0]!, ref: "LIVE-1" }], now).ids;
    // The server has read the pair index before the import (FTS5 caches its structure).
    const matches = (db: Database.Database, term: string) =>
      db.prepare<[string], number>("SELECT count(*) FROM kb_pairs WHERE kb_pairs MATCH ?").pluck().get(`"${term}"`)!;
    const term = "quy_dinh";
    expect(matches(live.$client, term)).toBeLessThanOrEqual(1);

    const imported = await importCommand(dbPath, writeJsonl("live.jsonl", entries));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.result).toMatchObject({ pairIndex: "rebuilt" });

    const fresh = new Database(dbPath, { readonly: true });
    expect(matches(fresh, term)).toBeGreaterThan(1000);
    expect(matches(live.$client, term)).toBe(matches(fresh, term));
    fresh.close();
    // An edit through the old connection after the import.
    live.$client.prepare("UPDATE kb_entries SET title = 'Quy định mới về lưu trữ hồ sơ' WHERE id = ?").run(first!);
    entryChanged(live, first!);
    live.$client.close();
    const after = new Database(dbPath);
    after.exec("INSERT INTO kb_pairs (kb_pairs) VALUES ('integrity-check')");
    expect(matches(after, "luu_tru")).toBeGreaterThan(0);
    after.close();
  });
});
