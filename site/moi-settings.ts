/**
 * On `/moi`, under the personal page: « Personnaliser ma page » (the rubriques and
 * external feeds of « Mes actualités », the optional tiles shown and their order) and
 * « Mes flux » (RSS, Atom and iCalendar links; « Nouveau lien » and « Révoquer » for the
 * secret links of private rubriques). Everything is kept on the server.
 */
import type { PreferencesResponse } from '../contract/tiles/mes-actualites.ts';
import type { FeedLink, MyFeedsResponse } from '../contract/feeds.ts';
import { FetchError, request } from '../components/core/api.ts';
import { failureMessage } from './shared.ts';

const formatNames: Record<FeedLink['format'], string> = { rss: 'RSS', atom: 'Atom', ics: 'Agenda (iCal)' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const messageOf = failureMessage;

/** Builds both sections into `container`; `reloadPage` redraws the personal page after a save. */
export function showSettings(container: HTMLElement, reloadPage: () => void): void {
  const preferences = el('section', { className: 'settings', id: 'preferences' });
  preferences.setAttribute('aria-labelledby', 'preferences-title');
  const feeds = el('section', { className: 'settings', id: 'my-feeds' });
  feeds.setAttribute('aria-labelledby', 'my-feeds-title');
  container.replaceChildren(preferences, feeds);
  void loadPreferences(preferences, reloadPage);
  void loadFeeds(feeds);
}

async function loadPreferences(section: HTMLElement, reloadPage: () => void): Promise<void> {
  const title = el('h2', { id: 'preferences-title' }, 'Personnaliser ma page');
  let prefs: PreferencesResponse;
  try {
    prefs = await request<PreferencesResponse>('/api/me/preferences', { credentials: 'same-origin' });
  } catch (error) {
    section.replaceChildren(title, el('p', { className: 'form-error' }, messageOf(error)));
    return;
  }
  const form = el('form', { noValidate: true });
  const status = el('div', { className: 'form-status' });
  status.setAttribute('role', 'status');
  const formError = el('div', { className: 'form-error', id: 'preferences-error' });
  formError.setAttribute('role', 'alert');

  const rubriques = el('fieldset', {}, el('legend', {}, 'Rubriques suivies dans « Mes actualités »'));
  const chosen = new Set(prefs.rubriques);
  for (const r of prefs.choices.rubriques) {
    const box = el('input', { type: 'checkbox', name: 'rubriques', value: r.slug, checked: chosen.has(r.slug), id: `pref-r-${r.slug}` });
    rubriques.append(el('div', { className: 'check' }, box, el('label', { htmlFor: box.id }, r.title)));
  }

  const feedsField = el('textarea', { id: 'pref-feeds', name: 'feeds', rows: 4, value: prefs.feeds.join('\n') });
  feedsField.setAttribute('aria-describedby', 'pref-feeds-help pref-feeds-error');
  const feedsError = el('p', { className: 'field-error', id: 'pref-feeds-error' });
  const feedsBlock = el(
    'div',
    { className: 'field' },
    el('label', { htmlFor: 'pref-feeds' }, 'Flux externes (RSS ou Atom)'),
    el('p', { className: 'help', id: 'pref-feeds-help' }, 'Une adresse par ligne, 10 au plus : le site de la mairie, une chaîne PeerTube…'),
    feedsField,
    feedsError,
  );

  // Optional tiles: shown or not, and their order (« Monter », « Descendre »).
  const hidden = new Set(prefs.hiddenTiles);
  const rank = new Map(prefs.order.map((id, i) => [id, i]));
  let order = [...prefs.choices.optionalTiles].sort((a, b) => (rank.get(a.id) ?? 1e3) - (rank.get(b.id) ?? 1e3));
  const tiles = el('fieldset', {}, el('legend', {}, 'Tuiles facultatives de ma page'));
  const list = el('ol', { className: 'tile-order' });
  const drawTiles = (focusId?: string) => {
    list.replaceChildren(
      ...order.map((tile, i) => {
        const box = el('input', { type: 'checkbox', checked: !hidden.has(tile.id), id: `pref-t-${tile.id}` });
        box.addEventListener('change', () => (box.checked ? hidden.delete(tile.id) : hidden.add(tile.id)));
        const move = (delta: number, label: string, key: string) => {
          const button = el('button', { type: 'button', className: 'button secondary small', id: `pref-${key}-${tile.id}` }, label);
          button.setAttribute('aria-label', `${label} « ${tile.title} »`);
          button.disabled = i + delta < 0 || i + delta >= order.length;
          button.addEventListener('click', () => {
            const next = [...order];
            [next[i], next[i + delta]] = [next[i + delta], next[i]];
            order = next;
            drawTiles(`pref-${key}-${tile.id}`);
          });
          return button;
        };
        return el('li', {}, el('span', { className: 'check' }, box, el('label', { htmlFor: box.id }, `Afficher « ${tile.title} »`)), move(-1, 'Monter', 'up'), move(1, 'Descendre', 'down'));
      }),
    );
    if (focusId) (document.getElementById(focusId) as HTMLButtonElement | null)?.focus();
  };
  drawTiles();
  tiles.append(order.length > 0 ? list : el('p', {}, "L'établissement n'a pas prévu de tuile facultative."));

  const save = el('button', { type: 'submit', className: 'button' }, 'Enregistrer');
  form.append(rubriques, feedsBlock, tiles, save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    formError.textContent = '';
    feedsError.textContent = '';
    feedsField.removeAttribute('aria-invalid');
    const body = {
      rubriques: [...form.querySelectorAll<HTMLInputElement>('input[name="rubriques"]:checked')].map((b) => b.value),
      feeds: feedsField.value.split('\n').map((s) => s.trim()).filter(Boolean),
      hiddenTiles: [...hidden],
      order: order.map((t) => t.id),
    };
    try {
      await request('/api/me/preferences', { method: 'PUT', body, credentials: 'same-origin' });
      status.textContent = 'Vos choix sont enregistrés.';
      reloadPage();
    } catch (error) {
      const fields = error instanceof FetchError ? (error.fields ?? {}) : {};
      const feedMessages = Object.entries(fields).filter(([name]) => name.startsWith('feeds')).map(([, message]) => message);
      if (feedMessages.length > 0) {
        feedsError.textContent = feedMessages.join(' ');
        feedsField.setAttribute('aria-invalid', 'true');
        feedsField.focus();
      }
      formError.textContent = messageOf(error);
    }
  });
  section.replaceChildren(title, formError, status, form);
}

