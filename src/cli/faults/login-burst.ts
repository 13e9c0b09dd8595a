// Fault: a parallel burst of wrong passwords at one account (issue 14, items 2 and 3). The desk is
// served in-process on a free port against a fresh database; every attempt comes from one address,
// as behind a reverse proxy. A 401 is an attempt whose password was checked, a 429 one throttled
// before it: the checked ones must stay within the limit. Then the owner, from the browser they
// signed in from before the burst, must still get in.
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db.js";
import { MAX_PER_ACCOUNT_AND_ADDRESS } from "../../domain/login-throttle.js";
import { createUser } from "../../services/users.js";
import type { FaultFigure } from "./figure.js";

export const title = "Login throttling: a parallel burst of wrong passwords from one address";

const BURST = 50;
const USERNAME = "canbo";
const PASSWORD = "mat-khau-dung-2026";

export async function measure(workDir: string): Promise<FaultFigure[]> {
  const databasePath = join(workDir, "desk.sqlite");
  const db = openDatabase(databasePath);
  const clock = () => new Date();
  await createUser(db, null, { username: USERNAME, name: "Cán bộ thử", password: PASSWORD, roles: ["officer"] }, clock());
  const server = serve({ fetch: createApp({ db, config: { ...loadConfig({}), databasePath }, clock }).fetch, hostname: "127.0.0.1", port: 0 }) as Server;
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = async (password: string, cookie = "") => {
    const res = await fetch(`${url}/login`, {
      method: "POST",
      body: new URLSearchParams({ username: USERNAME, password }),
      headers: { origin: url, cookie },
      redirect: "manual",
    });
    await res.arrayBuffer();
    return res;
  };
  try {
    const device = (await login(PASSWORD)).headers.getSetCookie().find((c) => c.startsWith("device="))?.split(";")[0];
    const started = performance.now();
    const statuses = (await Promise.all(Array.from({ length: BURST }, () => login("sai-mat-khau")))).map((r) => r.status);
    const took = performance.now() - started;
    const checked = statuses.filter((s) => s === 401).length;
    const throttled = statuses.filter((s) => s === 429).length;
    const other = BURST - checked - throttled;
    const owner = (await login(PASSWORD, device)).status;
    return [
      {
        name: `throttled vs checked attempts in a parallel burst of ${BURST}`,
        value: `${throttled} throttled, ${checked} checked${other ? `, ${other} other` : ""}`,
        budget: `checked ≤ ${MAX_PER_ACCOUNT_AND_ADDRESS}`,
        ok: checked <= MAX_PER_ACCOUNT_AND_ADDRESS && other === 0,
      },
      { name: "burst answered in", value: `${Math.round(took)} ms` },
      { name: "owner's known browser signs in after the burst", value: `HTTP ${owner}`, budget: "303", ok: owner === 303 },
    ];
  } finally {
    server.closeAllConnections();
    server.close();
    db.$client.close();
  }
}
