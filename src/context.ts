// What every handler can read from the context: set once per request by the session middleware.
import type { Config } from "./config.js";
import type { DB } from "./db.js";
import type { Session } from "./auth/session.js";
import type { CurrentUser } from "./model.js";

export interface AppDeps {
  db: DB;
  config: Config;
  clock: () => Date;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    user: CurrentUser | null;
    session: Session | null;
  };
};

// After requireUser: the user is certainly there.
export type AuthedEnv = {
  Variables: AppEnv["Variables"] & { user: CurrentUser; session: Session };
};
