/**
 * Data and tools shared by the element tests. "Today" is Monday 23 November 2026,
 * 10:00 in Paris; the elements take it through their `now` property.
 */
import type { ResolvedArticle, ResolvedEvent } from '../../contract/items.ts';

export const NOW = new Date('2026-11-23T09:00:00Z');
export const SERVER = 'https://ent.example';

export function article(overrides: Partial<ResolvedArticle> = {}): ResolvedArticle {
  return {
    id: 'a1',
    rubrique: 'vie-scolaire',
    title: 'Sortie au musée Soulages',
    summary: 'Les 5e B ont découvert les outrenoirs à Rodez.',
    publishedAt: '2026-03-02T14:00:00Z',
    activityAt: '2026-03-02T14:00:00Z',
    url: '/articles/a1',
    illustration: { url: '/media/musee.jpg', alt: 'Élèves devant une toile noire', width: 1200, height: 800 },
    ...overrides,
  };
}

export function event(overrides: Partial<ResolvedEvent> = {}): ResolvedEvent {
  return {
    id: 'e1',
    rubrique: 'vie-scolaire',
    title: 'Conseil de classe des 3e',
    summary: 'Premier trimestre.',
    location: 'Salle polyvalente',
    start: '2026-11-30T17:00:00Z',
    end: '2026-11-30T19:00:00Z',
    allDay: false,
    url: '/evenements/e1',
    illustration: null,
    ...overrides,
  };
}

export interface FetchCall {
  url: string;
  init: RequestInit | undefined;
}

type Answer = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;

const realFetch = window.fetch;

/**
 * Replaces the browser's `fetch` (the elements' only way out) for one test;
 * `restoreFetch()` in `afterEach` puts it back.
 */
export function stubFetch(answer: Answer): FetchCall[] {
  const calls: FetchCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return answer(url, init);
  };
  return calls;
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fetch that never answers until `release()`; aborts reject like the browser's. */
export function pendingFetch(): { answer: Answer; release: (response: Response) => void } {
  const waiting: ((response: Response) => void)[] = [];
  return {
    answer: (_url, init) =>
      new Promise<Response>((resolve, reject) => {
        waiting.push(resolve);
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
    release: (response) => waiting.shift()?.(response),
  };
}

export const unreachable: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

/** Everything `selector` matches in `el`'s shadow root. */
export function all(el: Element, selector: string): Element[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];
}

export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${el.localName}>`);
  return found;
}

/** Text with runs of white space (including Intl's narrow no-break spaces) made one space. */
export function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

export function text(el: Element, selector: string): string {
  return clean(el.shadowRoot?.querySelector(selector)?.textContent);
}

/** Waits until `check` holds (element updates, fetch answers) or fails after 2 s. */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  const deadline = performance.now() + 2000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
