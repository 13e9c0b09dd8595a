// Views read the signed-in user and the hotline numbers from the request's render context
// (views/render-context.ts), not from props. Requests interleave at every await: each page must
// still show its own user's name and navigation, never another's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDesk, type Session, type TestDesk } from "../support/app.js";

let desk: TestDesk;
let officer: Session;
let lead: Session;

beforeAll(async () => {
  desk = createTestDesk();
  await desk.addUser("canbo", ["officer"], { name: "Nguyễn Văn An" });
  await desk.addUser("truongnhom", ["answerer", "lead"], { name: "Trần Thị Bình" });
  officer = await desk.login("canbo");
  lead = await desk.login("truongnhom");
});
afterAll(() => desk.close());

const accountName = (html: string) => /<span class="account__name">([^<]*)<\/span>/.exec(html)?.[1]?.trim();

describe("the signed-in user in pages rendered side by side", () => {
  it("each of 60 interleaved requests shows its own user's name and navigation", async () => {
    const paths = ["/law?q=c%C6%B0%20tr%C3%BA", "/kb?q=l%C3%BD%20l%E1%BB%8Bch", "/questions", "/kb", "/account/password"];
    const requests = Array.from({ length: 60 }, (_, i) => {
      const who = i % 2 === 0 ? { session: officer, name: "Nguyễn Văn An" } : { session: lead, name: "Trần Thị Bình" };
      const path = paths[i % paths.length]!;
      return who.session.get(path).then(async (res) => ({ who, path, status: res.status, html: await res.text() }));
    });
    const pages = await Promise.all(requests);
    for (const p of pages) {
      expect(p.status, p.path).toBe(200);
      expect(accountName(p.html), `${p.path} for ${p.who.name}`).toBe(p.who.name);
      // The queue is the answerers' page: in the lead's navigation only.
      expect(p.html.includes('href="/queue"'), `${p.path} for ${p.who.name}`).toBe(p.who.name === "Trần Thị Bình");
    }
  });

  it("a page rendered for nobody signed in shows no account", async () => {
    const res = await desk.app.request("/login");
    expect(res.status).toBe(200);
    expect(accountName(await res.text())).toBeUndefined();
  });
});
