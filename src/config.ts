// Configuration comes from the environment only; defaults suit a single intranet server.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { isAddressOrRange } from "./auth/client-address.js";
import { DEFAULT_TIME_ZONE } from "./domain/holidays.js";
import type { ReportHeader } from "./model.js";

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  seedDemo: boolean;
  // Set COOKIE_SECURE=1 when the desk is served over HTTPS (behind a TLS proxy).
  cookieSecure: boolean;
  // The desk's IANA time zone (TZ_DESK): working hours, deadlines, calendar dates and every time
  // shown are read in it; the server process's own zone is never consulted.
  timeZone: string;
  // Extra origins allowed to post forms (a reverse proxy's public name), comma-separated.
  trustedOrigins: string[];
  // Reverse proxies (IPs or CIDR ranges) whose X-Forwarded-For is believed; none: the socket's
  // address is the client's.
  trustedProxies: string[];
  // Answered questions without follow-up close after this many working days (0 = never).
  autoCloseWorkingDays: number;
  // The desk's address as officers reach it (printed QR codes); default: the address of the request.
  publicUrl: string | null;
  // Attachments: the largest file accepted and how many files one message may carry.
  attachmentMaxBytes: number;
  attachmentMaxFiles: number;
  // How long a form waits for the database's write lock while another process holds it (an import,
  // a backup, a second server) before it is answered 503; the wait does not stop other requests.
  writeWaitMs: number;
  // Who signs the printed monthly report: the parent agency, the department, and the place in the
  // date line (Nghị định 30/2020 layout).
  report: ReportHeader;
  // Live pages (GET /events): streams one user may hold (a few tabs), and in all. Every stream is
  // an open file: the total stays below the process's open-file limit (read at start) with room
  // for everything else, so streams can never starve pages and /healthz of sockets (issue 14).
  liveStreamsPerUser: number;
  liveStreamsMax: number;
  openFiles: OpenFileLimit;
}

// The soft RLIMIT_NOFILE of this process and where it was read (Node raises the soft limit to
// the hard one at start, so this is the hard limit the desk was started with).
interface OpenFileLimit {
  limit: number;
  source: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const openFiles = readOpenFileLimit();
  return {
    host: env.HOST || "127.0.0.1",
    port: Number(env.PORT || 3000),
    databasePath: env.DATABASE_PATH || "data/hotline.sqlite",
    seedDemo: env.SEED_DEMO !== "0",
    cookieSecure: env.COOKIE_SECURE === "1",
    timeZone: timeZone(env.TZ_DESK || DEFAULT_TIME_ZONE),
    trustedOrigins: list(env.TRUSTED_ORIGINS),
    trustedProxies: list(env.TRUSTED_PROXIES).map((entry) => {
      // A typo here would silently trust nobody (or, worse, be read as someone else): stop at start.
      if (!isAddressOrRange(entry)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or range`);
      return entry;
    }),
    autoCloseWorkingDays: Number(env.AUTO_CLOSE_WORKING_DAYS ?? 5),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, "") : null,
    attachmentMaxBytes: Number(env.ATTACHMENT_MAX_MB || 10) * 1024 * 1024,
    attachmentMaxFiles: Number(env.ATTACHMENT_MAX_FILES || 5),
    writeWaitMs: Number(env.WRITE_WAIT_MS || 5000),
    report: {
      parentAgency: env.REPORT_PARENT_AGENCY || "CÔNG AN THÀNH PHỐ HÀ NỘI",
      agency: env.REPORT_AGENCY || "PHÒNG HỒ SƠ NGHIỆP VỤ",
      place: env.REPORT_PLACE || "Hà Nội",
    },
    liveStreamsPerUser: Number(env.LIVE_STREAMS_PER_USER || 5),
    liveStreamsMax: liveStreamCap(openFiles.limit, Number(env.LIVE_STREAMS_MAX || DEFAULT_LIVE_STREAMS_MAX)),
    openFiles,
  };
}

// A misspelt zone would only fail at the first deadline computed: stop at start instead.
function timeZone(name: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
  } catch {
    throw new Error(`TZ_DESK: "${name}" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`);
  }
  return name;
}

const DEFAULT_LIVE_STREAMS_MAX = 10_000; // ~15 KB of memory each: a province's officers with room to spare

// Streams may use the open files left after a quarter of the limit (at least 256) is kept for the
// database, pages, keep-alive sockets, attachments and workers; LIVE_STREAMS_MAX only lowers it.
export function liveStreamCap(fileLimit: number, wanted: number): number {
  const free = Number.isFinite(fileLimit) ? fileLimit - Math.max(256, Math.ceil(fileLimit / 4)) : wanted;
  return Math.max(0, Math.min(wanted, free));
}

// Node has no getrlimit: Linux shows it in /proc/self/limits; elsewhere a shell started from here
// inherits it; failing both, the common default of 1,024 is assumed.
export function readOpenFileLimit(): OpenFileLimit {
  const read = (source: string, text: () => string | undefined): OpenFileLimit | null => {
    try {
      const t = text()?.trim();
      const limit = t === "unlimited" ? Infinity : Number(t);
      return limit > 0 ? { limit, source } : null;
    } catch {
      return null;
    }
  };
  return (
    read("/proc/self/limits", () => readFileSync("/proc/self/limits", "utf8").match(/^Max open files\s+(\S+)/m)?.[1]) ??
    read("ulimit -n", () => execFileSync("sh", ["-c", "ulimit -n"], { encoding: "utf8", timeout: 2000 })) ?? { limit: 1024, source: "assumed, could not be read" }
  );
}

// A comma-separated setting.
function list(value: string | undefined): string[] {
  return (value || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
