// When a login may be tried again. Failures count per (account, address) and per address, within a
// window; a success clears the account's count from that address. There is no lock on an account
// as such: an attacker elsewhere cannot keep its owner out, and every block ends by itself.
// A device the account has signed in from counts its failures per (account, device) instead, with
// no address limit: one address (a proxy, a NAT) spraying names cannot keep it out (decision 009).
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_PER_ADDRESS = 30;

// `accountFailures` / `addressFailures`: instants (ms) of failures within the window, oldest first,
// the account's counted only since its last success from that address.
export function retryAfterMs(accountFailures: number[], addressFailures: number[], now: number): number {
  const wait = (failures: number[], max: number) =>
    failures.length >= max ? Math.max(0, failures[failures.length - max]! + WINDOW_MS - now) : 0;
  return Math.max(wait(accountFailures, MAX_PER_ACCOUNT_AND_ADDRESS), wait(addressFailures, MAX_PER_ADDRESS));
}
