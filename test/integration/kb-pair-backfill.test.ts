// A database indexed before the pair index existed gets its pairs at the next start.
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { kbEntries } from "../../db/seed/demo-content.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { backfillPairIndex } from "../../src/search/kb-index.js";
import { createTestDesk, type TestDesk } from "../support/app.js";

let desk: TestDesk;
beforeEach(() => {
  desk = createTestDesk();
});
afterEach(() => desk.close());

const pairRows = () => desk.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM kb_pairs WHERE kb_pairs MATCH '"an_tich"'`)!.n;

describe("backfillPairIndex", () => {
  it("pairs every published entry when the pair index is empty, and leaves a filled one alone", () => {
    const { ids } = upsertPublishedEntries(desk.db, null, kbEntries, desk.now.value);
    const before = pairRows();
    expect(before).toBeGreaterThan(0);
    for (const id of ids) desk.db.run(sql`DELETE FROM kb_pairs WHERE rowid = ${id}`);
    expect(pairRows()).toBe(0);
    backfillPairIndex(desk.db);
    expect(pairRows()).toBe(before);
    backfillPairIndex(desk.db); // already filled: nothing happens twice
    expect(pairRows()).toBe(before);
  });
});
