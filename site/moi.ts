/**
 * `/moi`: the personal page. The server renders it in the state it knows (login form,
 * or "Bonjour …" and their page for a logged-in viewer: server/render/moi.ts) and embeds
 * that state in `#tuiles-me`, so nothing flashes and `/api/me` is not asked again.
 * Logged in: a logout button and the user's `<tuiles-page page="personal-home">`, the
 * server's rendering hydrated from the data beside it (page-data.ts), or, after a login
 * here, a new one that fetches its data with the session cookie. Logging out removes
 * that page from the DOM, so no private content stays behind.
 */
import './hydrate.ts';
import '../components/embed.ts';
import { givePageItsData } from './page-data.ts';
import type { Me } from '../contract/api.ts';
import { FetchError, request } from '../components/core/api.ts';
import { chooseSite, failureMessage, keepSiteParam, link, requestedSite, showSite } from './shared.ts';
import { showSettings } from './moi-settings.ts';
import { writeLinksFor, writeLinksLabel } from '../contract/write-links.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const loginSection = $('login');
const loginTitle = $('login-title');
const form = $<HTMLFormElement>('login-form');
const formError = $('login-error');
const formStatus = $('login-status');
const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const spaceSection = $('space');
const spaceTitle = $('space-title');
const spaceError = $('space-error');
const logoutButton = $<HTMLButtonElement>('logout');

/** The form's fields, by the name the API uses in `error.fields`. */
const fields = {
  login: { input: $<HTMLInputElement>('login-field'), error: $('login-field-error') },
  password: { input: $<HTMLInputElement>('password-field'), error: $('password-field-error') },
};
type FieldName = keyof typeof fields;
const fieldNames = Object.keys(fields) as FieldName[];

keepSiteParam();

/** The button's busy state: announced label, spinner, further clicks ignored. */
function setBusy(button: HTMLButtonElement, busy: string | null): boolean {
  const label = button.querySelector('.button-label')!;
  if (busy !== null) {
    if (button.getAttribute('aria-disabled') === 'true') return false;
    button.dataset.label = label.textContent ?? '';
    label.textContent = busy;
    button.setAttribute('aria-disabled', 'true');
  } else {
    label.textContent = button.dataset.label ?? label.textContent;
    button.removeAttribute('aria-disabled');
  }
  button.closest('form, section')?.setAttribute('aria-busy', String(busy !== null));
  return true;
}

/** Marks a field in error (message next to it, `aria-invalid`, described by the message and the form's error). */
function setFieldError(name: FieldName, message: string | null, alsoDescribedBy?: string): void {
  const { input, error } = fields[name];
  error.textContent = message ?? '';
  const invalid = message !== null || alsoDescribedBy !== undefined;
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const describedBy = [message ? error.id : null, alsoDescribedBy ?? null].filter(Boolean).join(' ');
  if (describedBy) input.setAttribute('aria-describedby', describedBy);
  else input.removeAttribute('aria-describedby');
}

function clearErrors(): void {
  formError.textContent = '';
  for (const name of fieldNames) setFieldError(name, null);
}

function showLogin(status = ''): void {
  $('personal-page').replaceChildren();
  document.getElementById('personal-settings')?.remove();
  document.querySelector('nav.write-links')?.remove();
  spaceSection.hidden = true;
  loginSection.hidden = false;
  formStatus.textContent = status;
  showSite(currentSite, 'Connexion');
  void showIdentityProviders(currentSite?.slug);
}

function showSpace(me: Me): void {
  loginSection.hidden = true;
  spaceSection.hidden = false;
  spaceError.textContent = '';
  $('display-name').textContent = me.displayName;
  showSite(me.site, 'Mon espace');
  // The page the server rendered for this viewer, when it did (on load: showLogin empties
  // its place); else a new one.
  const rendered = $('personal-page').querySelector('tuiles-page');
  const page = rendered ?? document.createElement('tuiles-page');
  if (!rendered) {
    page.setAttribute('page', 'personal-home');
    page.setAttribute('site', me.site.slug);
    $('personal-page').replaceChildren(page);
  }
  showWriteLinks(me);
  // Under the page: « Personnaliser ma page » and « Mes flux » (moi-settings.ts).
  const settings = document.getElementById('personal-settings') ?? document.createElement('div');
  settings.id = 'personal-settings';
  $('personal-page').after(settings);
  showSettings(settings, () => reloadPage(page as PageElement));
}

type PageElement = HTMLElement & { data?: unknown; retry(): void };

