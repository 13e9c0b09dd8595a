// Start the desk: read config, open and migrate the database, create reference (and demo) data, listen.
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { startJobs } from "./jobs.js";
import { loadConfig } from "./config.js";
import { openDatabaseWhenFree } from "./db.js";
import { ensureReferenceData } from "./services/reference-data.js";
import { indexAtStart } from "./search/index.js";
import { seedDemoIfEmpty } from "./services/demo-seed.js";
import { linkCitationsAtStart } from "./services/regulation-links.js";

const config = loadConfig();
const db = await openDatabaseWhenFree(config.databasePath, () =>
  console.log("Cơ sở dữ liệu đang được một lệnh khác dùng riêng (kb:import một tệp lớn?): chờ lệnh đó xong rồi khởi động."),
);
const clock = () => new Date();
indexAtStart(db); // databases from before an index existed
linkCitationsAtStart(db); // citations written before the register could be followed (0012)
ensureReferenceData(db, clock());
if (config.seedDemo) {
  const logins = await seedDemoIfEmpty(db, clock(), config);
  if (logins) {
    console.log("Dữ liệu mẫu đã được tạo. Tài khoản demo (mật khẩu chung: %s):", logins.password);
    for (const l of logins.accounts) console.log(`  ${l.username.padEnd(14)} ${l.label}`);
  }
}

// Every live stream holds an open file: its caps come from the process's limit (issue 14).
const { limit, source } = config.openFiles;
console.log(`Live streams: at most ${config.liveStreamsPerUser} per user and ${config.liveStreamsMax} in all (open-file limit ${limit}, ${source})`);

const deps = { db, config, clock };
const app = createApp(deps);
const stopJobs = startJobs(deps);
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  console.log(`Hotline desk listening on http://${info.address}:${info.port} (database: ${config.databasePath})`);
});

// Graceful stop: finish in-flight requests, then close the database so the WAL is checkpointed.
function shutdown(signal: string) {
  console.log(`${signal}: shutting down`);
  stopJobs();
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
  // Idle keep-alive connections would hold close() open; in-flight requests still finish.
  if ("closeIdleConnections" in server) server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
