/**
 * What the /admin end-to-end tests share: the demo's staff (who may do what in the demo
 * school, server/demo/people.ts), logging in as one of them, the newest public articles
 * of some rubriques (what an anonymous news tile shows first), and the keyboard-only
 * tools: moving focus with Tab alone and counting every mouse or pointer event the page
 * receives.
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoAccounts, demoSharedPassword } from '../../server/demo/school.ts';
import { demo, type Running } from './harness.ts';

export const SITE = 'college-jean-moulin';

/**
 * The demo's staff the flows need:
 * - admin.demo, the site admin;
 * - karim.haddad (assistant d'éducation), rédacteur of « Vie de l'établissement » (every
 *   personnel is) and of « Vie scolaire »: he may write and submit, not publish;
 * - olivier.garnier (principal adjoint), modérateur of « Vie de l'établissement ».
 */
export const ADMIN = 'admin.demo';
export const REDACTEUR = 'karim.haddad';
export const MODERATEUR = 'olivier.garnier';
export const REDACTEUR_RUBRIQUE = { slug: 'vie-etablissement', title: "Vie de l'établissement" };

export const passwordOf = (login: string) => demoAccounts.find((a) => a.login === login)?.password ?? demoSharedPassword;
export const displayNameOf = (login: string) => {
  const user = demo().users.find((u) => u.login === login);
  assert.ok(user, `no demo account ${login}`);
  return user.displayName;
};

/** Logs in through /moi's form, as a person would; resolves on the greeting. */
export async function logInAtMoi(page: Page, server: Running, login: string): Promise<void> {
  await page.goto(`${server.url}/moi`);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(passwordOf(login));
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: `Bonjour ${displayNameOf(login)}` }).waitFor();
}

/** Logs the context in through the API (no page, no mouse): the session cookie is set for its pages. */
export async function logInByApi(context: BrowserContext, server: Running, login: string): Promise<void> {
  const res = await context.request.post(`${server.url}/api/auth/login`, {
    data: { login, password: passwordOf(login) },
    headers: { Origin: server.url },
  });
  assert.equal(res.status(), 200, `login ${login}: ${res.status()} ${await res.text()}`);
}

/** /admin on the demo site, at a screen (`pages`, `articles/nouveau`, `a-valider`…). */
export const adminUrl = (server: Running, hash: string) => `${server.url}/admin?site=${SITE}#${hash}`;

/**
 * Titles of the published, due articles of these public rubriques, newest activity
 * first: what an anonymous news tile on them lists, in order.
 */
export function newestPublicTitles(rubriques: string[]): string[] {
  const now = Date.now();
  const activity = (a: { publishedAt: string; updatedAt?: string }) => Date.parse(a.updatedAt ?? a.publishedAt);
  return demo()
    .articles.filter((a) => rubriques.includes(a.rubrique) && a.status === 'published' && Date.parse(a.publishedAt) <= now)
    .sort((a, b) => activity(b) - activity(a))
    .map((a) => a.title);
}

/** The titles of a rendered news tile's items, in order (the tile found by its heading). */
export async function newsTitles(page: Page, tileTitle: string): Promise<string[]> {
  const tile = page.locator('tuiles-news').filter({ has: page.getByRole('heading', { name: tileTitle, exact: true }) });
  assert.equal(await tile.count(), 1, `one news tile titled « ${tileTitle} »`);
  return (await tile.locator('[part~="item"] [part~="title"]').allInnerTexts()).map((t) => t.trim());
}

/**
 * The element that has focus, through shadow roots (document.activeElement stops at the
 * first shadow host). A string: tsx would wrap a named inner function in a helper the
 * page does not have.
 */
const deepActiveScript = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el;
})()`;

/** Whether `target` (one element) has the focus. */
export async function hasFocus(page: Page, target: Locator): Promise<boolean> {
  const active = await page.evaluateHandle(deepActiveScript);
  try {
    return await target.evaluate((el, focused) => el === focused, active);
  } finally {
    await active.dispose();
  }
}

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  const active = await page.evaluateHandle(deepActiveScript);
  try {
    return await active.evaluate((el) => {
      if (!(el instanceof HTMLElement)) return '(nothing)';
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${name}`;
    });
  } finally {
    await active.dispose();
  }
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user walks the
 * page; fails after `max` presses. Never clicks, never calls focus().
 */
export async function tabTo(page: Page, target: Locator, { max = 120, backwards = false } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(page, target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${target} in ${max} presses; focus is on ${await describeFocus(page)}`);
}

/** Mouse and pointer events a keyboard user never produces (a keyboard `click` has detail 0). */
const pointerEvents = ['mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseenter', 'dblclick', 'contextmenu', 'wheel', 'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'touchstart'];

/**
 * Counts, in every page of the context, each mouse or pointer event and each click made
 * with a pointer (Enter or Space on a button also fire `click`, with `detail` 0 and no
 * pointer type: those are the keyboard's own and not counted).
 */
export async function countPointerEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    const seen = (window.__pointerEvents = []);
    for (const type of ${JSON.stringify(pointerEvents)}) {
      window.addEventListener(type, (event) => seen.push(type), { capture: true });
    }
    window.addEventListener('click', (event) => {
      if (event.detail > 0 || (event.pointerType && event.pointerType !== '')) seen.push('click (pointer)');
    }, { capture: true });
  })()`);
}

/** The mouse or pointer events the page has received since it loaded. */
export function pointerEventsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pointerEvents: string[] }).__pointerEvents);
}

/** Polls `check` until it holds (every 100 ms, 15 s at most); fails naming `what`. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`still not true after ${timeoutMs / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Of the headings named `among` (h1–h6, shadow roots included, in document order), the
 * last one before the first text containing `text`: the group a list item sits in. A
 * script string, for the same reason as deepActiveScript.
 */
export function headingAbove(page: Page, text: string, among: string[]): Promise<string | null> {
  return page.evaluate(`(() => {
    const wanted = ${JSON.stringify(text)};
    const groups = ${JSON.stringify(among)};
    let last = null;
    let found = null;
    const walk = (node) => {
      if (found !== null) return;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) {
        if (found !== null) return;
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data.includes(wanted)) found = last;
        } else if (/^H[1-6]$/.test(child.nodeName) && groups.some((g) => child.textContent.trim().startsWith(g))) {
          last = groups.find((g) => child.textContent.trim().startsWith(g));
        } else walk(child);
      }
    };
    walk(document.body);
    return found;
  })()`) as Promise<string | null>;
}
