// The regulations registry: marking a cited document amended or replaced flags the entries citing it.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, kbEntries, regulations } from "../../db/schema.js";
import { upsertPublishedEntries } from "../../src/services/kb-entries.js";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";
import { citingEntry } from "../support/kb.js";

let desk: TestDesk;
let advisor: Session;
const entry = (ref: string, document: string) => citingEntry(ref, [{ document, article: "Điều 41" }]);

beforeEach(async () => {
  desk = createTestDesk();
  await desk.addUser("covan", ["advisor"]);
  await desk.addUser("canbo", ["officer"]);
  advisor = await desk.login("covan");
  upsertPublishedEntries(desk.db, null, [entry("A", "Luật Lý lịch tư pháp 2009"), entry("B", "Luật số 28/2009/QH12"), entry("C", "Luật Căn cước 2023")], desk.now.value);
});
afterEach(() => desk.close());

const add = () => advisor.post("/regulations", { number: "28/2009/QH12", title: "Luật Lý lịch tư pháp", issuer: "Quốc hội", effective_date: "2010-07-01" });

describe("regulations registry", () => {
  it("adds a document and refuses a duplicate number (409) keeping the input", async () => {
    expect((await add()).status).toBe(303);
    const again = await add();
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("đã có trong danh mục");
    expect(desk.db.select().from(regulations).all()).toHaveLength(1);
  });

  it("flags every published entry citing it (by title or number) when amended; audited", async () => {
    await add();
    const id = desk.db.select().from(regulations).get()!.id;
    const res = await advisor.post(`/regulations/${id}/status`, { status: "amended" });
    expect(res.headers.get("location")).toBe("/regulations?done=status&flagged=2");
    const flagged = desk.db.select().from(kbEntries).all().filter((e) => e.flaggedAt).map((e) => e.ref).sort();
    expect(flagged).toEqual(["A", "B"]);
    expect(desk.db.select().from(kbEntries).where(eq(kbEntries.ref, "A")).get()!.flagReason).toContain("đã được sửa đổi, bổ sung");
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "kb.flag")).all()).toHaveLength(2);
    expect(desk.db.select().from(auditLog).where(eq(auditLog.action, "regulation.status")).get()!).toMatchObject({ fromState: "in_force", toState: "amended" });
  });

  it("validates input (422) and refuses officers (403)", async () => {
    expect((await advisor.post("/regulations", { number: "", title: "x" })).status).toBe(422);
    expect((await advisor.post("/regulations/1/status", { status: "gone" })).status).toBe(422);
    const officer = await desk.login("canbo");
    expect((await officer.get("/regulations")).status).toBe(200);
    expect((await officer.post("/regulations", { number: "1/2020/QH14", title: "Luật thử" })).status).toBe(403);
  });
});
