// npm run soak: the fault section. Each module under src/cli/faults/ puts the desk in one kind of
// trouble and prints what it measured, beside its budget. Measurements, not tests: the correctness
// of each fix is held by ordinary tests in `npm test`. FAULTS=lock,backup runs only some.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../paths.js";
import type { FaultFigure, FaultModule } from "./faults/figure.js";

const folder = join(PROJECT_ROOT, "src/cli/faults");
const only = process.env.FAULTS?.split(",").map((s) => s.trim());
const names = readdirSync(folder)
  .filter((f) => f.endsWith(".ts") && f !== "figure.ts")
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((n) => !only || only.includes(n))
  .sort();

const rows: FaultFigure[] = [];
let failed = false;
for (const name of names) {
  const mod = (await import(pathToFileURL(join(folder, `${name}.ts`)).href)) as FaultModule;
  const dir = mkdtempSync(join(tmpdir(), `hotline-soak-${name}-`));
  console.log(`\n## ${mod.title}`);
  try {
    for (const f of await mod.measure(dir)) {
      rows.push(f);
      if (f.ok === false) failed = true;
      const verdict = f.ok === undefined ? "" : f.ok ? "✓" : "✗";
      console.log(`${f.name.padEnd(58)} ${f.value.padEnd(26)} ${(f.budget ?? "").padEnd(22)} ${verdict}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(failed ? "\nSome fault figures are over budget." : "\nEvery fault figure is within budget.");
process.exitCode = failed ? 1 : 0;
