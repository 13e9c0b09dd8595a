// Every asset comes from the app itself (the intranet has no internet). Vendor files are served
// straight from node_modules so their version is the one package-lock.json pins.
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { AppEnv } from "../context.js";
import { PROJECT_ROOT } from "../paths.js";

const require = createRequire(import.meta.url);
const STATIC_DIR = join(PROJECT_ROOT, "static");
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const FONT_FILES = ["latin", "vietnamese"].flatMap((subset) =>
  [400, 600, 700].map((w) => `be-vietnam-pro-${subset}-${w}-normal.woff2`),
);

// A Map, not an object: the name comes from the URL, and "__proto__" or "toString" would find
// Object.prototype's members in a plain object.
const VENDOR = new Map<string, string>([
  ["htmx.min.js", join(pkgDir("htmx.org"), "dist/htmx.min.js")],
  ["htmx-sse.js", join(pkgDir("htmx-ext-sse"), "dist/sse.min.js")],
  ...FONT_FILES.map((f): [string, string] => [f, join(pkgDir("@fontsource/be-vietnam-pro"), "files", f)]),
]);

const LONG_CACHE = "public, max-age=604800";

export const assetRoutes = new Hono<AppEnv>();

assetRoutes.get("/vendor/:file", async (c, next) => {
  const path = VENDOR.get(c.req.param("file"));
  if (!path) return c.notFound();
  c.header("Cache-Control", LONG_CACHE);
  return serveStatic({ path })(c, next);
});

assetRoutes.use(
  "/*",
  serveStatic({
    root: STATIC_DIR,
    rewriteRequestPath: (p) => p.replace(/^\/static/, ""),
    onFound: (_path, c) => {
      c.header("Cache-Control", "public, max-age=3600");
    },
  }),
);

// A missing asset is a 404 here, before the login check could turn it into a redirect.
assetRoutes.all("*", (c) => c.text("Not found", 404));
