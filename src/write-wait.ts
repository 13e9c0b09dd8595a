// While another process holds the database's write lock (a kb:import, user:add, a backup, a second
// server), a request that writes waits here, between turns of the event loop, so pages, /healthz
// and live streams go on; after config.writeWaitMs it is answered 503 with nothing saved.
// SQLite's own busy_timeout waits inside the statement, stopping the whole server: the desk keeps
// it short, for the rare case where another writer slips in between this wait and the write.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context.js";
import { DatabaseBusy, waitForWriteLock, type DB } from "./db.js";

const REQUEST_BUSY_TIMEOUT_MS = 200;

export function waitBriefly(db: DB): void {
  db.$client.pragma(`busy_timeout = ${REQUEST_BUSY_TIMEOUT_MS}`);
}

export const waitForWrites = createMiddleware<AppEnv>(async (c, next) => {
  const { db, config } = c.get("deps");
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && !(await waitForWriteLock(db, config.writeWaitMs))) throw new DatabaseBusy();
  await next();
});