async function loadFeeds(section: HTMLElement): Promise<void> {
  const title = el('h2', { id: 'my-feeds-title' }, 'Mes flux');
  const intro = el(
    'p',
    {},
    "Suivez les rubriques dans votre lecteur de flux ou votre agenda. Les liens « personnels » ouvrent les rubriques privées que vous lisez : ne les partagez pas. « Nouveau lien » remplace ces liens (les anciens cessent de fonctionner) ; « Révoquer » les désactive.",
  );
  const status = el('div', { className: 'form-status' });
  status.setAttribute('role', 'status');
  const list = el('ul', { className: 'feed-links' });
  const renew = el('button', { type: 'button', className: 'button', id: 'feeds-renew' }, 'Nouveau lien');
  const revoke = el('button', { type: 'button', className: 'button secondary', id: 'feeds-revoke' }, 'Révoquer');
  const actions = el('div', { className: 'feed-actions' }, renew, revoke);

  const draw = (mine: MyFeedsResponse) => {
    revoke.hidden = !mine.active;
    renew.textContent = mine.active ? 'Nouveau lien' : 'Créer mes liens personnels';
    actions.hidden = mine.privateRubriques === 0;
    list.replaceChildren(
      ...mine.feeds.map((f) =>
        el('li', {}, el('span', {}, `${f.title} — ${formatNames[f.format]}${f.personal ? ' (personnel)' : ''} : `), el('a', { href: f.url, className: 'feed-url' }, f.url)),
      ),
    );
  };
  const act = async (method: 'POST' | 'DELETE', path: string, done: string) => {
    try {
      draw(await request<MyFeedsResponse>(path, { method, credentials: 'same-origin' }));
      status.textContent = done;
    } catch (error) {
      status.textContent = messageOf(error);
    }
  };
  renew.addEventListener('click', () => void act('POST', '/api/me/feeds/renew', 'Nouveaux liens créés : les précédents ne fonctionnent plus.'));
  revoke.addEventListener('click', () => void act('DELETE', '/api/me/feeds', 'Liens personnels révoqués.'));

  section.replaceChildren(title, intro, status, actions, list);
  try {
    draw(await request<MyFeedsResponse>('/api/me/feeds', { credentials: 'same-origin' }));
  } catch (error) {
    status.textContent = messageOf(error);
  }
}
