// Configuration comes from the environment only; defaults suit a single intranet server.
import { isAddressOrRange } from "./auth/client-address.js";

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  seedDemo: boolean;
  // Set COOKIE_SECURE=1 when the desk is served over HTTPS (behind a TLS proxy).
  cookieSecure: boolean;
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
  // Who signs the printed monthly report: the parent agency, the department, and the place in the
  // date line (Nghị định 30/2020 layout).
  report: ReportHeader;
}

export interface ReportHeader {
  parentAgency: string;
  agency: string;
  place: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST || "127.0.0.1",
    port: Number(env.PORT || 3000),
    databasePath: env.DATABASE_PATH || "data/hotline.sqlite",
    seedDemo: env.SEED_DEMO !== "0",
    cookieSecure: env.COOKIE_SECURE === "1",
    timeZone: env.TZ_DESK || "Asia/Ho_Chi_Minh",
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
    report: {
      parentAgency: env.REPORT_PARENT_AGENCY || "CÔNG AN THÀNH PHỐ HÀ NỘI",
      agency: env.REPORT_AGENCY || "PHÒNG HỒ SƠ NGHIỆP VỤ",
      place: env.REPORT_PLACE || "Hà Nội",
    },
  };
}

// A comma-separated setting.
function list(value: string | undefined): string[] {
  return (value || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
