/**
 * Accept-Encoding with its q-values (RFC 9110 12.5.3): the coding the client prefers
 * among those we have. `gzip;q=0` refuses gzip; `*` names every coding not listed;
 * identity is acceptable unless refused by name or by `*;q=0`.
 */
export type Coding = 'br' | 'gzip' | 'identity';

/** Our order when the client's q-values tie: smallest first. */
const ours: Coding[] = ['br', 'gzip', 'identity'];

export function preferredEncoding(header: string | undefined): Coding {
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value ?? '') ? Number(value) : 0;
    }
    weights.set(name, Math.max(q, weights.get(name) ?? 0));
  }
  const star = weights.get('*');
  const weight = (coding: Coding) =>
    // Identity, unnamed, stays acceptable but comes after any coding the client accepts.
    weights.get(coding) ?? (coding === 'identity' ? (star === 0 ? 0 : 0.001) : (star ?? 0));
  let best: Coding = 'identity';
  let bestWeight = -1;
  for (const coding of ours) {
    const w = weight(coding);
    if (w > bestWeight) [best, bestWeight] = [coding, w];
  }
  // Even when everything is refused, an uncompressed answer beats a 406.
  return bestWeight > 0 ? best : 'identity';
}
