import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../server/config.ts';

describe('configuration from the environment', () => {
  it('starts on port 8080 with the embedded database and the demo by default', () => {
    assert.deepEqual(readConfig({}), {
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/tuiles.db',
      publicMaxAge: 15,
      timeZone: 'Europe/Paris',
      demo: true,
      publicOrigin: undefined,
      mediaDir: './data/media',
      smtpUrl: undefined,
      mailFrom: 'Tuiles <ne-pas-repondre@localhost>',
      pronote: 'demo',
      feedAllowPrivate: false,
      defaultSite: undefined,
      loginPerAddressPerMinute: 300,
      secret: undefined,
    });
  });
  it('feeds the Pronote block from the demo provider with the demo, from PRONOTE otherwise', () => {
    assert.equal(readConfig({ DATABASE_URL: 'postgres://db/tuiles' }).pronote, 'pronote');
    assert.equal(readConfig({ TUILES_PRONOTE: 'off' }).pronote, 'off');
    assert.throws(() => readConfig({ TUILES_PRONOTE: 'maybe' }), /TUILES_PRONOTE must be demo, pronote or off/);
  });
  it('never seeds the demo into PostgreSQL unless asked', () => {
    assert.equal(readConfig({ DATABASE_URL: 'postgres://db/tuiles' }).demo, false);
    assert.equal(readConfig({ DATABASE_URL: 'postgres://db/tuiles', TUILES_DEMO: '1' }).demo, true);
    assert.equal(readConfig({ TUILES_DEMO: '0' }).demo, false);
  });
  for (const [name, value] of [
    ['PORT', '80a'],
    ['PORT', '70000'],
    ['HOST', 'une adresse'],
    ['DATABASE_URL', 'mysql://x'],
    ['TUILES_PUBLIC_MAX_AGE', '-1'],
    ['TUILES_TIME_ZONE', 'Europe/Nulle-Part'],
    ['TUILES_DEMO', 'oui'],
    ['TUILES_PUBLIC_ORIGIN', 'ent.example'],
    ['TUILES_SMTP_URL', 'mail.example:25'],
    ['TUILES_FEED_ALLOW_PRIVATE', 'oui'],
    ['TUILES_DEFAULT_SITE', 'Collège Jean Moulin'],
    ['TUILES_LOGIN_PER_ADDRESS_PER_MINUTE', '0'],
    ['TUILES_LOGIN_PER_ADDRESS_PER_MINUTE', 'beaucoup'],
    ['TUILES_SECRET', 'trop-court'],
  ]) {
    it(`refuses ${name}=${value}, naming the variable`, () => {
      assert.throws(() => readConfig({ [name]: value }), new RegExp(`^Error: ${name}|${name}`));
    });
  }
  it('accepts an overseas time zone and a public origin', () => {
    const config = readConfig({ TUILES_TIME_ZONE: 'America/Cayenne', TUILES_PUBLIC_ORIGIN: 'https://ent.example' });
    assert.equal(config.timeZone, 'America/Cayenne');
    assert.equal(config.publicOrigin, 'https://ent.example');
  });
  it('reads the default site', () => {
    assert.equal(readConfig({ TUILES_DEFAULT_SITE: 'college-jean-moulin' }).defaultSite, 'college-jean-moulin');
  });

  it('reads the login ceiling and the signing secret, and never echoes a bad secret', () => {
    const config = readConfig({ TUILES_LOGIN_PER_ADDRESS_PER_MINUTE: '1200', TUILES_SECRET: 's'.repeat(32) });
    assert.equal(config.loginPerAddressPerMinute, 1200);
    assert.equal(config.secret, 's'.repeat(32));
    assert.throws(() => readConfig({ TUILES_SECRET: 'mon-secret-trop-court' }), (error: Error) => !error.message.includes('mon-secret') && /TUILES_SECRET/.test(error.message));
  });
});
