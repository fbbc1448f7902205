import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localDate } from '../../../server/reading/dates.ts';

describe('the school day at an instant', () => {
  const at = new Date('2026-03-09T23:30:00.000Z');
  it('is already the next day in Paris', () => assert.equal(localDate(at, 'Europe/Paris'), '2026-03-10'));
  it('is still the same day in Cayenne', () => assert.equal(localDate(at, 'America/Cayenne'), '2026-03-09'));
  it('is the next day in Nouméa', () => assert.equal(localDate(at, 'Pacific/Noumea'), '2026-03-10'));
  it('is the UTC day in UTC', () => assert.equal(localDate(at, 'UTC'), '2026-03-09'));
});

describe('the school day around midnight, asked minute after minute', () => {
  it('changes at the first instant of the local day, not a minute later', () => {
    // Paris in winter: UTC+1, so local midnight is 23:00 UTC.
    assert.equal(localDate(new Date('2026-03-09T22:59:59.999Z'), 'Europe/Paris'), '2026-03-09');
    assert.equal(localDate(new Date('2026-03-09T23:00:00.000Z'), 'Europe/Paris'), '2026-03-10');
    assert.equal(localDate(new Date('2026-03-09T22:59:30.000Z'), 'Europe/Paris'), '2026-03-09');
  });
  it('keeps time zones apart', () => {
    const at = new Date('2026-03-09T23:30:00.000Z');
    assert.equal(localDate(at, 'Europe/Paris'), '2026-03-10');
    assert.equal(localDate(at, 'America/Cayenne'), '2026-03-09');
    assert.equal(localDate(at, 'Europe/Paris'), '2026-03-10');
  });
  it('works on India time, half an hour off the hour', () => {
    // UTC+5:30: local midnight is 18:30 UTC.
    assert.equal(localDate(new Date('2026-03-09T18:29:59.999Z'), 'Asia/Kolkata'), '2026-03-09');
    assert.equal(localDate(new Date('2026-03-09T18:30:00.000Z'), 'Asia/Kolkata'), '2026-03-10');
  });
});
