import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { embedProviderOf } from '../../../contract/embed-providers.ts';
import { embed } from '../../../server/tiles/embed.ts';
import { sanitize } from '../support/harness.ts';

const peertube = ['tube.example.fr'];

describe('embed providers: default ports only', () => {
  for (const url of ['https://digipad.app/p/1', 'https://digipad.app:443/p/1', 'https://tube.example.fr/videos/embed/abc', 'https://DIGIPAD.app/p/1']) {
    it(`accepts ${url}`, () => assert.ok(embedProviderOf(url, peertube)));
  }
  for (const url of [
    'https://digipad.app:8443/p/1',
    'https://digipad.app:80/p/1',
    'https://tube.example.fr:9000/videos/embed/abc',
    'http://digipad.app/p/1',
    'https://evil-digipad.app/p/1',
    'https://user:pw@digipad.app/p/1',
  ]) {
    it(`refuses ${url}`, () => assert.equal(embedProviderOf(url, peertube), null));
  }

  it('refuses an embed tile on another port, naming the url', () => {
    type Check = NonNullable<typeof embed.check>;
    const check = embed.check as Check;
    const site = { peertubeHosts: peertube } as Parameters<Check>[1];
    const config = (url: string) => ({ title: '', url, height: 400 }) as Parameters<Check>[0];
    assert.deepEqual(check(config('https://digipad.app/p/1'), site), {});
    assert.ok(check(config('https://digipad.app:8443/p/1'), site).url);
  });

  it('removes an iframe on another port from rich text, keeps the one on the default port', () => {
    const html = sanitize('<iframe src="https://digipad.app:8443/p/1"></iframe><iframe src="https://digipad.app/p/2"></iframe>', { peertubeHosts: peertube });
    assert.doesNotMatch(html, /8443/);
    assert.match(html, /<iframe[^>]+src="https:\/\/digipad\.app\/p\/2"/);
  });
});
