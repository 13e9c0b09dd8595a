// In-process background work, once a minute. Every job is idempotent and keeps its state in the
// database, so a restart or a missed tick loses nothing.
import type { AppDeps } from "./context.js";
import { waitForWriteLock } from "./db.js";
import { loadCalendar } from "./services/calendar.js";
import { autoCloseAnswered, sendDeadlineAlerts } from "./services/deadline-watch.js";

export function runJobsOnce({ db, config, clock }: AppDeps): void {
  const now = clock();
  const cal = loadCalendar(db, config.timeZone);
  sendDeadlineAlerts(db, now, cal);
  autoCloseAnswered(db, now, cal, config.autoCloseWorkingDays);
}

export function startJobs(deps: AppDeps, everyMs = 60_000): () => void {
  // While another process holds the write lock the jobs wait for it between turns of the event loop
  // (a wait inside SQLite would stop the desk), or leave the work to the next tick.
  const tick = async () => {
    try {
      if (await waitForWriteLock(deps.db, everyMs / 2)) runJobsOnce(deps);
    } catch (e) {
      console.error(`[${new Date().toISOString()}] background job failed`, e);
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
