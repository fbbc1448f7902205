/**
 * The "identifiants PRONOTE" import through its admin routes: a Windows-1252 file with
 * accents, a UTF-8 one, a missing column, duplicate rows, a row matching nobody; the
 * preview, then the save (or its refusal naming the lines).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { passwordHash, schoolDocument } from '../support/fixtures.ts';

const PREVIEW = 'http://localhost/api/sites/college-test/settings/pronote/identifiants/preview';
const SAVE = 'http://localhost/api/sites/college-test/settings/pronote/identifiants';

const school = () => {
  const doc = schoolDocument();
  doc.users = [
    ...doc.users!,
    { login: 'chloe.lindo', passwordHash, displayName: 'Chloé Lindo', profile: 'eleve', nom: 'Lindo', prenom: 'Chloé', birthDate: '2012-03-25' },
    { login: 'pierre-nicolas.balo', passwordHash, displayName: 'Pierre-Nicolas Balo', profile: 'eleve' },
    { login: 'helene.lindo', passwordHash, displayName: 'Hélène Lindo', profile: 'parent', nom: 'Lindo', prenom: 'Hélène' },
  ];
  return doc;
};

const header = 'Nom;Prénom;Né(e) le;Identifiant PRONOTE\r\n';
const rows = ['LINDO;Chloé;25/03/2012;KZHWA24CU3BGPN7Q', 'BALO;Pierre-Nicolas;;MZHWA24CU3BGPN7R', 'LINDO;Hélène;;PZHWA24CU3BGPN7S', 'DURAND;Zoé;01/01/2013;QZHWA24CU3BGPN7T'];

function upload(bytes: Uint8Array, cookie: string, mapping?: unknown): RequestInit {
  const form = new FormData();
  form.set('file', new Blob([bytes as BlobPart], { type: 'text/csv' }), 'identifiants.csv');
  if (mapping) form.set('mapping', JSON.stringify(mapping));
  return { method: 'POST', body: form, headers: { Cookie: cookie } };
}

for (const backend of backends) {
  describe(`identifiants PRONOTE import on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    let admin: string;
    before(async () => {
      t = await testApp(backend, school());
      admin = await t.login('admin');
    });
    after(() => t.drop());

    const pronoteIdOf = async (login: string) => {
      const u = (await t.store.users.byLogin(login))[0];
      return (await t.store.pronote.identity(u.id)).pronoteId;
    };

    it('reads a Windows-1252 file with accents, matches by name (and birth date), and lists the row that matches nobody', async () => {
      const bytes = iconv.encode(header + rows.join('\r\n') + '\r\n', 'win1252');
      assert.ok(!bytes.includes(0xc3), 'really not UTF-8');
      const res = await t.request(PREVIEW, upload(bytes, admin));
      assert.equal(res.status, 200);
      const plan = (await res.json()) as any;
      assert.equal(plan.encoding, 'windows-1252');
      assert.deepEqual(plan.columns, ['Nom', 'Prénom', 'Né(e) le', 'Identifiant PRONOTE']);
      assert.deepEqual(plan.mapping, { identifiant: 'Identifiant PRONOTE', nom: 'Nom', prenom: 'Prénom', dateNaissance: 'Né(e) le' });
      assert.deepEqual(plan.matched.map((m: any) => [m.line, m.login, m.pronoteId]), [
        [2, 'chloe.lindo', 'KZHWA24CU3BGPN7Q'],
        [3, 'pierre-nicolas.balo', 'MZHWA24CU3BGPN7R'],
        [4, 'helene.lindo', 'PZHWA24CU3BGPN7S'],
      ]);
      assert.deepEqual(plan.unmatched.map((u: any) => [u.line, u.values['Prénom'], u.reason]), [[5, 'Zoé', 'aucun compte ne correspond']]);
      assert.deepEqual(plan.errors, []);
      assert.equal(await pronoteIdOf('chloe.lindo'), null, 'a preview saves nothing');

      const saved = await t.request(SAVE, upload(bytes, admin));
      assert.equal(saved.status, 200);
      assert.equal(((await saved.json()) as any).saved, 3);
      assert.equal(await pronoteIdOf('chloe.lindo'), 'KZHWA24CU3BGPN7Q');
      assert.equal(await pronoteIdOf('helene.lindo'), 'PZHWA24CU3BGPN7S');
    });

    it('reads UTF-8 (with its BOM) the same way, and follows a mapping by login', async () => {
      const text = '\ufeffLogin ENT;Identifiant\nchloe.lindo;AAA111\nhelene.lindo;BBB222\n';
      const res = await t.request(PREVIEW, upload(new TextEncoder().encode(text), admin, { login: 'Login ENT', identifiant: 'Identifiant' }));
      const plan = (await res.json()) as any;
      assert.equal(plan.encoding, 'utf-8');
      assert.deepEqual(plan.matched.map((m: any) => m.login), ['chloe.lindo', 'helene.lindo']);
    });

    it('refuses a mapping that names a missing column, naming it', async () => {
      const bytes = iconv.encode('Nom;Prénom\r\nLINDO;Chloé\r\n', 'win1252');
      const res = await t.request(PREVIEW, upload(bytes, admin, { nom: 'Nom', prenom: 'Prénom', identifiant: 'Identifiant PRONOTE' }));
      assert.equal(res.status, 400);
      const body = (await res.json()) as any;
      assert.equal(body.error.fields['mapping.identifiant'], 'colonne « Identifiant PRONOTE » absente du fichier');
      const guessed = await t.request(PREVIEW, upload(bytes, admin));
      assert.equal(guessed.status, 400);
      assert.match(((await guessed.json()) as any).error.fields['mapping.identifiant'], /choisissez la colonne/);
    });

    it('refuses duplicate rows, naming each line, and saves nothing', async () => {
      const before = await pronoteIdOf('pierre-nicolas.balo');
      const bytes = iconv.encode(header + [rows[1], rows[0], rows[1], 'LINDO;Chloé;25/03/2012;AUTREID', 'BALO;Pierre;'].join('\r\n') + '\r\n', 'win1252');
      const preview = (await (await t.request(PREVIEW, upload(bytes, admin))).json()) as any;
      assert.deepEqual(preview.errors, [
        { line: 4, message: 'identifiant PRONOTE « MZHWA24CU3BGPN7R » en double (déjà ligne 2)' },
        { line: 5, message: 'le compte « chloe.lindo » correspond déjà à la ligne 3' },
        { line: 6, message: '3 colonnes au lieu de 4' },
      ]);
      const res = await t.request(SAVE, upload(bytes, admin));
      assert.equal(res.status, 422);
      const body = (await res.json()) as any;
      assert.deepEqual(Object.keys(body.error.fields), ['ligne 4', 'ligne 5', 'ligne 6']);
      assert.equal(await pronoteIdOf('pierre-nicolas.balo'), before);
    });

    it('keeps the import to site admins and refuses a missing file', async () => {
      const bytes = iconv.encode(header + rows[0], 'win1252');
      assert.equal((await t.request(PREVIEW, upload(bytes, await t.login('prof')))).status, 403);
      assert.equal((await t.request(PREVIEW, { method: 'POST', body: new FormData() })).status, 401);
      const empty = await t.request(PREVIEW, { method: 'POST', body: new FormData(), headers: { Cookie: admin } });
      assert.equal(empty.status, 400);
      assert.ok(((await empty.json()) as any).error.fields.file);
    });
  });
}
