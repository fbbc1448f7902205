/**
 * Rich text (article bodies, text tiles) cleaned with DOMPurify on a jsdom window:
 * no script, no event handler, no javascript: URL, and iframes only when they frame an
 * allowlisted provider, sandboxed as that provider needs.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { embedProviderOf } from '../../contract/embed-providers.ts';
import { htmlProblem } from './html-limits.ts';

export { htmlProblem, htmlLimits } from './html-limits.ts';

export type Sanitize = (html: string, options?: { peertubeHosts?: readonly string[] }) => string;

/**
 * Bump when the rules below change: stored HTML made under an older version is cleaned
 * again at start (content/resanitize.ts), since readers serve stored HTML as it is.
 */
export const SANITIZER_VERSION = 1;

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

  // Called at write time only (bodies and text tiles are stored clean): a last guard
  // keeps an oversized or over-deep input from ever reaching the parser.
  return (html, options = {}) => {
    if (htmlProblem(html)) return '';
    return sanitize(html, options.peertubeHosts ?? []);
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
