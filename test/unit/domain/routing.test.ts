import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseAssignee, type RoutingCandidate } from "../../../src/domain/routing.js";

const c = (id: number, specialties: number[], openCount: number, lastAssignedAt: number | null = null): RoutingCandidate => ({
  id,
  specialties,
  openCount,
  lastAssignedAt,
});

describe("chooseAssignee", () => {
  it("prefers a specialist even when busier than others", () => {
    expect(chooseAssignee([c(1, [], 0), c(2, [7], 5)], 7)).toBe(2);
  });
  it("among specialists, the fewest open questions wins", () => {
    expect(chooseAssignee([c(1, [7], 3), c(2, [7], 1), c(3, [7], 2)], 7)).toBe(2);
  });
  it("ties go to whoever waited longest since the last assignment; never assigned counts as longest", () => {
    expect(chooseAssignee([c(1, [7], 1, 500), c(2, [7], 1, 100)], 7)).toBe(2);
    expect(chooseAssignee([c(1, [7], 1, 100), c(2, [7], 1, null)], 7)).toBe(2);
  });
  it("with no specialist, falls back to any answerer by the same rules", () => {
    expect(chooseAssignee([c(1, [3], 2), c(2, [4], 0)], 7)).toBe(2);
  });
  it("with no specialist, prefers whoever is on duty", () => {
    expect(chooseAssignee([c(1, [], 0), { ...c(2, [], 3), onDuty: true }], 7)).toBe(2);
    expect(chooseAssignee([{ ...c(1, [7], 4) }, { ...c(2, [], 0), onDuty: true }], 7)).toBe(1);
  });
  it("phone calls go to the person on duty first, even past a specialist", () => {
    expect(chooseAssignee([c(1, [7], 0), { ...c(2, [], 3), onDuty: true }], 7, { dutyFirst: true })).toBe(2);
    expect(chooseAssignee([c(1, [7], 0), c(2, [], 0)], 7, { dutyFirst: true })).toBe(1);
  });
  it("returns null when nobody can take it", () => {
    expect(chooseAssignee([], 7)).toBeNull();
  });
  it("always picks a least-loaded member of the right pool", () => {
    const cand = fc.record({
      id: fc.integer({ min: 1, max: 1000 }),
      specialties: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
      openCount: fc.nat(10),
      lastAssignedAt: fc.option(fc.nat(1_000_000), { nil: null }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(cand, { selector: (x) => x.id, minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (cands, cat) => {
        const chosen = cands.find((x) => x.id === chooseAssignee(cands, cat))!;
        const specialists = cands.filter((x) => x.specialties.includes(cat));
        const pool = specialists.length ? specialists : cands; // nobody is on duty here
        expect(pool).toContain(chosen);
        expect(chosen.openCount).toBe(Math.min(...pool.map((x) => x.openCount)));
      }),
    );
  });
});
