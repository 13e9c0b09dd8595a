// 0016 rebuilds the questions table (asker_id became nullable) under the rows that reference it, and
// moves calls logged before it without a caller account off the logger: they had made the team
// member who logged them the asker.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db.js";
import { databaseBefore } from "../support/migrations.js";

const dir = mkdtempSync(join(tmpdir(), "hotline-0016-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("keeps every question and what points at it; a call logged without an account has no asker any more", () => {
  const { path, old } = databaseBefore(16, dir);
  // 1 answerer who logged calls, 2 an officer. Question 1: a call from someone without an account
  // (the logger was made the asker); 2: a call from the officer's account; 3: asked on the web.
  old.exec(`
    INSERT INTO categories (code, name) VALUES ('ly-lich-tu-phap', 'Lý lịch tư pháp');
    INSERT INTO users (username, name, password_hash, created_at) VALUES ('giaidap', 'Giải đáp', 'x', 0), ('canbo', 'Cán bộ', 'x', 0);
    INSERT INTO questions (title, body, category_id, asker_id, channel, status, submitted_at, deadline_at, updated_at, caller_name, logged_by)
      VALUES ('Gọi không tài khoản', 'b', 1, 1, 'phone', 'answered', 1000, 2000, 1000, 'Thượng úy An', 1),
             ('Gọi có tài khoản', 'b', 1, 2, 'phone', 'assigned', 1100, 2100, 1100, 'Cán bộ', 1),
             ('Hỏi trên web', 'b', 1, 2, 'web', 'new', 1200, 2200, 1200, NULL, NULL);
    INSERT INTO messages (question_id, author_id, kind, body, created_at) VALUES (1, 1, 'answer', 'Trả lời', 1000);
    INSERT INTO notifications (user_id, kind, question_id, created_at) VALUES (1, 'answered', 1, 1000);
  `);
  old.close();

  const db = openDatabase(path);
  const c = db.$client;
  expect(c.prepare("SELECT id, asker_id, channel, caller_name, logged_by, logged_at, submitted_at FROM questions ORDER BY id").all()).toEqual([
    { id: 1, asker_id: null, channel: "phone", caller_name: "Thượng úy An", logged_by: 1, logged_at: 1000, submitted_at: 1000 },
    { id: 2, asker_id: 2, channel: "phone", caller_name: "Cán bộ", logged_by: 1, logged_at: 1100, submitted_at: 1100 },
    { id: 3, asker_id: 2, channel: "web", caller_name: null, logged_by: null, logged_at: null, submitted_at: 1200 },
  ]);
  const audit = c.prepare("SELECT actor_id, action, object_id, data FROM audit_log").all() as { data: string }[];
  expect(audit).toEqual([{ actor_id: null, action: "question.asker_unlinked", object_id: "1", data: expect.any(String) }]);
  expect(JSON.parse(audit[0]!.data)).toMatchObject({ formerAskerId: 1 });
  // No call-back is made up for a call answered before: the logger was told of it then.
  expect(c.prepare("SELECT count(*) FROM call_backs").pluck().get()).toBe(0);
  expect(c.prepare("SELECT question_id FROM messages").pluck().all()).toEqual([1]);
  expect(c.pragma("foreign_keys", { simple: true })).toBe(1);
  expect(c.pragma("foreign_key_check")).toEqual([]);
  // The rebuilt table keeps its references and indexes.
  expect(() => c.prepare("INSERT INTO questions (title, body, category_id, asker_id, status, submitted_at, deadline_at, updated_at) VALUES ('x', 'b', 1, 99, 'new', 0, 0, 0)").run()).toThrow(/FOREIGN KEY/);
  expect(c.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'questions' ORDER BY name").pluck().all()).toEqual([
    "questions_asker_idx",
    "questions_assignee_idx",
    "questions_status_deadline_idx",
  ]);
  db.$client.close();
});
