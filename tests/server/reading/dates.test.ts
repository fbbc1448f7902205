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
