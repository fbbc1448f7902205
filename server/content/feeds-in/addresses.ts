/**
 * Which addresses a feed may be fetched from: public unicast only, unless the instance
 * allows private ones (TUILES_FEED_ALLOW_PRIVATE=1). A feed URL is typed by an admin or
 * any logged-in user, and the server fetches it: without this, `http://169.254.169.254/`
 * (a cloud's metadata service) or `http://127.0.0.1:5432/` would be reachable from
 * outside through our server (SSRF).
 *
 * The check runs inside the socket's own DNS lookup (`guardedLookup`), so the address
 * checked is the address connected to: no second resolution between the two that a
 * DNS server could answer differently (DNS rebinding).
 */
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { FeedError } from './errors.ts';

/** Public unicast: not private, loopback, link-local, unique-local, CGNAT, multicast, reserved... */
export function isPublicAddress(address: string): boolean {
  try {
    // `process` reads `::ffff:127.0.0.1` as the IPv4 address it carries.
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

export const refusedAddress = () =>
  new FeedError('refused', "Adresse refusée : ce flux pointe vers une adresse privée ou locale, que Tuiles ne consulte pas.");

/** The host of a URL as `net` sees it (`[::1]` -> `::1`). */
export const bareHost = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Which (address, port) a fetch may connect to. The default is `isPublicAddress`, or
 * everything with TUILES_FEED_ALLOW_PRIVATE=1. The port is there for tests only: on a
 * machine with loopback alone, one local port stands in for the public internet.
 */
export type AddressPolicy = (address: string, port: number) => boolean;

export const policyOf = (allowPrivate: boolean, override?: AddressPolicy): AddressPolicy =>
  override ?? (allowPrivate ? () => true : (address) => isPublicAddress(address));

export const portOf = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));

/**
 * An IP literal never goes through `lookup` (Node connects to it directly): checked
 * here before any connection. Host names are checked by `guardedLookup`.
 */
export function checkLiteral(url: URL, allowed: AddressPolicy): void {
  const host = bareHost(url.hostname);
  if (net.isIP(host) && !allowed(host, portOf(url))) throw refusedAddress();
}

/** A `lookup` for http.request: resolves, refuses when any answer is not allowed, connects to what it checked. */
export function guardedLookup(allowed: AddressPolicy, port: number): net.LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: any[]) => void) => {
    dns.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses) => {
      if (error) return callback(new FeedError('unreachable', `Le serveur du flux est introuvable (${hostname}).`));
      // Every answer must pass: the socket may try any of them (Happy Eyeballs).
      if (addresses.length === 0 || addresses.some((a) => !allowed(a.address, port))) {
        return callback(refusedAddress());
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  }) as net.LookupFunction;
}

/**
 * Checks a feed URL before saving it: http(s), no user:password, and a host whose
 * addresses are allowed. Returns the French reason it is refused, or null.
 */
export async function refusalOf(url: string, allowPrivate: boolean): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'adresse de flux invalide (http:// ou https:// attendu)';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'adresse de flux invalide (http:// ou https:// attendu)';
  if (parsed.username || parsed.password) return "l'adresse ne doit pas contenir d'identifiant ni de mot de passe";
  const host = bareHost(parsed.hostname);
  if (allowPrivate) return null;
  if (net.isIP(host)) return isPublicAddress(host) ? null : 'adresse refusée : réseau privé ou local';
  try {
    const addresses = await dns.promises.lookup(host, { all: true });
    if (addresses.length === 0) return `serveur introuvable (${host})`;
    return addresses.every((a) => isPublicAddress(a.address)) ? null : 'adresse refusée : réseau privé ou local';
  } catch {
    return `serveur introuvable (${host})`;
  }
}
