/**
 * Content negotiation for `Accept-Encoding` (RFC 9110 12.5.3), shared by the public
 * cache and the static files: which of the encodings we hold a copy in does the client
 * accept best. q-values count: `gzip;q=0` means "never gzip", `*` stands for every
 * encoding the header does not name, and `identity` is acceptable unless refused.
 */

/** The client's weight for each encoding it names (lower-cased), and for `*`. */
export function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/i.exec(param);
      if (match) {
        // A weight outside RFC 9110's grammar (0 to 1, three decimals) refuses the
        // encoding rather than guessing.
        q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(match[1]) ? Number(match[1]) : 0;
      }
    }
    const key = name.toLowerCase();
    // A name given twice keeps its first weight.
    if (!weights.has(key)) weights.set(key, q);
  }
  return weights;
}

/**
 * The best encoding of `available` (in the server's order of preference: the first
 * wins a tie) the client accepts, or `null` for the plain bytes. No header at all: the
 * plain bytes (a client that says nothing may not decode anything).
 */
export function negotiateEncoding(header: string | undefined, available: readonly string[]): string | null {
  if (!header) return null;
  const weights = parseAcceptEncoding(header);
  const weightOf = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0;
  let best: string | null = null;
  let bestWeight = 0;
  for (const encoding of available) {
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  // The plain bytes are acceptable unless refused (`identity;q=0`, or `*;q=0` without
  // naming identity); unnamed, they rank below any encoding the client names.
  const identity = weights.get('identity') ?? (weights.has('*') ? weights.get('*')! : 0.001);
  return best !== null && bestWeight >= identity ? best : null;
}

/**
 * `negotiateEncoding` for one fixed list of encodings, remembering its answer per header
 * value: browsers send a handful of distinct `Accept-Encoding` lines, and the shared
 * answers (the homepage, the public API) are otherwise sent in a few microseconds. The
 * memory is bounded (the header is the client's to choose): forgotten when full.
 */
export function encodingChooser(available: readonly string[], remember = 64): (header: string | undefined) => string | null {
  const answers = new Map<string, string | null>();
  return (header) => {
    if (!header) return null;
    let answer = answers.get(header);
    if (answer === undefined) {
      answer = negotiateEncoding(header, available);
      if (answers.size >= remember) answers.clear();
      answers.set(header, answer);
    }
    return answer;
  };
}
