// Each test desk gets its own migrated SQLite file in a temporary folder (a copy of the template
// that test/support/template-database.ts migrated once), a fixed clock it can move, and helpers
// that sign people in through the real login form.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { openDatabase, type DB } from "../../src/db.js";
import { ensureReferenceData } from "../../src/services/reference-data.js";
import { createUser, currentUser, type NewUser } from "../../src/services/users.js";
import { askQuestion } from "../../src/services/questions.js";
import { loadCalendar } from "../../src/services/calendar.js";
import { and, asc, eq } from "drizzle-orm";
import { inject } from "vitest";
import { auditLog, categories } from "../../db/schema.js";
import type { Role } from "../../db/schema.js";

export const ORIGIN = "http://localhost";
export const PASSWORD = "mat-khau-thu-nghiem";

export interface TestDesk {
  db: DB;
  app: ReturnType<typeof createApp>;
  config: Config; // the app reads it per request: a test may change a setting
  now: { value: Date };
  dir: string;
  close(): void;
  addUser(username: string, roles: Role[], extra?: Partial<NewUser>): Promise<number>;
  login(username: string, password?: string): Promise<Session>;
  // Files a question as the given officer now, through the same use case as the app; returns its id.
  ask(askerId: number, categoryCode: string, title: string, body: string): number;
}

export interface Session {
  cookie: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  post(path: string, form?: Record<string, string | string[]>, init?: RequestInit): Promise<Response>;
  // A multipart form, as a browser sends one with files.
  upload(path: string, form: Record<string, string>, files: UploadFile[]): Promise<Response>;
}

export type UploadFile = { field?: string; name: string; type?: string; bytes: Uint8Array };

// A multipart form as a browser builds it; files go in `attachments` unless named otherwise.
function multipart(form: Record<string, string>, files: UploadFile[]): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(form)) body.append(k, v);
  for (const f of files) body.append(f.field ?? "attachments", new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? "application/octet-stream" }));
  return body;
}

// Tuesday 24 November 2026, 09:00 in Hà Nội.
export const DEFAULT_NOW = new Date("2026-11-24T02:00:00Z");

export function createTestDesk(start: Date = DEFAULT_NOW): TestDesk {
  const dir = mkdtempSync(join(tmpdir(), "hotline-test-"));
  const template = inject("templateDatabase");
  if (template) copyFileSync(template, join(dir, "test.sqlite"));
  const db = openDatabase(join(dir, "test.sqlite"));
  const now = { value: start };
  ensureReferenceData(db, now.value);
  const config = { ...loadConfig({}), databasePath: join(dir, "test.sqlite") };
  const app = createApp({ db, config, clock: () => now.value });

  const request = (cookie: string) => ({
    cookie,
    get: async (path: string, init: RequestInit = {}) =>
      app.request(path, { ...init, headers: { cookie, ...(init.headers as Record<string, string>) } }),
    post: async (path: string, form: Record<string, string | string[]> = {}, init: RequestInit = {}) => {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
      return app.request(path, {
        method: "POST",
        body,
        ...init,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: ORIGIN,
          cookie,
          ...(init.headers as Record<string, string>),
        },
      });
    },
    upload: async (path: string, form: Record<string, string>, files: UploadFile[]) =>
      app.request(path, { method: "POST", body: multipart(form, files), headers: { origin: ORIGIN, cookie } }),
  });

  return {
    db,
    app,
    config,
    now,
    dir,
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
    addUser: (username, roles, extra = {}) =>
      createUser(db, null, { username, name: extra.name ?? `Người dùng ${username}`, password: PASSWORD, roles, ...extra }, now.value),
    ask(askerId, categoryCode, title, body) {
      const categoryId = db.select().from(categories).where(eq(categories.code, categoryCode)).get()!.id;
      return askQuestion(db, currentUser(db, askerId)!, { title, body, categoryId }, now.value, loadCalendar(db, config.timeZone));
    },
    async login(username, password = PASSWORD) {
      const res = await request("").post("/login", { username, password });
      if (res.status !== 303) throw new Error(`login ${username} failed: ${res.status}`);
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
      return request(cookie);
    },
  };
}

export function anonymous(desk: TestDesk): Session {
  return {
    cookie: "",
    upload: async (path, form, files) => desk.app.request(path, { method: "POST", body: multipart(form, files), headers: { origin: ORIGIN } }),
    get: async (path, init) => desk.app.request(path, init),
    post: async (path, form = {}, init = {}) =>
      desk.app.request(path, {
        method: "POST",
        body: new URLSearchParams(form as Record<string, string>),
        ...init,
        headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, ...(init.headers as Record<string, string>) },
      }),
  };
}

export function idFromLocation(res: Response): number {
  const loc = res.headers.get("location") ?? "";
  const m = loc.match(/\/(\d+)$/);
  if (!m) throw new Error(`no id in location "${loc}"`);
  return Number(m[1]);
}

// The audit rows of one object, oldest first.
export function auditTrail(desk: TestDesk, objectType: string, id: number) {
  return desk.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, String(id))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
}
