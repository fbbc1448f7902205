/**
 * Annonces on `/moi`, in Chromium against the real server and the demo school: the
 * parent of a 3e pupil sees the alerte to parents of 3e, a 6e pupil does not; marking
 * it read removes the unread mark, still gone after a reload.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, demo, launchBrowser, pageRendered, startTuiles, watchPage, type Running } from './harness.ts';
import { demoSharedPassword } from '../../server/demo/school.ts';

const doc = demo();
const alerte = doc.annonces!.find((a) => a.kind === 'alerte')!;
const pupilsInfo = doc.annonces!.find((a) => a.targets.some((t) => t.profile === 'eleve'))!;
// Laurent Perrin is Lucas's father (3e D); Hugo Lefebvre is in 6e A.
const parentOf3e = doc.users.find((u) => u.login === 'laurent.perrin')!;
const pupilOf6e = doc.users.find((u) => u.login === 'hugo.lefebvre')!;

describe('annonces on /moi', () => {
  let server: Running;
  let browser: Browser;

  before(async () => {
    assert.equal(parentOf3e.niveau, '3e');
    assert.equal(pupilOf6e.niveau, '6e');
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function personalPage(login: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await watchPage(page);
    await page.goto(`${server.url}/moi`);
    await page.getByLabel('Identifiant').fill(login);
    await page.getByLabel('Mot de passe').fill(demoSharedPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    await pageRendered(page);
    return page;
  }

  const itemOf = (page: Page, title: string) => page.locator('tuiles-annonces [part~="item"]', { hasText: title });

  test('the parent of a 3e pupil sees the alerte, unread, first', async () => {
    const page = await personalPage(parentOf3e.login);
    const item = itemOf(page, alerte.title);
    await item.waitFor();
    assert.equal((await item.locator('[part="kind"]').innerText()).trim(), 'Alerte');
    assert.equal((await item.locator('[part="unread"]').innerText()).trim(), 'Non lue');
    const first = page.locator('tuiles-annonces [part~="item"]').first();
    assert.match(await first.innerText(), new RegExp(alerte.title));
    assert.equal(await itemOf(page, pupilsInfo.title).count(), 0, 'the pupils’ information is not for parents');
    assert.deepEqual(await axeViolations(page), []);

    await item.getByRole('button', { name: /Marquer comme lu/ }).click();
    await item.locator('[part="unread"]').waitFor({ state: 'detached' });
    assert.equal(await item.getByRole('button', { name: /Marquer comme lu/ }).count(), 0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    await pageRendered(page);
    const again = itemOf(page, alerte.title);
    await again.waitFor();
    assert.equal(await again.locator('[part="unread"]').count(), 0, 'still read after a reload');
    assert.equal(await again.getByRole('button', { name: /Marquer comme lu/ }).count(), 0);
    await page.context().close();
  });

  test('a 6e pupil does not see it, and sees the information to all pupils', async () => {
    const page = await personalPage(pupilOf6e.login);
    await itemOf(page, pupilsInfo.title).waitFor();
    assert.equal((await itemOf(page, pupilsInfo.title).locator('[part="kind"]').innerText()).trim(), 'Information');
    assert.equal(await itemOf(page, alerte.title).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});
