/** What the HTTP route and middleware tests share: addresses, a JSON POST, and the per-test app's end. */
import assert from 'node:assert/strict';
import type { testApp } from '../support/harness.ts';

export type TestApp = Awaited<ReturnType<typeof testApp>>;

export const BASE = 'http://localhost';
export const PUBLIC_HOME = `${BASE}/api/sites/college-test/pages/public-home`;
export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** After each test: its database goes, and the app must have logged nothing unexpected. */
export async function finish(t: TestApp | undefined): Promise<void> {
  if (!t) return;
  await t.drop();
  assert.deepEqual(t.errors, [], 'logged nothing unexpected');
}
