// Waiting for something to happen instead of sleeping for a guessed time: a test then takes as long
// as the machine needs, and says what it was waiting for when it never came.
export async function until(condition: () => boolean, ms: number, what = "condition"): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
