import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../components/tiles/agenda/agenda.ts';
import type { TuilesAgenda } from '../../../components/tiles/agenda/agenda.ts';
import type { AgendaConfig, AgendaData } from '../../../contract/tiles/agenda.ts';
import type { TileResponse } from '../../../contract/api.ts';
import { NOW, SERVER, all, clean, event, json, one, pendingFetch, restoreFetch, stubFetch, text, unreachable, until } from '../fixtures.ts';

const config: AgendaConfig = {
  title: 'Agenda',
  rubriques: ['vie-scolaire'],
  max: 6,
  showDates: true,
  showSummary: true,
  showLocation: true,
};

const data: AgendaData = {
  items: [
    event(),
    event({
      id: 'e2',
      title: 'Marché de Noël',
      summary: '',
      location: '',
      start: '2026-12-05T00:00:00Z',
      end: '2026-12-07T00:00:00Z',
      allDay: true,
      url: '/evenements/e2',
    }),
    event({ id: 'e3', title: 'Rentrée de janvier', start: '2027-01-04T07:30:00Z', end: '2027-01-04T07:30:00Z', url: '' }),
  ],
};

function agenda(c: Partial<AgendaConfig> = config, d: AgendaData | null = data, lang = 'fr') {
  return fixture<TuilesAgenda>(
    html`<tuiles-agenda lang=${lang} server=${SERVER} .config=${c} .data=${d} .now=${NOW}></tuiles-agenda>`,
  );
}

function tileResponse(d: AgendaData): TileResponse {
  return { site: { slug: 'college-carladez', name: 'Collège Carladez' }, tile: { id: 'agenda', type: 'agenda', config, data: d } };
}

describe('<tuiles-agenda>', () => {
  afterEach(restoreFetch);

  it('renders one list item per event with its title linked to the event', async () => {
    const el = await agenda();
    expect(text(el, 'h2')).to.equal('Agenda');
    expect(all(el, 'ul > li')).to.have.length(3);
    const links = all(el, 'li a') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(['https://ent.example/evenements/e1', 'https://ent.example/evenements/e2']);
    expect(text(el, 'li:nth-child(3) h3')).to.equal('Rentrée de janvier');
  });

  it('dates timed events in the viewer time zone and all-day events on their own days, in French', async () => {
    const el = await agenda();
    const times = all(el, 'time') as HTMLTimeElement[];
    expect(clean(times[0].textContent)).to.equal('lun. 30 nov., 18:00 – 20:00');
    expect(times[0].dateTime).to.equal('2026-11-30T17:00:00Z');
    expect(clean(times[1].textContent)).to.equal('sam. 5 – lun. 7 déc.');
    expect(clean(times[2].textContent)).to.equal('lun. 4 janv. 2027, 08:30');
  });

  it('shows a calendar badge hidden from screen readers', async () => {
    const el = await agenda();
    const badge = one(el, '[part="badge"]');
    expect(badge.getAttribute('aria-hidden')).to.equal('true');
    expect(text(el, '.badge .day')).to.equal('30');
    expect(text(el, '.badge .month')).to.equal('nov');
  });

  it('switches dates and labels to English with lang="en"', async () => {
    const el = await agenda({ ...config, title: undefined }, data, 'en');
    expect(text(el, 'h2')).to.equal('Events');
    expect(clean(all(el, 'time')[0].textContent)).to.equal('Mon, Nov 30, 6:00 – 8:00 PM');
    expect(text(el, '[part="location"] .visually-hidden')).to.equal('Location:');
  });

  it('shows the location with a label for screen readers', async () => {
    const el = await agenda();
    expect(text(el, '[part="location"]')).to.equal('Lieu : Salle polyvalente');
  });

  it('hides dates and badges when showDates is false', async () => {
    const el = await agenda({ ...config, showDates: false });
    expect(all(el, 'time, [part="badge"]')).to.have.length(0);
  });

  it('hides résumés when showSummary is false', async () => {
    expect(all(await agenda(), '[part="summary"]')).to.have.length(2);
    expect(all(await agenda({ ...config, showSummary: false }), '[part="summary"]')).to.have.length(0);
  });

  it('hides locations when showLocation is false', async () => {
    expect(all(await agenda(), '[part="location"]')).to.have.length(2);
    expect(all(await agenda({ ...config, showLocation: false }), '[part="location"]')).to.have.length(0);
  });

  it('shows at most max events', async () => {
    expect(all(await agenda({ ...config, max: 1 }), 'li')).to.have.length(1);
  });

  it('says there is no upcoming event when the list is empty', async () => {
    const el = await agenda(config, { items: [] });
    expect(text(el, '[part="empty"]')).to.equal('Aucun événement à venir');
    const en = await agenda(config, { items: [] }, 'en');
    expect(text(en, '[part="empty"]')).to.equal('No upcoming events');
  });

  it('shows an error card when the data is null', async () => {
    const el = await agenda(config, null);
    expect(text(el, '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
  });

  it('takes its badge border from --tuiles-agenda-accent', async () => {
    const el = await fixture<TuilesAgenda>(
      html`<tuiles-agenda style="--tuiles-agenda-accent: rgb(1, 2, 3)" .config=${config} .data=${data}></tuiles-agenda>`,
    );
    expect(getComputedStyle(one(el, '.badge')).borderTopColor).to.equal('rgb(1, 2, 3)');
  });

  it('is accessible', async () => {
    await expect(await agenda()).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await fixture<TuilesAgenda>(html`<tuiles-agenda theme="dark" .config=${config} .data=${data}></tuiles-agenda>`);
    await expect(el).to.be.accessible();
  });

  it('fetches upcoming events anonymously with rubriques and limit', async () => {
    const calls = stubFetch(() => json(tileResponse(data)));
    const el = await fixture<TuilesAgenda>(
      html`<tuiles-agenda site="college-carladez" server=${SERVER} rubriques="vie-scolaire" limit="3"></tuiles-agenda>`,
    );
    await until(() => all(el, 'li a').length > 0, 'events');
    expect(calls[0].url).to.equal('https://ent.example/api/sites/college-carladez/tiles/agenda?rubriques=vie-scolaire&limit=3');
    expect(calls[0].init?.credentials).to.equal('omit');
  });

  it('shows a busy skeleton while loading', async () => {
    const pending = pendingFetch();
    stubFetch(pending.answer);
    const el = await fixture<TuilesAgenda>(html`<tuiles-agenda site="college-carladez" rubriques="cdi"></tuiles-agenda>`);
    expect(one(el, '.tile').getAttribute('aria-busy')).to.equal('true');
    expect(all(el, '.skeleton').length).to.be.greaterThan(0);
    pending.release(json(tileResponse({ items: [] })));
    await until(() => all(el, '[part="empty"]').length === 1, 'empty state');
    expect(one(el, '.tile').getAttribute('aria-busy')).to.equal('false');
  });

  it('offers a retry that fetches again when the server is unreachable', async () => {
    stubFetch(unreachable);
    const el = document.createElement('tuiles-agenda');
    el.setAttribute('site', 'college-carladez');
    el.setAttribute('rubriques', 'cdi');
    const fired = oneEvent(el, 'tuiles-error');
    document.body.append(el);
    try {
      expect(((await fired) as CustomEvent).detail).to.deep.equal({ status: 0 });
      await until(() => all(el, '[role="alert"] button').length === 1, 'retry button');
      const calls = stubFetch(() => json(tileResponse(data)));
      one<HTMLButtonElement>(el, 'button').click();
      await until(() => all(el, 'li').length === 3, 'events after retry');
      expect(calls).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});
