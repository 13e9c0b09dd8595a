// The audit trail: one append-only row per change, written in the same transaction as the change.
import { auditLog } from "../../db/schema.js";
import type { Tx } from "../db.js";

interface AuditEntry {
  actorId: number | null;
  action: string;
  objectType: "question" | "user" | "unit" | "calendar" | "kb_entry" | "category" | "canned_answer" | "duty" | "regulation" | "settings" | "handover" | "monthly_report" | "monthly_report_draft";
  objectId: number | string;
  from?: string | null;
  to?: string | null;
  data?: Record<string, unknown>;
  at: Date;
}

export function audit(tx: Tx, e: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      actorId: e.actorId,
      action: e.action,
      objectType: e.objectType,
      objectId: String(e.objectId),
      fromState: e.from ?? null,
      toState: e.to ?? null,
      data: e.data ?? null,
      at: e.at,
    })
    .run();
}