/**
 * Asks the API for the page again (after a change of its settings). The data the server
 * embedded is dropped first: an element given its data shows it and asks for nothing.
 */
function reloadPage(page: PageElement): void {
  if (page.data !== undefined) page.data = undefined;
  else page.retry();
}

/** « Gérer le site », « Écrire un article »… above the page, as the server renders them for a logged-in viewer. */
function showWriteLinks(me: Me): void {
  document.querySelector('nav.write-links')?.remove();
  const links = writeLinksFor(me.site, me.may);
  if (links.length === 0) return;
  const nav = document.createElement('nav');
  nav.className = 'write-links';
  nav.setAttribute('aria-label', writeLinksLabel);
  const list = document.createElement('ul');
  for (const { href, label } of links) {
    const item = document.createElement('li');
    const a = link(href, label);
    a.className = 'button secondary';
    item.append(a);
    list.append(item);
  }
  nav.append(list);
  spaceError.before(nav);
}

let currentSite: { slug: string; name: string } | null = null;

/** « Se connecter avec … » for each identity provider of the site (ÉduConnect, the académie), above the form. */
async function showIdentityProviders(site: string | undefined): Promise<void> {
  const box = $('identity-providers');
  if (!site) return;
  let providers: { label: string; loginUrl: string }[];
  try {
    providers = await request<{ label: string; loginUrl: string }[]>(`/api/sites/${encodeURIComponent(site)}/identity-providers`, { credentials: 'same-origin' });
  } catch {
    return; // the local form still works
  }
  const links = providers.map(({ label, loginUrl }) => {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const a = document.createElement('a');
    a.className = 'button secondary';
    a.href = loginUrl;
    a.textContent = `Se connecter avec ${label}`;
    wrap.append(a);
    return wrap;
  });
  $('identity-provider-links').replaceChildren(...links);
  box.hidden = links.length === 0;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!setBusy(submit, 'Connexion en cours…')) return;
  formStatus.textContent = '';
  const site = requestedSite();
  try {
    const me = await request<Me>('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      body: { login: fields.login.input.value, password: fields.password.input.value, ...(site ? { site } : {}) },
    });
    clearErrors();
    form.reset();
    showSpace(me);
    spaceTitle.focus();
  } catch (error) {
    showLoginError(error);
  } finally {
    setBusy(submit, null);
  }
});

function showLoginError(error: unknown): void {
  clearErrors();
  const fieldErrors = error instanceof FetchError ? error.fields : {};
  const status = error instanceof FetchError ? error.status : 0;
  const inError = fieldNames.filter((name) => fieldErrors[name]);
  if (status === 400 && inError.length > 0) {
    for (const name of inError) setFieldError(name, fieldErrors[name]);
    fields[inError[0]].input.focus();
    return;
  }
  formError.textContent = failureMessage(error);
  if (status === 401) {
    // Which of the two is wrong is not said (on purpose): both are marked.
    for (const name of fieldNames) setFieldError(name, null, formError.id);
    fields.login.input.focus();
  } else {
    formError.setAttribute('tabindex', '-1');
    formError.focus();
  }
}

logoutButton.addEventListener('click', async () => {
  if (!setBusy(logoutButton, 'Déconnexion…')) return;
  try {
    await request<null>('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    showLogin('Vous êtes déconnecté. À bientôt !');
    loginTitle.focus();
  } catch (error) {
    spaceError.textContent = failureMessage(error);
  } finally {
    setBusy(logoutButton, null);
  }
});

/** The state the server rendered: `{ me, site }` (me: as `GET /api/me`, or null). */
function embeddedState(): { me: Me | null; site: { slug: string; name: string } | null } | null {
  const script = document.getElementById('tuiles-me');
  return script?.textContent ? JSON.parse(script.textContent) : null;
}

async function start(): Promise<void> {
  const state = embeddedState();
  if (state) {
    currentSite = state.site;
    if (state.me) showSpace(state.me);
    else showLogin();
    return;
  }
  // The header's school name, for the login form (the user's own site once logged in).
  const siteLookup = chooseSite().then(
    (site) => (currentSite = site),
    () => null,
  );
  try {
    const me = await request<Me>('/api/me', { credentials: 'same-origin' });
    showSpace(me);
  } catch (error) {
    await siteLookup;
    showLogin();
    if (!(error instanceof FetchError && error.status === 401)) formError.textContent = failureMessage(error);
  }
}

// Before anything awaits: the server-rendered page takes its data, not a fetch (page-data.ts).
givePageItsData();
void start();
