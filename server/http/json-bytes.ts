/**
 * A JSON answer as UTF-8 bytes, the same bytes as `JSON.stringify` then encoding, except
 * that a value shared by every request (a feed, an agenda, a page's articles kept by the
 * reading memo: reading/memo.ts `frozen`) is serialized and encoded once and its bytes
 * reused. A page is mostly such values around a few of the viewer's own (their
 * annonces, their Pronote block): only those few are serialized per request, and the
 * answer goes out as bytes (no second pass to measure and encode a string).
 *
 * The bytes are kept by the value's identity, in a WeakMap: a memo entry dropped by a
 * write or by time is a new value with nothing kept yet, and the old bytes go with the
 * old value. Only values `frozen` made are kept (deeply immutable); anything else is
 * serialized every time, as JSON.stringify would.
 */
import { isShared } from '../reading/memo.ts';

const kept = new WeakMap<object, Buffer>();

/**
 * How deep a value not shared is walked here, looking for shared ones inside. Shared
 * values sit near the top of an answer (a page's `page.tiles[i].data` is at depth 4,
 * a tile answer's `tile.data` at 2); deeper, a value is handed whole to JSON.stringify,
 * several times faster than a walk in JavaScript (which pays a call per string and number).
 */
const WALK_DEPTH = 4;

/**
 * Text and kept bytes in order, written once into the answer's memory at the end:
 * consecutive text joined into one string, each piece written where it goes (no chunk
 * of its own to concatenate afterwards).
 */
class Output {
  private readonly parts: (string | Buffer)[] = [];
  private text: string[] = [];
  /** At most the answer's length: each piece of text counted at 3 bytes a UTF-16 unit. */
  private bound = 0;
  /** Written before the next value, if one is written: a member's `"name":`, a comma. */
  pending = '';

  string(text: string): void {
    if (this.pending) this.text.push(this.pending), (this.pending = '');
    this.text.push(text);
  }

  bytes(bytes: Buffer): void {
    if (this.pending) this.text.push(this.pending), (this.pending = '');
    this.flush();
    this.parts.push(bytes);
    this.bound += bytes.length;
  }

  /** A buffer of the answer's own, even when it is one kept value: what is kept is never handed out. */
  finish(memory: AnswerMemory): Buffer {
    this.flush();
    // Sent: cut from the current block when the bound fits there (a large answer gets its own).
    const room = memory === 'sent' ? slab.room(this.bound) : undefined;
    if (room) return slab.cut(this.writeInto(room));
    let length = 0;
    for (const part of this.parts) length += typeof part === 'string' ? Buffer.byteLength(part) : part.length;
    const answer = Buffer.allocUnsafeSlow(length);
    this.writeInto(answer);
    return answer;
  }

  /** Writes every piece from the start of `target`: the length written. */
  private writeInto(target: Buffer): number {
    let at = 0;
    for (const part of this.parts) {
      if (typeof part === 'string') at += target.write(part, at);
      else target.set(part, at), (at += part.length);
    }
    return at;
  }

  private flush(): void {
    if (this.text.length === 0) return;
    const text = this.text.length === 1 ? this.text[0] : this.text.join('');
    this.parts.push(text);
    this.bound += text.length * 3;
    this.text = [];
  }
}

/**
 * Where an answer's bytes live. `own`: memory of their own, for an answer that is kept
 * (a shared copy). `sent`: a slice of a larger block that later answers are cut from too,
 * for one that is sent once and dropped (a logged-in viewer's page): one allocation
 * for many answers, as Node's own Buffer pool does for small buffers. A slice is never
 * handed out twice, and its bytes are never written again once it is cut. Other viewers'
 * answers lie beside it in the block: it must be sent as the view it is (Node's socket and
 * @hono/node-server do; undici's Response copies the view), never as its `.buffer`.
 */
export type AnswerMemory = 'own' | 'sent';

/** Blocks answers are cut from: a new one when the current one is full, never one reused. */
class Slab {
  private static readonly SIZE = 256 * 1024;
  private block = Buffer.allocUnsafeSlow(0);
  private used = 0;

  /**
   * The free part of the current block (of a new one if `bound` does not fit), for an
   * answer of at most `bound` bytes; undefined for a large one, which gets memory of its own
   * rather than keep a block alive by itself. Written, then cut before anything else is
   * asked of the slab (finish() does both in one go).
   */
  room(bound: number): Buffer | undefined {
    if (bound > Slab.SIZE / 4) return undefined;
    if (this.used + bound > this.block.length) {
      this.block = Buffer.allocUnsafeSlow(Slab.SIZE);
      this.used = 0;
    }
    return this.block.subarray(this.used);
  }

  /** The first `length` bytes of the room just handed out, now an answer's own. */
  cut(length: number): Buffer {
    const slice = this.block.subarray(this.used, this.used + length);
    this.used += (length + 7) & ~7; // each slice starts aligned, as Node's pool does
    return slice;
  }
}

const slab = new Slab();

/** `JSON.stringify(value)` as UTF-8, with the shared parts' bytes reused. */
export function jsonBytes(value: unknown, memory: AnswerMemory = 'own'): Buffer {
  const out = new Output();
  if (!write(value, 0, out)) out.string('null');
  return out.finish(memory);
}

/** An object this walk may open: an array or a plain object, with no `toJSON` of its own. */
function walkable(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** The bytes kept for a shared value: in memory of their own (not a slice of Node's pool). */
function keptBytes(value: object): Buffer {
  let bytes = kept.get(value);
  if (bytes === undefined) {
    const text = JSON.stringify(value);
    bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    bytes.write(text);
    kept.set(value, bytes);
  }
  return bytes;
}

/**
 * Writes `value`; false, writing nothing, when JSON leaves it out (undefined, a function,
 * a symbol, a `toJSON` that gives undefined). Anything this walk does not open (a Date, a
 * boxed primitive, an object with `toJSON`, a value too deep) is JSON.stringify's, whole.
 * (JSON.stringify hands such a value's `toJSON` the key "" rather than its member name:
 * no value of ours reads it.)
 */
function write(value: unknown, depth: number, out: Output): boolean {
  if (value !== null && typeof value === 'object' && isShared(value)) {
    out.bytes(keptBytes(value));
    return true;
  }
  if (value === null || typeof value !== 'object' || depth >= WALK_DEPTH || !walkable(value)) {
    const text = JSON.stringify(value);
    if (text === undefined) return false;
    out.string(text);
    return true;
  }
  if (Array.isArray(value)) {
    out.string('[');
    for (let i = 0; i < value.length; i++) {
      out.pending = i ? ',' : '';
      if (!write(value[i], depth + 1, out)) out.string('null');
    }
    out.pending = '';
    out.string(']');
    return true;
  }
  out.string('{');
  let first = true;
  for (const name of Object.keys(value)) {
    out.pending = `${first ? '' : ','}${JSON.stringify(name)}:`;
    if (write((value as Record<string, unknown>)[name], depth + 1, out)) first = false;
  }
  out.pending = '';
  out.string('}');
  return true;
}
