// The project's scripts, run as a user would: a child process with env vars, on an empty database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "hotline-cli-"));
const dbPath = join(dir, "desk.sqlite");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync("npx", ["tsx", script, ...args], {
    env: { ...process.env, DATABASE_PATH: dbPath, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

// The same without blocking this worker's event loop: several imports in one test kept vitest's
// worker from answering its RPC in time on a loaded machine ("Timeout calling onTaskUpdate").
function runAsync(script: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, DATABASE_PATH: dbPath } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("npm run user:add", () => {
  it("creates a user on an empty database (migrating it) and prints one JSON line with the id", () => {
    const r = run("src/cli/user-add.ts", ["--username", "giaidap", "--name", "Nguyễn Văn Minh", "--role", "answerer", "--role", "lead", "--unit", "Phòng Hồ sơ nghiệp vụ", "--specialty", "xoa-an-tich"], { USER_PASSWORD: "mat-khau-rat-dai" });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    const out = JSON.parse(lines[lines.length - 1]!);
    expect(out.id).toBeGreaterThan(0);
    const db = new Database(dbPath, { readonly: true });
    const roles = db.prepare("select role from user_roles where user_id = ? order by role").all(out.id);
    expect(roles).toEqual([{ role: "answerer" }, { role: "lead" }]);
    expect(db.prepare("select count(*) n from categories").get()).toEqual({ n: 8 });
    db.close();
  });

  it("refuses a missing password, an unknown role and a taken username with a message and exit 1", () => {
    expect(run("src/cli/user-add.ts", ["--username", "x1", "--name", "X", "--role", "officer"]).status).toBe(1);
    const badRole = run("src/cli/user-add.ts", ["--username", "x2", "--name", "X", "--role", "boss"], { USER_PASSWORD: "mat-khau-rat-dai" });
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('không có vai trò "boss"');
    const taken = run("src/cli/user-add.ts", ["--username", "giaidap", "--name", "X", "--role", "officer"], { USER_PASSWORD: "mat-khau-rat-dai" });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("đã có");
  });
});

describe("npm run backup", () => {
  it("writes a consistent copy of the live database", () => {
    const live = new Database(dbPath); // held open, as a running server would
    const target = join(dir, "backup.sqlite");
    const r = run("src/cli/backup.ts", [target]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(target)).toBe(true);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.prepare("select username from users").all()).toEqual([{ username: "giaidap" }]);
    copy.close();
    live.close();
    expect(run("src/cli/backup.ts", [target]).status).toBe(1); // never overwrites
  });
});


describe("npm run kb:import / kb:export", () => {
  const entry = (ref: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      ref,
      title: `Mục ${ref}: xóa án tích đương nhiên`,
      question: "Người bị phạt tù đến 5 năm được đương nhiên xóa án tích sau bao lâu?",
      answer: "Sau **02 năm** kể từ khi chấp hành xong hình phạt chính.",
      category: "xoa-an-tich",
      tags: ["xóa án tích", "đương nhiên"],
      citations: [{ document: "Bộ luật Hình sự 2015", article: "Điều 70" }],
      ...extra,
    });

  it("imports nothing of a file with bad lines and names each bad line", () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, [entry("A-1"), "{not json", entry("A-3", { title: "" }), entry("A-1")].join("\n"));
    const r = run("src/cli/kb-import.ts", [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.jsonl:2:");
    expect(r.stderr).toMatch(/bad\.jsonl:3: title: Quá nhỏ.*ký tự/); // zod's own words, in Vietnamese
    expect(r.stderr).toContain("bad.jsonl:4:");
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("select count(*) n from kb_entries").get()).toEqual({ n: 0 });
    db.close();
  });

  it("imports, upserts by ref, creates unknown categories, and round-trips through export", () => {
    const file = join(dir, "good.jsonl");
    writeFileSync(file, [entry("A-1"), entry("A-2", { category: "Danh mục mới" })].join("\n") + "\n");
    expect(run("src/cli/kb-import.ts", [file]).status).toBe(0);
    writeFileSync(file, entry("A-1", { title: "Tiêu đề đã sửa" }) + "\n");
    expect(run("src/cli/kb-import.ts", [file]).status).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("select ref, title, version from kb_entries order by ref").all()).toEqual([
      { ref: "A-1", title: "Tiêu đề đã sửa", version: 2 },
      { ref: "A-2", title: "Mục A-2: xóa án tích đương nhiên", version: 1 },
    ]);
    expect(db.prepare("select count(*) n from categories where name = 'Danh mục mới'").get()).toEqual({ n: 1 });
    db.close();
    const out = join(dir, "export.jsonl");
    expect(run("src/cli/kb-export.ts", [out]).status).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(JSON.parse(entry("A-1", { title: "Tiêu đề đã sửa" })));
    // Re-importing the export changes nothing: no new version, no audit row.
    const again = run("src/cli/kb-import.ts", [out]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout.trim().split("\n").at(-1)!)).toMatchObject({ imported: 2, unchanged: 2 });
    const after = new Database(dbPath, { readonly: true });
    expect(after.prepare("select ref, version from kb_entries order by ref").all()).toEqual([
      { ref: "A-1", version: 2 },
      { ref: "A-2", version: 1 },
    ]);
    expect(after.prepare("select count(*) n from audit_log where object_type = 'kb_entry'").get()).toEqual({ n: 3 });
    after.close();
  });
});

