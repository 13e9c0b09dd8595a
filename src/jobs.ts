// In-process background work, once a minute. Every job is idempotent and keeps its state in the
// database, so a restart or a missed tick loses nothing.
import type { AppDeps } from "./context.js";
import { loadCalendar } from "./services/calendar.js";
import { autoCloseAnswered, sendDeadlineAlerts } from "./services/deadline-watch.js";

export function runJobsOnce({ db, config, clock }: AppDeps): void {
  const now = clock();
  const cal = loadCalendar(db, config.timeZone);
  sendDeadlineAlerts(db, now, cal);
  autoCloseAnswered(db, now, cal, config.autoCloseWorkingDays);
}

export function startJobs(deps: AppDeps, everyMs = 60_000): () => void {
  const tick = () => {
    try {
      runJobsOnce(deps);
    } catch (e) {
      console.error(`[${new Date().toISOString()}] background job failed`, e);
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
