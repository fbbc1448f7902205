import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { fileStorage } from '../../../server/media/storage.ts';
import * as images from './images.ts';

const BASE = 'http://localhost';
const UPLOAD = `${BASE}/api/sites/college-test/media`;

function form(file: Buffer, name: string, type: string, fields: Record<string, string> = {}) {
  const data = new FormData();
  data.set('file', new File([new Uint8Array(file)], name, { type }));
  data.set('alt', fields.alt ?? 'Une image');
  data.set('usage', fields.usage ?? 'illustration');
  if (fields.focus !== undefined) data.set('focus', fields.focus);
  return data;
}

for (const backend of backends) {
  describe(`media upload on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    let dir: string;
    let admin: string;
    let prof: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tuiles-media-'));
      t = await testApp(backend, undefined, { mediaStorage: fileStorage(dir) });
      admin = await t.login('admin');
      prof = await t.login('prof');
    });
    after(async () => {
      await t.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    const upload = (cookie: string | undefined, body: FormData) =>
      t.request(UPLOAD, { method: 'POST', headers: cookie ? { Cookie: cookie } : {}, body });
    const uploaded = async (cookie: string, body: FormData) => {
      const res = await upload(cookie, body);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()).medium as { id: string; url: string; srcset: string; format: string; animated: boolean; variants: string[] };
    };
    const fetchVariant = async (url: string, cookie?: string) => t.request(`${BASE}${url}`, cookie ? { headers: { Cookie: cookie } } : undefined);
    const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

    it('accepts JPEG, PNG, WebP and GIF, judged from the bytes, with every variant', async () => {
      const cases: [Buffer, string, string, string[]][] = [
        [await images.jpeg(), 'photo.jpg', 'jpeg', ['1600.webp', '1600.jpg', '800.webp', '800.jpg', '400.webp', '400.jpg']],
        [await images.png(), 'dessin.png', 'png', ['1600.webp', '1600.png', '800.webp', '800.png', '400.webp', '400.png']],
        [await images.webp(), 'image.webp', 'webp', ['1600.webp', '800.webp', '400.webp']],
        [await images.animatedGif(), 'anim.gif', 'gif', ['1600.webp', '1600.gif', '800.webp', '800.gif', '400.webp', '400.gif']],
      ];
      for (const [bytes, name, format, variants] of cases) {
        const medium = await uploaded(admin, form(bytes, name, 'application/octet-stream'));
        assert.equal(medium.format, format);
        assert.deepEqual(medium.variants, variants);
        for (const variant of variants) {
          const res = await fetchVariant(`/media/college-test/${medium.id}/${variant}`, admin);
          assert.equal(res.status, 200, `${name} ${variant}`);
          const meta = await sharp(await bytesOf(res), { animated: true }).metadata();
          const width = Number(variant.split('.')[0]);
          assert.equal(meta.width, width);
          assert.equal(meta.pageHeight ?? meta.height, Math.round((width * 9) / 16), '16:9');
          assert.equal(res.headers.get('content-type'), `image/${variant.endsWith('jpg') ? 'jpeg' : variant.split('.')[1]}`);
          assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        }
      }
    });

    it('keeps a GIF animated, in GIF and in WebP', async () => {
      const medium = await uploaded(admin, form(await images.animatedGif(), 'anim.gif', 'image/gif'));
      assert.equal(medium.animated, true);
      for (const variant of ['800.gif', '800.webp']) {
        const bytes = await bytesOf(await fetchVariant(`/media/college-test/${medium.id}/${variant}`, admin));
        assert.equal((await sharp(bytes, { animated: true }).metadata()).pages, 3, variant);
      }
    });

    it('makes the top banner 2000×453 around the focal point, then 1000 and 500 wide', async () => {
      // Upper half black, lower half white: the banner is a thin band, cut where the focus is.
      const upper = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#000' } }).png().toBuffer();
      const image = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#fff' } })
        .composite([{ input: upper, left: 0, top: 0 }])
        .jpeg()
        .toBuffer();
      const right = await uploaded(admin, form(image, 'bandeau.jpg', 'image/jpeg', { usage: 'top', focus: '0.5,0.9' }));
      assert.equal(right.url, `/media/college-test/${right.id}/2000.jpg`);
      const big = await sharp(await bytesOf(await fetchVariant(`/media/college-test/${right.id}/2000.jpg`, admin))).stats();
      assert.ok(big.channels[0].mean > 200, 'the white half, around the focus');
      for (const width of [1000, 500]) {
        const meta = await sharp(await bytesOf(await fetchVariant(`/media/college-test/${right.id}/${width}.webp`, admin))).metadata();
        assert.deepEqual([meta.width, meta.height], [width, Math.round((width * 453) / 2000)]);
      }
      const leftFocus = await uploaded(admin, form(image, 'bandeau.jpg', 'image/jpeg', { usage: 'top', focus: '0.5,0.1' }));
      const dark = await sharp(await bytesOf(await fetchVariant(`/media/college-test/${leftFocus.id}/500.jpg`, admin))).stats();
      assert.ok(dark.channels[0].mean < 50, 'the black half, around the focus');
      assert.equal(right.srcset, [2000, 1000, 500].map((w) => `/media/college-test/${right.id}/${w}.webp ${w}w`).join(', '));
    });

    it('strips EXIF and GPS from every variant', async () => {
      const original = await images.jpegWithGps();
      assert.ok((await sharp(original).metadata()).exif, 'the upload carries EXIF');
      const medium = await uploaded(admin, form(original, 'gps.jpg', 'image/jpeg'));
      for (const variant of medium.variants) {
        const bytes = await bytesOf(await fetchVariant(`/media/college-test/${medium.id}/${variant}`, admin));
        assert.equal((await sharp(bytes).metadata()).exif, undefined, variant);
        assert.ok(!bytes.includes('Secret-Model-42') && !bytes.includes('Secret-Copyright'), variant);
      }
    });

    it('reads a PNG named .jpg and declared image/jpeg as the PNG it is', async () => {
      const medium = await uploaded(admin, form(await images.png(), 'photo.jpg', 'image/jpeg'));
      assert.equal(medium.format, 'png');
      assert.ok(medium.variants.includes('800.png'));
    });

    it('re-encodes a JPEG+HTML polyglot: the served bytes hold no HTML', async () => {
      const medium = await uploaded(admin, form(await images.polyglot(), 'poly.jpg', 'image/jpeg'));
      for (const variant of medium.variants) {
        const bytes = await bytesOf(await fetchVariant(`/media/college-test/${medium.id}/${variant}`, admin));
        assert.ok(!bytes.includes('<script') && !bytes.includes('<html'), variant);
      }
    });

    it('refuses with the documented status and stores nothing', async () => {
      const before = await t.store.media.list((await t.store.sites.bySlug('college-test'))!.id);
      const refusals: [string, Buffer, string, string, number][] = [
        ['20000×20000 PNG', await images.hugePng(), 'tiny.png', 'image/png', 413],
        ['12 MB file', images.twelveMegabytes(), 'big.jpg', 'image/jpeg', 413],
        ['truncated JPEG', await images.truncatedJpeg(), 'half.jpg', 'image/jpeg', 422],
        ['SVG with a script', images.svgWithScript(), 'logo.svg', 'image/svg+xml', 415],
        ['SVG named .png', images.svgWithScript(), 'logo.png', 'image/png', 415],
        ['text', Buffer.from('bonjour'), 'a.txt', 'text/plain', 415],
        ['HTML named .jpg', Buffer.from('<html><script>alert(1)</script></html>'), 'a.jpg', 'image/jpeg', 415],
      ];
      for (const [what, bytes, name, type, status] of refusals) {
        const res = await upload(admin, form(bytes, name, type));
        assert.equal(res.status, status, `${what}: ${await res.clone().text()}`);
        const body = await res.json();
        assert.equal(typeof body.error.message, 'string');
      }
      const bad = await upload(admin, form(await images.png(), 'a.png', 'image/png', { usage: 'fond', focus: '2,0' }));
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys((await bad.json()).error.fields).sort(), ['focus', 'usage']);
      assert.deepEqual(await t.store.media.list((await t.store.sites.bySlug('college-test'))!.id), before);
    });

    it('refuses anonymous visitors (401) and members who may write nowhere (403)', async () => {
      const png = await images.png();
      assert.equal((await upload(undefined, form(png, 'a.png', 'image/png'))).status, 401);
      assert.equal((await upload(await t.login('eleve'), form(png, 'a.png', 'image/png'))).status, 403);
      const cross = await t.request(UPLOAD, { method: 'POST', headers: { Cookie: admin, Origin: 'https://evil.example' }, body: form(png, 'a.png', 'image/png') });
      assert.equal(cross.status, 403);
    });

    it('serves a medium only as far as the content showing it may be read', async () => {
      const medium = await uploaded(prof, form(await images.jpeg(), 'conseil.jpg', 'image/jpeg'));
      const url = `/media/college-test/${medium.id}/800.webp`;
      const perso = await t.login('perso');
      const eleve = await t.login('eleve');
      // Not placed yet: its uploader and the admins only.
      assert.equal((await fetchVariant(url)).status, 404);
      assert.equal((await fetchVariant(url, perso)).status, 404);
      assert.equal((await fetchVariant(url, prof)).status, 200);

      // The illustration of a published article of the private `profs` rubrique (the
      // article routes are another issue's: written to the table here).
      await t.handle.db
        .updateTable('articles')
        .set({ illustration: JSON.stringify({ url: medium.url, alt: '' }) })
        .where('id', '=', 'a-profs-1')
        .execute();
      const missing = await fetchVariant(`/media/college-test/${'0'.repeat(32)}/800.webp`);
      const anonymous = await fetchVariant(url);
      assert.equal(anonymous.status, 404);
      assert.deepEqual(await anonymous.json(), await missing.json(), 'hidden looks exactly like missing');
      assert.equal((await fetchVariant(url, eleve)).status, 404);
      const reader = await fetchVariant(url, perso);
      assert.equal(reader.status, 200);
      assert.equal(reader.headers.get('cache-control'), 'private, no-cache');
      assert.match(reader.headers.get('vary')!, /Cookie/);

      // On the public homepage: anyone, cached for a year.
      const admin2 = admin;
      const source = (await t.getJson(`${BASE}/api/sites/college-test/pages/public-home/source`, admin2)).body;
      const tiles = [{ id: 'top', type: 'top', config: { image: { url: medium.url, alt: 'Conseil' }, article: null } }, ...source.tiles.filter((x: any) => x.id !== 'top')];
      const put = await t.request(`${BASE}/api/sites/college-test/pages/public-home`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Cookie: admin2 },
        body: JSON.stringify({ version: source.version, tiles }),
      });
      assert.equal(put.status, 200);
      const open = await fetchVariant(url);
      assert.equal(open.status, 200);
      assert.equal(open.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal((await fetchVariant(`/media/college-test/${medium.id}/801.webp`)).status, 404);
      // The resolved tile and article carry the widths for `srcset`.
      const home = (await t.getJson(`${BASE}/api/sites/college-test/pages/public-home`)).body;
      const srcset = [1600, 800, 400].map((w) => `/media/college-test/${medium.id}/${w}.webp ${w}w`).join(', ');
      assert.equal(home.page.tiles.find((x: any) => x.id === 'top').data.image.srcset, srcset);
      const article = (await t.getJson(`${BASE}/api/sites/college-test/articles/a-profs-1`, perso)).body.article;
      assert.equal(article.illustration.srcset, srcset);
      const other = (await t.getJson(`${BASE}/api/sites/college-test/articles/a-public-1`)).body.article;
      assert.equal('srcset' in other.illustration, false, 'no srcset for an address that is not an uploaded medium');
    });
  });
}
