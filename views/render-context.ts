// What every page may show besides its own content — the signed-in user (the navigation, pages that
// adapt to who is looking) and the hotline numbers (the footer) — without a prop on every page.
// The request sets it around its own render (src/desk-context.ts). Rendering is synchronous (no view
// is an async component), so a module variable set for exactly that call is the request's and no
// other's: nothing else runs until it returns. AsyncLocalStorage did the same at the cost of a hook
// on every promise of every request, +10–15 % of the search API's throughput (decision 004).
import type { CurrentUser, Hotline } from "../src/model.js";

export interface RenderContext {
  user(): CurrentUser | null;
  hotlines(): Hotline[];
}

let current: RenderContext | null = null;

export function renderWith<T>(context: RenderContext, render: () => T): T {
  const outer = current;
  current = context;
  try {
    return render();
  } finally {
    current = outer;
  }
}

// null outside a request's render (a view rendered on its own, as in unit tests).
export const renderContext = (): RenderContext | null => current;
