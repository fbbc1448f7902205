/**
 * The agenda screens: the list (upcoming first, then past), « Nouvel événement », the
 * editor's all-day switch (dates sent as days, end inclusive) and timed dates (sent
 * with Paris's offset), the end-before-start check before any call, server field
 * errors, and axe in both themes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../../components/admin/events/events-screen.ts';
import type { AdminEvents } from '../../../../components/admin/events/events-screen.ts';
import type { AdminEventEditor } from '../../../../components/admin/events/event-editor.ts';
import type { EventJson } from '../../../../contract/authoring.ts';
import { json, restoreFetch, stubFetch, type FetchCall } from '../../fixtures.ts';
import { API, NOW, SITE, rubriquesAnswer, sent } from '../articles/fixtures.ts';

function event(overrides: Partial<EventJson> = {}): EventJson {
  return {
    id: 'conseil-abc123',
    rubrique: 'actus',
    title: 'Conseil de classe',
    summary: '',
    location: 'Salle 12',
    start: '2026-11-30T17:00:00.000Z',
    end: '2026-11-30T19:00:00.000Z',
    allDay: false,
    mine: true,
    url: `/sites/${SITE}/evenements/conseil-abc123`,
    may: { edit: true, delete: true },
    ...overrides,
  };
}
const upcoming = [event(), event({ id: 'kermesse-aaaaaa', title: 'Kermesse', allDay: true, start: '2026-12-05T00:00:00.000Z', end: '2026-12-06T00:00:00.000Z', location: '' })];
const past = [event({ id: 'cross-bbbbbb', title: 'Cross', start: '2026-10-10T08:00:00.000Z', end: '2026-10-10T12:00:00.000Z' })];

function serve(more: (url: string, init: RequestInit | undefined) => Response | undefined = () => undefined): FetchCall[] {
  return stubFetch((url, init) => {
    const answer = more(url, init);
    if (answer) return answer;
    if (url.includes(`${API}/events?from=`)) return json({ events: upcoming });
    if (url.endsWith(`${API}/events?limit=50`)) return json({ events: [...upcoming].reverse().concat(past) });
    if (url.endsWith(`${API}/rubriques`)) return json(rubriquesAnswer);
    if (url.endsWith(`${API}/events/conseil-abc123/source`)) return json({ event: upcoming[0] });
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  });
}

async function openList(): Promise<AdminEvents> {
  const el = await fixture<AdminEvents>(html`<tuiles-admin-events site=${SITE} .now=${NOW}></tuiles-admin-events>`);
  await waitUntil(() => el.upcoming !== null || el.shadowRoot!.querySelector('[role="alert"]'), 'the list loads');
  await el.updateComplete;
  return el;
}

async function openEditor(id = ''): Promise<AdminEventEditor> {
  const screen = await fixture<AdminEvents>(html`<tuiles-admin-events site=${SITE} path=${id || 'nouveau'}></tuiles-admin-events>`);
  const el = screen.shadowRoot!.querySelector('tuiles-admin-event-editor')!;
  await waitUntil(() => !el.loading, 'the editor loads');
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLInputElement>(el: AdminEventEditor, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const labelOf = (el: AdminEventEditor, id: string) => el.shadowRoot!.querySelector(`label[for="${id}"]`)!.textContent!.trim();
const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const check = async (el: AdminEventEditor, on: boolean) => {
  const box = $(el, '#allDay');
  box.checked = on;
  box.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const choose = async (el: AdminEventEditor, slug: string) => {
  const select = $<HTMLSelectElement>(el, '#rubrique');
  select.value = slug;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const save = (el: AdminEventEditor) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Enregistrer')!.click();
const writes = (log: FetchCall[]) => log.filter((c) => c.init?.method === 'POST' || c.init?.method === 'PATCH');

describe('tuiles-admin-events', () => {
  afterEach(() => {
    restoreFetch();
    history.replaceState(null, '', location.pathname);
  });

  it('lists the events the viewer may edit, upcoming first then past, each linking to its editor', async () => {
    const log = serve();
    const el = await openList();
    expect(log[0].url).to.equal(`${API}/events?from=${encodeURIComponent(NOW.toISOString())}&limit=200`);
    const sections = [...el.shadowRoot!.querySelectorAll('section')].map((s) => [
      s.querySelector('h2')!.textContent,
      ...[...s.querySelectorAll('li')].map((li) => `${li.querySelector('a')!.getAttribute('href')} ${li.querySelector('.meta')!.textContent}`),
    ]);
    expect(sections).to.deep.equal([
      ['À venir', '#agenda/conseil-abc123 30 novembre 2026 à 18:00 — Actualités — Salle 12', '#agenda/kermesse-aaaaaa du 5 décembre 2026 au 6 décembre 2026 — Actualités'],
      ['Passés', '#agenda/cross-bbbbbb 10 octobre 2026 à 10:00 — Actualités — Salle 12'],
    ]);
    const create = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Nouvel événement')!;
    expect(create.getAttribute('href')).to.equal('#agenda/nouveau');
  });

  it('has the fields the agenda needs, with agenda rubriques where the viewer writes only', async () => {
    serve();
    const el = await openEditor();
    expect(['title', 'rubrique', 'allDay', 'start', 'end', 'location', 'summary'].map((id) => labelOf(el, id))).to.deep.equal([
      'Titre',
      'Rubrique',
      'Toute la journée',
      'Début',
      'Fin',
      'Lieu',
      'Résumé',
    ]);
    expect([...$<HTMLSelectElement>(el, '#rubrique').options].map((o) => o.textContent)).to.deep.equal(['Choisir une rubrique…', 'Actualités', 'Calendrier']);
  });

  it('sends an all-day event as its days, the end inclusive', async () => {
    const log = serve((url, init) => (init?.method === 'POST' ? json({ event: event({ id: 'kermesse-cccccc', title: 'Kermesse', allDay: true, start: '2026-12-05T00:00:00.000Z', end: '2026-12-06T00:00:00.000Z' }) }, 201) : undefined));
    const el = await openEditor();
    type($(el, '#title'), 'Kermesse');
    await choose(el, 'calendrier');
    await check(el, true);
    expect($(el, '#start').type).to.equal('date');
    expect($(el, '#end').type).to.equal('date');
    type($(el, '#start'), '2026-12-05');
    type($(el, '#end'), '2026-12-06');
    type($(el, '#location'), 'Cour');
    await el.updateComplete;
    save(el);
    await waitUntil(() => el.event !== null, 'created');
    expect(writes(log).map((c) => [c.init!.method, c.url, sent(c.init)])).to.deep.equal([
      ['POST', `${API}/events`, { rubrique: 'calendrier', title: 'Kermesse', location: 'Cour', summary: '', allDay: true, start: '2026-12-05', end: '2026-12-06' }],
    ]);
    expect(location.hash).to.equal('#agenda/kermesse-cccccc');
    await el.updateComplete;
    expect([$(el, '#start').value, $(el, '#end').value]).to.deep.equal(['2026-12-05', '2026-12-06'], 'the days as the server stored them');
  });

  it('switches between days and times, and sends times with Paris’s offset', async () => {
    const log = serve((_url, init) => (init?.method === 'PATCH' ? json({ event: upcoming[0] }) : undefined));
    const el = await openEditor('conseil-abc123');
    expect([$(el, '#start').type, $(el, '#start').value, $(el, '#end').value]).to.deep.equal(['datetime-local', '2026-11-30T18:00', '2026-11-30T20:00']);
    await check(el, true);
    expect([$(el, '#start').type, $(el, '#start').value, $(el, '#end').value]).to.deep.equal(['date', '2026-11-30', '2026-11-30']);
    await check(el, false);
    expect([$(el, '#start').value, $(el, '#end').value]).to.deep.equal(['2026-11-30T09:00', '2026-11-30T17:00']);
    type($(el, '#end'), '2026-11-30T19:30');
    await el.updateComplete;
    save(el);
    await waitUntil(() => writes(log).length === 1, 'saved');
    const body = sent(writes(log)[0].init);
    expect(writes(log)[0].url).to.equal(`${API}/events/conseil-abc123`);
    expect([body.allDay, body.start, body.end]).to.deep.equal([false, '2026-11-30T09:00:00+01:00', '2026-11-30T19:30:00+01:00']);
  });

  it('refuses an end before the start next to « Fin », without calling the server', async () => {
    const log = serve();
    const el = await openEditor();
    type($(el, '#title'), 'Réunion');
    await choose(el, 'actus');
    type($(el, '#start'), '2026-12-02T18:00');
    type($(el, '#end'), '2026-12-02T17:00');
    await el.updateComplete;
    save(el);
    await el.updateComplete;
    expect($(el, '#end-error').textContent).to.equal('La fin précède le début.');
    expect($(el, '#end').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#end'));
    expect(writes(log)).to.have.length(0);
    await check(el, true);
    type($(el, '#start'), '2026-12-03');
    type($(el, '#end'), '2026-12-02');
    save(el);
    await el.updateComplete;
    expect($(el, '#end-error').textContent).to.equal('La fin précède le début.', 'days too');
    expect(writes(log)).to.have.length(0);
  });

  it('shows the server’s field errors next to their fields', async () => {
    serve((_url, init) =>
      init?.method === 'PATCH' ? json({ error: { code: 'invalid', message: 'Certaines valeurs sont invalides.', fields: { rubrique: "cette rubrique n'a pas d'agenda" } } }, 400) : undefined,
    );
    const el = await openEditor('conseil-abc123');
    save(el);
    await waitUntil(() => el.errors.rubrique, 'the error comes back');
    await el.updateComplete;
    expect($(el, '#rubrique-error').textContent).to.equal("cette rubrique n'a pas d'agenda");
    expect($(el, '#rubrique').getAttribute('aria-invalid')).to.equal('true');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme (list and editor)`, async () => {
      serve();
      await emulateMedia({ colorScheme: theme });
      try {
        await expect(await openList()).to.be.accessible();
        await expect(await openEditor('conseil-abc123')).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

describe('leaving the events editor', () => {
  const realConfirm = window.confirm;
  afterEach(() => {
    window.confirm = realConfirm;
    restoreFetch();
  });

  it('asks « Quitter sans enregistrer ? » through the screen before the shell leaves unsaved work', async () => {
    const asked: string[] = [];
    let answer = false;
    window.confirm = (question?: string) => (asked.push(String(question)), answer);
    serve();
    const el = await openEditor('conseil-abc123');
    const screen = el.getRootNode() instanceof ShadowRoot ? ((el.getRootNode() as ShadowRoot).host as AdminEvents) : null;
    expect(screen!.confirmLeave()).to.equal(true, 'nothing changed');
    expect(asked).to.deep.equal([]);
    type($(el, '#location'), 'Salle 14');
    await el.updateComplete;
    expect(screen!.confirmLeave()).to.equal(false);
    expect(asked).to.deep.equal(['Quitter sans enregistrer ?']);
    expect($(el, '#location').value).to.equal('Salle 14');
    answer = true;
    expect(screen!.confirmLeave()).to.equal(true);
    expect(el.dirty).to.equal(false);
  });
});
