/**
 * The CAS 3.0 XML answers (Apereo CAS Protocol Specification, Appendix A):
 * `cas:serviceResponse` with `cas:authenticationSuccess` (`cas:user`,
 * `cas:attributes`, `cas:proxyGrantingTicket`, `cas:proxies`) or
 * `cas:authenticationFailure code="…"`, and for /proxy `cas:proxySuccess` /
 * `cas:proxyFailure`.
 */
import type { Attributes } from './attributes.ts';

export const validationFailureCodes = [
  'INVALID_REQUEST',
  'INVALID_TICKET_SPEC',
  'UNAUTHORIZED_SERVICE_PROXY',
  'INVALID_PROXY_CALLBACK',
  'INVALID_TICKET',
  'INVALID_SERVICE',
  'INTERNAL_ERROR',
] as const;
export type ValidationFailureCode = (typeof validationFailureCodes)[number];
export type ProxyFailureCode = 'INVALID_REQUEST' | 'UNAUTHORIZED_SERVICE' | 'INVALID_TICKET' | 'INTERNAL_ERROR';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">\n${body}\n</cas:serviceResponse>\n`;

export function authenticationSuccess(success: { user: string; attributes: Attributes; pgtIou?: string; proxies?: string[] }): string {
  const lines = [` <cas:authenticationSuccess>`, `  <cas:user>${escapeXml(success.user)}</cas:user>`];
  const entries = Object.entries(success.attributes);
  if (entries.length > 0) {
    lines.push('  <cas:attributes>');
    for (const [name, value] of entries) {
      // Names are checked where they are configured (an XML name); values are escaped.
      for (const one of Array.isArray(value) ? value : [value]) lines.push(`   <cas:${name}>${escapeXml(one)}</cas:${name}>`);
    }
    lines.push('  </cas:attributes>');
  }
  if (success.pgtIou) lines.push(`  <cas:proxyGrantingTicket>${escapeXml(success.pgtIou)}</cas:proxyGrantingTicket>`);
  if (success.proxies && success.proxies.length > 0) {
    lines.push('  <cas:proxies>', ...success.proxies.map((p) => `   <cas:proxy>${escapeXml(p)}</cas:proxy>`), '  </cas:proxies>');
  }
  lines.push(' </cas:authenticationSuccess>');
  return envelope(lines.join('\n'));
}

export const authenticationFailure = (code: ValidationFailureCode, message: string) =>
  envelope(` <cas:authenticationFailure code="${code}">${escapeXml(message)}</cas:authenticationFailure>`);

export const proxySuccess = (proxyTicket: string) =>
  envelope(` <cas:proxySuccess>\n  <cas:proxyTicket>${escapeXml(proxyTicket)}</cas:proxyTicket>\n </cas:proxySuccess>`);

export const proxyFailure = (code: ProxyFailureCode, message: string) =>
  envelope(` <cas:proxyFailure code="${code}">${escapeXml(message)}</cas:proxyFailure>`);
