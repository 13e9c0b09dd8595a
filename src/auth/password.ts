// argon2id with OWASP's minimum parameters (19 MiB, 2 passes), as Lucia's reference example uses.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

// A real hash of nothing, so that an unknown username costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function spendPasswordTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password");
  await verifyPassword(await dummyHash, password);
}
