// The signed-in user, for the layout and for pages that adapt to who is looking. The session
// middleware sets it once per request (src/auth/middleware.ts); views read it here from the
// request's render context (render-context.ts), like the hotline numbers, instead of a prop on
// every page.
import type { CurrentUser } from "../src/model.js";
import { renderContext } from "./render-context.js";

// null: nobody signed in (the login page, an error before login).
export function viewerOrNull(): CurrentUser | null {
  return renderContext()?.user() ?? null;
}

// For pages behind login: requireUser has let only a signed-in user through.
export function viewer(): CurrentUser {
  const user = viewerOrNull();
  if (!user) throw new Error("a signed-in page rendered without a signed-in user");
  return user;
}