describe("npm run kb:import: the personal-data guard", () => {
  const clean = (ref: string) =>
    JSON.stringify({ ref, title: `Mục ${ref}`, question: "Thời hạn xóa án tích khi bị phạt tù 3 năm?", answer: "Theo khoản 2 Điều 70 Bộ luật Hình sự.", category: "xoa-an-tich" });
  const personal = JSON.stringify({
    ref: "PII-2",
    title: "Câu hỏi của ông Nguyễn Văn An",
    question: "CCCD 001099012345, SĐT 0912 345 678, xin hỏi về lý lịch tư pháp",
    answer: "Gửi kết quả về an.nguyen@gmail.com hoặc số 12 phố Hàng Bài.",
    category: "ly-lich-tu-phap",
  });
  const entries = () => {
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare("select ref from kb_entries where ref like 'PII-%' order by ref").all();
    db.close();
    return rows;
  };

  it("refuses a file with personal data: each finding by line and field, masked, and nothing imported", async () => {
    const file = join(dir, "personal.jsonl");
    writeFileSync(file, [clean("PII-1"), personal, clean("PII-3")].join("\n") + "\n");
    const r = await runAsync("src/cli/kb-import.ts", [file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${file}: dòng 2, trường title: họ tên N***** V** A*`,
      `${file}: dòng 2, trường question: số căn cước công dân (12 số) 0010********`,
      `${file}: dòng 2, trường question: số điện thoại 0912 *** ***`,
      `${file}: dòng 2, trường answer: địa chỉ thư điện tử a***@gmail.com`,
      `${file}: dòng 2, trường answer: địa chỉ nhà số ** phố Hàng Bài`,
      expect.stringMatching(/^kb:import: 5 chỗ có thể là dữ liệu cá nhân ở 1 dòng; không nhập dòng nào của tệp\..*--allow-personal-data/),
    ]);
    expect(r.stderr).not.toContain("0912 345 678");
    expect(entries()).toEqual([]);
  });

  it("imports it with --allow-personal-data, and the entry's audit trail records the waiver", async () => {
    const file = join(dir, "personal-allowed.jsonl");
    writeFileSync(file, [clean("PII-1"), personal].join("\n") + "\n");
    const r = await runAsync("src/cli/kb-import.ts", [file, "--allow-personal-data"]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n").at(-1)!)).toMatchObject({ imported: 2, unchanged: 0 });
    expect(entries()).toEqual([{ ref: "PII-1" }, { ref: "PII-2" }]);
    const db = new Database(dbPath, { readonly: true });
    const trail = (ref: string) =>
      db
        .prepare("select a.action, a.actor_id, a.data from audit_log a join kb_entries e on a.object_type = 'kb_entry' and a.object_id = cast(e.id as text) where e.ref = ? order by a.id")
        .all(ref)
        .map((row: any) => ({ ...row, data: JSON.parse(row.data) }));
    expect(trail("PII-1").map((a) => a.action)).toEqual(["kb.publish"]);
    const [waiver, publish] = trail("PII-2");
    expect(publish).toMatchObject({ action: "kb.publish", actor_id: null });
    expect(waiver).toEqual({
      action: "kb.pii_waived",
      actor_id: null, // the import's actor, as its publish rows
      data: {
        source: "import",
        file,
        line: 2,
        kinds: { name: 1, id12: 1, phone: 1, email: 1, address: 1 },
        findings: [
          { field: "title", kind: "name", match: "Nguyễn Văn An" },
          { field: "question", kind: "id12", match: "001099012345" },
          { field: "question", kind: "phone", match: "0912 345 678" },
          { field: "answer", kind: "email", match: "an.nguyen@gmail.com" },
          { field: "answer", kind: "address", match: "số 12 phố Hàng Bài" },
        ],
      },
    });
    db.close();
  });

  it("names bad lines before personal data, and an unknown option in Vietnamese", async () => {
    const file = join(dir, "personal-and-bad.jsonl");
    writeFileSync(file, [personal.replace("PII-2", "PII-9"), "{not json"].join("\n"));
    const r = await runAsync("src/cli/kb-import.ts", [file, "--allow-personal-data"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:2: không phải JSON hợp lệ`);
    const bad = await runAsync("src/cli/kb-import.ts", [file, "--allow-personal"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("kb:import: tùy chọn không hợp lệ; cách dùng: npm run kb:import -- TỆP.jsonl [--allow-personal-data]");
    expect(entries()).toEqual([{ ref: "PII-1" }, { ref: "PII-2" }]);
  });
});

describe("npm run regulations:import / regulations:export", () => {
  const doc = (number: string | null, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      number,
      title: number ? `Văn bản ${number}` : "Thông tư số 44 của Bộ Công an về công tác hồ sơ nghiệp vụ",
      issuer: "Quốc hội",
      effective_date: null,
      status: "in_force",
      aliases: [],
      articles: [{ article: "Điều 1", heading: "Phạm vi điều chỉnh", text: "Luật này quy định …" }],
      ...extra,
    });

  it("imports nothing of a file with bad lines and names each bad line", () => {
    const file = join(dir, "bad-regulations.jsonl");
    writeFileSync(file, [doc("1/2020/QH14"), "[", doc(null), doc("1/2020/QH14")].join("\n"));
    const r = run("src/cli/regulations-import.ts", [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad-regulations.jsonl:2: không phải JSON hợp lệ");
    expect(r.stderr).toContain("bad-regulations.jsonl:3: number");
    expect(r.stderr).toContain('bad-regulations.jsonl:4: văn bản "1/2020/QH14" đã có ở dòng 1');
    expect(r.stderr).toContain("3 dòng lỗi; không nhập dòng nào của tệp");
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("select count(*) n from regulations").get()).toEqual({ n: 0 });
    db.close();
  });

  it("imports, links the citations it now resolves, and round-trips through export", () => {
    // Entry A-1 (imported above) cites "Bộ luật Hình sự 2015": it resolves once the code is registered.
    const file = join(dir, "regulations.jsonl");
    writeFileSync(file, [doc("100/2015/QH13", { title: "Bộ luật Hình sự", articles: [{ article: "Điều 70", heading: "Đương nhiên được xóa án tích", text: "…" }] }), doc(null, { incomplete: true, issuer: null })].join("\n") + "\n");
    const r = run("src/cli/regulations-import.ts", [file]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n").at(-1)!)).toEqual({ imported: 2, unchanged: 0, flagged: 0, linked: 2 });
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("select r.number, a.label from kb_citations c join regulations r on r.id = c.regulation_id join regulation_articles a on a.id = c.article_id").all()).toEqual([
      { number: "100/2015/QH13", label: "Điều 70" },
      { number: "100/2015/QH13", label: "Điều 70" },
    ]);
    expect(db.prepare("select count(*) n from audit_log where object_type = 'regulation'").get()).toEqual({ n: 2 });
    db.close();
    const out = join(dir, "regulations-export.jsonl");
    expect(run("src/cli/regulations-export.ts", [out]).status).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.number)).toEqual(["100/2015/QH13", null]);
    expect(lines[1]).toMatchObject({ incomplete: true, issuer: null, articles: [{ article: "Điều 1" }] });
    const again = run("src/cli/regulations-import.ts", [out]);
    expect(JSON.parse(again.stdout.trim().split("\n").at(-1)!)).toEqual({ imported: 0, unchanged: 2, flagged: 0, linked: 0 });
  });
});
