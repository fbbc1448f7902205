/** A copy of `target` with the value at `path` replaced (removed when `value` is undefined): configs are never mutated in place. */
export function setIn(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(target) && typeof key === 'number') {
    const copy = [...target];
    copy[key] = setIn(copy[key], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(target && typeof target === 'object' ? (target as Record<string, unknown>) : {}) };
  const next = setIn(copy[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

export function getIn(target: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), target);
}
