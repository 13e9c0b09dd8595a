// Vitest global setup: migrate one database before any test runs, so that each test desk starts
// from a copy of it instead of running every migration again (as Epic Stack's test setup does).
// Each desk still gets a file of its own; openDatabase migrates the copy too, so a migration added
// while `vitest --watch` runs is applied to every new desk all the same.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "hotline-template-"));
  const path = join(dir, "template.sqlite");
  const db = openDatabase(path);
  // Closing the last connection folds the write-ahead log into the file: one file to copy.
  db.$client.close();
  project.provide("templateDatabase", path);
  return () => rmSync(dir, { recursive: true, force: true });
}
