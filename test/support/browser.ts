// Real-browser tests: find chromium, start the app on loopback, launch one headless browser per file,
// collect console errors and CSP violations, and take screenshots into test-output/screenshots.
//
// Policy when chromium is missing: outside CI the browser suites are skipped with a visible notice;
// in CI (process.env.CI set) the run fails, because the browser tests are required there.
// Point CHROMIUM_PATH at another chromium/chrome binary to use it instead of /usr/bin/chromium.
import { serve } from "@hono/node-server";
import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { createTestDesk, type TestDesk } from "./app.js";

const DEFAULT_CHROMIUM = "/usr/bin/chromium";
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOT_DIR = join(ROOT, "test-output", "screenshots");

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

// A two-person journey run twice: the officer on a phone and the answerer on a desktop, then the
// other way round, so every page is seen at both widths.
export const BOTH_WAYS = [
  { officerDevice: "phone", answererDevice: "desktop" },
  { officerDevice: "desktop", answererDevice: "phone" },
] as const;

// CI=true / CI=1 (GitHub, GitLab, …) count; CI="" / "0" / "false" do not.
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.CI?.trim().toLowerCase();
  return !!v && v !== "0" && v !== "false";
}

// CHROMIUM_PATH if it names an existing file, else /usr/bin/chromium if present, else null.
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const candidate of [env.CHROMIUM_PATH, DEFAULT_CHROMIUM]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

