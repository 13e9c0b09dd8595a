// Routing a new question: an active answerer with a matching specialty and the fewest
// open questions; ties go to whoever has waited longest since their last assignment. With no
// specialist, the question goes to whoever is on duty today ("work of the day is handed to the
// shift"), and failing that to any active answerer. Phone calls that need research go to the
// person on duty first. Pure: the caller loads the candidates.
export interface RoutingCandidate {
  id: number;
  specialties: readonly number[]; // category ids
  openCount: number;
  lastAssignedAt: number | null; // epoch ms; null = never assigned, which counts as longest ago
  onDuty?: boolean;
}

export function chooseAssignee(
  candidates: readonly RoutingCandidate[],
  categoryId: number,
  opts: { dutyFirst?: boolean } = {},
): number | null {
  const specialists = candidates.filter((c) => c.specialties.includes(categoryId));
  const onDuty = candidates.filter((c) => c.onDuty);
  const pools = opts.dutyFirst ? [onDuty, specialists, candidates] : [specialists, onDuty, candidates];
  const pool = pools.find((p) => p.length > 0) ?? [];
  let best: RoutingCandidate | null = null;
  for (const c of pool) if (!best || better(c, best)) best = c;
  return best?.id ?? null;
}

function better(a: RoutingCandidate, b: RoutingCandidate): boolean {
  if (a.openCount !== b.openCount) return a.openCount < b.openCount;
  const la = a.lastAssignedAt ?? -Infinity;
  const lb = b.lastAssignedAt ?? -Infinity;
  if (la !== lb) return la < lb;
  return a.id < b.id; // deterministic last resort
}
