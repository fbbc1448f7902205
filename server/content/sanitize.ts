/**
 * Rich text (article bodies, text tiles) cleaned with DOMPurify on a jsdom window:
 * no script, no event handler, no javascript: URL, and iframes only when they frame an
 * allowlisted provider, sandboxed as that provider needs.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { embedProviderOf } from '../../contract/embed-providers.ts';

export type Sanitize = (html: string, options?: { peertubeHosts?: readonly string[] }) => string;

export function createSanitizer(): Sanitize {
  const purify = createDOMPurify(new JSDOM('').window);
  // DOMPurify runs synchronously, so the hosts of the current call can live here.
  let peertubeHosts: readonly string[] = [];

  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const element = node as Element;
    const provider = embedProviderOf(element.getAttribute('src') ?? '', peertubeHosts);
    if (!provider) {
      element.parentNode?.removeChild(element);
      return;
    }
    element.setAttribute('sandbox', provider.sandbox);
    element.setAttribute('allow', provider.allow);
    element.setAttribute('loading', 'lazy');
    element.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    // A link that opens a new tab must not hand the opener to the other site.
    if (element.tagName === 'A' && element.getAttribute('target')) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
  });

  // Pure (same HTML and hosts, same output) but a jsdom parse each time: text tiles,
  // sanitized on every read, reuse the latest results.
  const memo = new Map<string, string>();
  return (html, options = {}) => {
    const key = `${(options.peertubeHosts ?? []).join(' ')}\n${html}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const clean = sanitize(html, options.peertubeHosts ?? []);
    if (memo.size >= 500) memo.delete(memo.keys().next().value!);
    memo.set(key, clean);
    return clean;
  };

  function sanitize(html: string, hosts: readonly string[]): string {
    peertubeHosts = hosts;
    try {
      return purify.sanitize(html, {
        ADD_TAGS: ['iframe'],
        ADD_ATTR: ['target', 'allow', 'allowfullscreen', 'sandbox', 'loading', 'referrerpolicy'],
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
        FORBID_ATTR: ['style'],
      });
    } finally {
      peertubeHosts = [];
    }
  }
}