// Why the browser tests cannot run here, or null when they can. Throws in CI: a missing browser
// there is a broken pipeline, not a reason to skip.
export function browserSkipReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (findChromium(env)) return null;
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} nor ${DEFAULT_CHROMIUM}` : DEFAULT_CHROMIUM;
  const reason = `chromium not found (checked ${where}); install it with "apt-get install -y chromium" or set CHROMIUM_PATH`;
  if (inCI(env)) throw new Error(`Browser tests are required in CI but ${reason}.`);
  return reason;
}

let noticeShown = false;

// describe() for suites that need chromium: skipped with a console notice locally when it is
// missing, a failed run in CI.
export function describeBrowser(name: string, fn: () => void): void {
  const reason = browserSkipReason();
  if (reason && !noticeShown) {
    noticeShown = true;
    console.warn(`\n⚠️  SKIPPING browser tests ("${name}"): ${reason}.\n`);
  }
  describe.skipIf(reason !== null)(name, fn);
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  // Without these chromium keeps trying to reach Google's services and logs refused connections.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(browserSkipReason() ?? "chromium not found");
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface RunningServer {
  url: string; // e.g. http://127.0.0.1:41234, no trailing slash
  close(): Promise<void>;
}

// Serves the desk's app on loopback on a free port.
export async function startServer(desk: TestDesk): Promise<RunningServer> {
  const server = await new Promise<Server>((resolveServer, reject) => {
    const s = serve({ fetch: desk.app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolveServer(s as Server)) as Server;
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((err) => (err ? fail(err) : done()));
        server.closeAllConnections(); // keep-alive sockets from the browser would hold close() open
      }),
  };
}

export interface BrowserPage {
  page: Page;
  problems: PageProblems;
}

// A fresh browser context as an officer would have it — a phone at a ward office or a desktop —
// in Vietnamese and Hà Nội time, watched for console errors and CSP violations.
export async function openPage(browser: Browser, server: RunningServer, device: "phone" | "desktop", contexts: BrowserContext[]): Promise<BrowserPage> {
  const mobile = device === "phone";
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: mobile ? PHONE : DESKTOP,
    isMobile: mobile,
    hasTouch: mobile,
    deviceScaleFactor: mobile ? 2 : 1,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  contexts.push(context);
  const problems = await watchContext(context, server.url);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000); // a stuck step fails here with a readable error
  return { page, problems };
}

// Signs in through the login form; returns the login page's response (for header checks).
export async function signIn(page: Page, username: string, password: string) {
  const res = await page.goto("/login");
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await Promise.all([page.waitForURL((u) => u.pathname !== "/login"), page.getByRole("button", { name: "Đăng nhập" }).click()]);
  return res;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// Everything a page complained about: console errors (CSP refusals land here too), uncaught
// exceptions, securitypolicyviolation events, failed requests and HTTP errors from our own server.
export interface PageProblems {
  list: string[];
}

export async function watchContext(context: BrowserContext, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { list: [] };
  const add = (page: Page | undefined, what: string) => problems.list.push(`${page ? `[${safeUrl(page)}] ` : ""}${what}`);

  // A CSP violation event is reported back to the test from inside every document of the context.
  await context.exposeBinding("__reportCspViolation", ({ page }, v: string) => add(page, `CSP violation: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation?: (v: string) => void }).__reportCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });

  // What a page logs as it is left (the browser aborting its requests) reaches no console listener:
  // the page keeps it in the tab's sessionStorage and the tab's next page reports it.
  await context.exposeBinding("__reportLeavingError", ({ page }, v: string) => add(page, `console.error while leaving ${v}`));
  await context.addInitScript(() => {
    const KEY = "__leavingErrors";
    let storage: Storage;
    try {
      storage = sessionStorage;
    } catch {
      return; // a sandboxed document (an attachment) has no storage
    }
    const kept = storage.getItem(KEY);
    if (kept) {
      storage.removeItem(KEY);
      const report = (window as unknown as { __reportLeavingError?: (v: string) => void }).__reportLeavingError;
      for (const line of JSON.parse(kept) as string[]) report?.(line);
    }
    let leaving = false;
    addEventListener("beforeunload", () => (leaving = true));
    const error = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      if (leaving) storage.setItem(KEY, JSON.stringify([...JSON.parse(storage.getItem(KEY) ?? "[]"), `${location.pathname}: ${args.map(String).join(" ")}`]));
      error(...args);
    };
  });

  const watchPage = (page: Page) => {
    page.on("console", (msg: ConsoleMessage) => {
      if (msg.type() === "error") add(page, `console.error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => add(page, `pageerror: ${err.message}`));
    page.on("requestfailed", (req) => {
      // A navigation that replaces the page aborts its pending requests; that is not a fault.
      const failure = req.failure()?.errorText ?? "";
      if (failure.includes("ERR_ABORTED")) return;
      add(page, `request failed: ${req.method()} ${req.url()} ${failure}`);
    });
    page.on("response", (res) => {
      if (res.status() >= 400 && res.url().startsWith(origin)) add(page, `HTTP ${res.status()} for ${res.request().method()} ${res.url()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  return problems;
}

function safeUrl(page: Page): string {
  try {
    return new URL(page.url()).pathname;
  } catch {
    return page.url();
  }
}

export interface BrowserDesk {
  desk: TestDesk;
  server: RunningServer;
  browser: Browser;
  contexts: BrowserContext[];
  open(device: "phone" | "desktop"): Promise<BrowserPage>;
  signedIn(username: string, password: string, device: "phone" | "desktop"): Promise<BrowserPage>;
}

// The set-up every browser suite shares: a test desk prepared by `prepare`, served on loopback, one
// chromium; all closed after the suite. Call inside describeBrowser.
export function browserDesk(prepare: (desk: TestDesk) => void | Promise<void>): BrowserDesk {
  const env = { contexts: [] as BrowserContext[] } as BrowserDesk;
  beforeAll(async () => {
    env.desk = createTestDesk();
    await prepare(env.desk);
    env.server = await startServer(env.desk);
    env.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    for (const c of env.contexts) await c.close().catch(() => {});
    await env.browser?.close();
    await env.server?.close();
    env.desk?.close();
  }, 60_000);
  env.open = (device) => openPage(env.browser, env.server, device, env.contexts);
  env.signedIn = async (username, password, device) => {
    const session = await env.open(device);
    await signIn(session.page, username, password);
    return session;
  };
  return env;
}
