// Live signals are announced once the transaction that raised them has committed (afterCommit in
// src/db.ts), and not at all when it rolls back: a tab told to fetch again must find the change,
// and a refused change is no news.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questions } from "../../db/schema.js";
import { afterCommit } from "../../src/db.js";
import { liveBus } from "../../src/services/live.js";
import { signalQuestion } from "../../src/services/question-transition.js";
import { createTestDesk } from "../support/app.js";

const desk = createTestDesk();
afterAll(() => desk.close());

// The bus delivers on a later turn of the event loop.
const deliveries = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("afterCommit", () => {
  it("runs the work once the transaction has committed", () => {
    const seen: string[] = [];
    desk.db.transaction((tx) => {
      afterCommit(tx, () => seen.push(desk.db.$client.inTransaction ? "before commit" : "after commit"));
      seen.push("transaction");
    });
    expect(seen).toEqual(["transaction", "after commit"]);
  });

  it("drops the work of a transaction that rolls back", () => {
    const seen: string[] = [];
    expect(() =>
      desk.db.transaction((tx) => {
        afterCommit(tx, () => seen.push("ran"));
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(seen).toEqual([]);
    desk.db.transaction(() => {}); // the next transaction does not inherit it
    expect(seen).toEqual([]);
  });

  it("keeps the work of a nested transaction for the outer one's commit", () => {
    const seen: string[] = [];
    desk.db.transaction(() => {
      desk.db.transaction((inner) => afterCommit(inner, () => seen.push(desk.db.$client.inTransaction ? "before commit" : "after commit")));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(["after commit"]);
  });

  it("runs at once outside a transaction", () => {
    const seen: string[] = [];
    afterCommit(desk.db, () => seen.push("ran"));
    expect(seen).toEqual(["ran"]);
  });
});

describe("a question's live signal", () => {
  let id: number;
  let heard: string[];
  let unsubscribe: () => void;
  beforeAll(async () => {
    const officer = await desk.addUser("canbo", ["officer"]);
    id = desk.ask(officer, "xoa-an-tich", "Xóa án tích đối với người được hưởng án treo", "Nội dung câu hỏi đủ dài để gửi.");
    await deliveries(); // the signals of filing it
    heard = [];
    // What a listening tab would fetch: the question's title as the database holds it then.
    const title = () => desk.db.select({ title: questions.title }).from(questions).where(eq(questions.id, id)).get()!.title;
    unsubscribe = liveBus.subscribe([`question:${id}`], () => heard.push(title()));
  });
  afterAll(() => unsubscribe());

  it("is heard after the commit, with the change there to read", async () => {
    desk.db.transaction((tx) => {
      tx.update(questions).set({ title: "Tiêu đề đã sửa" }).where(eq(questions.id, id)).run();
      signalQuestion(tx, id);
    });
    await deliveries();
    expect(heard).toEqual(["Tiêu đề đã sửa"]);
  });

  it("is not heard when the transaction rolls back", async () => {
    heard.length = 0;
    expect(() =>
      desk.db.transaction((tx) => {
        tx.update(questions).set({ title: "Không lưu" }).where(eq(questions.id, id)).run();
        signalQuestion(tx, id);
        throw new Error("refused");
      }),
    ).toThrow("refused");
    await deliveries();
    expect(heard).toEqual([]);
  });
});
