import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonBytes } from '../../../server/http/json-bytes.ts';
import { frozen } from '../../../server/reading/memo.ts';

const jsonText = (value: unknown) => jsonBytes(value).toString('utf8');

describe('jsonBytes: a JSON answer serialized with its shared parts kept', () => {
  const awkward = {
    title: 'Sortie « théâtre » \u2028 ligne "citée" \\ fin',
    emoji: '🎭',
    lone: '\ud800',
    numbers: [0, -0, 1.5, NaN, Infinity, 1e21],
    missing: undefined,
    fn: () => 1,
    symbol: Symbol('s'),
    list: [undefined, () => 1, null, true, { nested: undefined }],
    date: new Date('2026-11-30T10:00:00.000Z'),
    boxed: [new String('ab'), new Number(5), new Boolean(false)],
    chained: { toJSON: () => ({ toJSON: () => 'jamais appelé', kept: true }) },
    gone: { toJSON: () => undefined },
    empty: {},
    noItems: [],
  };

  it('writes what JSON.stringify writes, byte for byte, whatever the values', () => {
    assert.deepEqual(jsonBytes(awkward), Buffer.from(JSON.stringify(awkward)));
    assert.equal(jsonText(awkward), JSON.stringify(awkward));
    assert.equal(jsonText([awkward, [awkward]]), JSON.stringify([awkward, [awkward]]));
    for (const value of [null, 0, 'texte', true, [], {}, [undefined]]) assert.equal(jsonText(value), JSON.stringify(value));
  });

  it('writes a shared (frozen) part as JSON.stringify would, inside a page built per request', () => {
    const items = frozen([{ id: 'a1', title: 'Rentrée', tags: ['vie-scolaire'], at: undefined }]);
    const page = { tiles: [{ id: 'news', data: { items } }, { id: 'own', data: { read: false } }] };
    assert.equal(jsonText(page), JSON.stringify(page));
    assert.equal(jsonText(page), JSON.stringify(page), 'the second time, from the kept text');
  });

  it('never serves a text kept for a value that is not shared: a mutable object is read afresh', () => {
    const mutable = { title: 'Avant' };
    const page = { data: mutable };
    assert.equal(jsonText(page), '{"data":{"title":"Avant"}}');
    mutable.title = 'Après';
    assert.equal(jsonText(page), '{"data":{"title":"Après"}}');
    // Object.freeze alone is not enough: only what the reading memo froze all the way down is kept.
    const inner = { title: 'Avant' };
    const shallow = Object.freeze({ inner });
    assert.equal(jsonText(shallow), '{"inner":{"title":"Avant"}}');
    inner.title = 'Après';
    assert.equal(jsonText(shallow), '{"inner":{"title":"Après"}}');
  });

  it('hands out bytes of its own: writing into an answer never changes the next one', () => {
    const items = frozen([{ title: 'Rentrée' }]);
    const first = jsonBytes(items);
    first.fill(0);
    assert.equal(jsonText(items), '[{"title":"Rentrée"}]');
  });

  it('keeps a value that holds itself without looping (JSON refuses it, as JSON.stringify does)', () => {
    const looped: Record<string, unknown> = { name: 'boucle' };
    looped.self = looped;
    assert.doesNotThrow(() => frozen(looped));
    assert.throws(() => jsonBytes(looped), TypeError);
  });

  it("cuts answers that are sent once from shared blocks, each answer's bytes its own", () => {
    const items = frozen([{ title: 'Rentrée', body: 'é'.repeat(3000) }]);
    const answers = Array.from({ length: 200 }, (_, i) => ({ viewer: `élève ${i}`, data: { items } }));
    const sent = answers.map((answer) => jsonBytes(answer, 'sent'));
    sent.forEach((bytes, i) => assert.equal(bytes.toString('utf8'), JSON.stringify(answers[i])));
    // Enough answers to fill a block: some share one, yet none reaches into another's bytes.
    assert.ok(sent.some((bytes, i) => i > 0 && bytes.buffer === sent[i - 1].buffer), 'answers share a block');
    for (const bytes of sent.slice(0, 100)) bytes.fill(0);
    sent.slice(100).forEach((bytes, i) => assert.equal(bytes.toString('utf8'), JSON.stringify(answers[100 + i])));
    // One answer as large as a quarter of a block or more: memory of its own, not a block held by it alone.
    const large = jsonBytes({ body: 'x'.repeat(100_000) }, 'sent');
    assert.equal(large.byteLength, large.buffer.byteLength);
    assert.equal(large.toString('utf8'), JSON.stringify({ body: 'x'.repeat(100_000) }));
  });

  it('a new shared value (the memo read again after a write) gets its own text', () => {
    const before = frozen({ items: [{ title: 'Ancien titre' }] });
    const after = frozen({ items: [{ title: 'Nouveau titre' }] });
    assert.equal(jsonText({ data: before }), '{"data":{"items":[{"title":"Ancien titre"}]}}');
    assert.equal(jsonText({ data: after }), '{"data":{"items":[{"title":"Nouveau titre"}]}}');
  });
});
