/**
 * How long a test waits for something the product does (a delivery processed, a message sent, a child process to
 * print, answer or exit) before it fails naming what it waited for. Generous, since the suite must pass on a busy
 * 2-core machine running several suites at once; below vitest's testTimeout, so the failure names the wait.
 */
export const waitLimitMs = 60_000;
