/** Which database a URL names: `sqlite:PATH` (the embedded default) or `postgres://...`. */
export type Dialect = 'sqlite' | 'postgres';

export class DatabaseUrlError extends Error {}

export function parseDatabaseUrl(url: string): { dialect: Dialect; target: string } {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new DatabaseUrlError('a sqlite URL needs a file path, e.g. sqlite:./data/tuiles.db');
    return { dialect: 'sqlite', target: path };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  throw new DatabaseUrlError(`expected sqlite:PATH or postgres://..., got "${url}"`);
}
