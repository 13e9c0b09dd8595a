// The hand-over rules: which picked questions are stale, and who takes which question.
import { describe, expect, it } from "vitest";
import { recipientsOf, shareOut, staleQuestions, type PickedQuestion } from "../../../src/domain/handover.js";

const picked = (questionId: number, toUserId: number | null = null, seenStatus: PickedQuestion["seenStatus"] = "assigned"): PickedQuestion => ({ questionId, seenStatus, toUserId });

describe("staleQuestions", () => {
  it("names each question that moved since the form was drawn, and why", () => {
    const held = new Map([
      [1, { id: 1, status: "assigned" as const, assigneeId: 7 }],
      [2, { id: 2, status: "answered" as const, assigneeId: 7 }],
      [3, { id: 3, status: "assigned" as const, assigneeId: 8 }],
      [4, { id: 4, status: "waiting_info" as const, assigneeId: 7 }],
    ]);
    expect(staleQuestions([picked(1), picked(2), picked(3), picked(4), picked(5)], held, 7)).toEqual([
      { questionId: 2, reason: "settled", status: "answered" },
      { questionId: 3, reason: "not_yours", status: "assigned" },
      { questionId: 4, reason: "changed", status: "waiting_info" },
      { questionId: 5, reason: "gone", status: null },
    ]);
    expect(staleQuestions([picked(4, null, "waiting_info")], held, 7)).toEqual([]);
  });
});

describe("shareOut", () => {
  it("deals the questions in turn, most urgent first, to whoever holds fewest", () => {
    expect([...shareOut([picked(1), picked(2), picked(3), picked(4), picked(5)], [10, 20]).entries()]).toEqual([
      [1, 10],
      [2, 20],
      [3, 10],
      [4, 20],
      [5, 10],
    ]);
  });

  it("keeps a choice made in a row and counts it in the split", () => {
    expect([...shareOut([picked(1), picked(2), picked(3, 10)], [10, 20]).entries()].sort()).toEqual([
      [1, 20],
      [2, 10],
      [3, 10],
    ]);
  });

  it("gives everything to the one recipient", () => {
    expect([...shareOut([picked(1), picked(2)], [10]).values()]).toEqual([10, 10]);
  });
});

describe("recipientsOf", () => {
  it("takes the ticked people, then anyone chosen only in a row, once each", () => {
    expect(recipientsOf([20, 10], [picked(1, 30), picked(2, 10), picked(3)])).toEqual([20, 10, 30]);
  });
});
