import { describe, expect, it } from "vitest";
import { QUESTION_STATUSES } from "../../../db/schema.js";
import { InvalidTransition } from "../../../src/domain/errors.js";
import { canHappen, isOpen, nextStatus } from "../../../src/domain/workflow.js";

describe("question workflow", () => {
  it("follows the lifecycle new → assigned ⇄ waiting_info → answered → closed", () => {
    expect(nextStatus("new", "route")).toBe("assigned");
    expect(nextStatus("assigned", "clarify")).toBe("waiting_info");
    expect(nextStatus("waiting_info", "reply")).toBe("assigned");
    expect(nextStatus("assigned", "answer")).toBe("answered");
    expect(nextStatus("answered", "close")).toBe("closed");
    expect(nextStatus("closed", "reopen")).toBe("reopened");
    expect(nextStatus("reopened", "answer")).toBe("answered");
    expect(nextStatus("assigned", "withdraw")).toBe("withdrawn");
    expect(nextStatus("new", "mark_duplicate")).toBe("duplicate");
  });
  it("reassigning keeps a paused question paused and makes a new one assigned", () => {
    expect(nextStatus("waiting_info", "assign")).toBe("waiting_info");
    expect(nextStatus("new", "assign")).toBe("assigned");
    expect(nextStatus("reopened", "assign")).toBe("reopened");
  });
  it("refuses what the lifecycle does not allow", () => {
    expect(() => nextStatus("answered", "answer")).toThrow(InvalidTransition);
    expect(() => nextStatus("closed", "close")).toThrow(InvalidTransition);
    expect(() => nextStatus("waiting_info", "answer")).toThrow(InvalidTransition);
    expect(() => nextStatus("withdrawn", "assign")).toThrow(InvalidTransition);
  });
  it("ends in no event from withdrawn or duplicate", () => {
    for (const s of ["withdrawn", "duplicate"] as const) {
      for (const e of ["route", "assign", "clarify", "reply", "answer", "close", "reopen", "withdraw", "mark_duplicate"] as const) {
        expect(canHappen(s, e)).toBe(false);
      }
    }
  });
  it("counts exactly new, assigned, waiting_info and reopened as open", () => {
    expect(QUESTION_STATUSES.filter(isOpen)).toEqual(["new", "assigned", "waiting_info", "reopened"]);
  });
});
