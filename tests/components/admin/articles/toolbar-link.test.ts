/**
 * The rich-text toolbar as a keyboard user meets it (real key presses): one tab stop,
 * arrows / Home / End between its buttons; and « Lien », a dialog that takes http,
 * https and mailto addresses only, changes or removes a link, and gives focus back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/articles/article-editor.ts';
import type { AdminArticleEditor } from '../../../../components/admin/articles/article-editor.ts';
import type { AdminRichText } from '../../../../components/admin/articles/rich-text.ts';
import { linkAddress } from '../../../../components/admin/articles/link-dialog.ts';
import { json, restoreFetch, stubFetch } from '../../fixtures.ts';
import { API, NOW, SITE, rubriquesAnswer } from './fixtures.ts';

async function open(): Promise<AdminArticleEditor> {
  stubFetch((url) => (url.endsWith(`${API}/rubriques`) ? json(rubriquesAnswer) : json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404)));
  const el = await fixture<AdminArticleEditor>(html`<tuiles-admin-article-editor site=${SITE} .now=${NOW}></tuiles-admin-article-editor>`);
  await waitUntil(() => !el.loading, 'the editor loads');
  await el.updateComplete;
  await waitUntil(() => richText(el)?.editor, 'Tiptap is mounted');
  await richText(el).updateComplete;
  return el;
}

const richText = (el: AdminArticleEditor) => el.shadowRoot!.querySelector<AdminRichText>('tuiles-admin-rich-text')!;
const editable = (el: AdminArticleEditor) => richText(el).shadowRoot!.querySelector<HTMLElement>('[aria-label="Texte de l’article"]')!;
const dialogOf = (el: AdminArticleEditor) => richText(el).shadowRoot!.querySelector('tuiles-admin-link-dialog')!;
const dialogPart = <T extends Element>(el: AdminArticleEditor, selector: string) => dialogOf(el).shadowRoot!.querySelector<T & Element>(selector)!;
/** The focused element, through every shadow root. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const nameOf = (element: Element | null) => (element?.querySelector('.visually-hidden') ?? element)?.textContent?.trim() ?? '';
const press = (key: string) => sendKeys({ press: key });
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await press('Tab');
  await sendKeys({ up: 'Shift' });
};
const selectAll = async () => {
  await sendKeys({ down: 'Control' });
  await press('KeyA');
  await sendKeys({ up: 'Control' });
};

describe('the rich-text toolbar and its link dialog', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    restoreFetch();
    localStorage.clear();
  });

  it('marks its buttons with plain text every font has, no emoji (« 🔗 » showed as an empty box on a computer without an emoji font)', async () => {
    const el = await open();
    const marks = [...richText(el).shadowRoot!.querySelectorAll('[role=toolbar] button [aria-hidden=true]')].map((m) => m.textContent ?? '');
    expect(marks.length).to.be.greaterThan(5);
    for (const mark of marks) expect(mark, mark).not.to.match(/\p{Extended_Pictographic}/u);
  });

  it('is one tab stop; arrows, Home and End move between its buttons, wrapping around', async () => {
    const el = await open();
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#summary')!.focus();
    await press('Tab');
    expect(nameOf(focused())).to.equal('Gras');
    await press('Tab');
    expect(focused()).to.equal(editable(el), 'the next Tab leaves the toolbar for the text');
    await shiftTab();
    expect(nameOf(focused())).to.equal('Gras');
    await press('ArrowRight');
    expect(nameOf(focused())).to.equal('Italique');
    await press('End');
    expect(nameOf(focused())).to.equal('Rétablir');
    expect(focused()!.getAttribute('aria-disabled')).to.equal('true', 'nothing to redo: said, yet reachable');
    await press('ArrowRight');
    expect(nameOf(focused())).to.equal('Gras', 'wraps to the first');
    await press('ArrowLeft');
    expect(nameOf(focused())).to.equal('Rétablir', 'and back to the last');
    await press('Home');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(nameOf(focused())).to.equal('Intertitre');
    // The tab stop stays where the user left it.
    await press('Tab');
    await shiftTab();
    expect(nameOf(focused())).to.equal('Intertitre');
    const stops = [...richText(el).shadowRoot!.querySelectorAll('.toolbar button')].filter((b) => b.getAttribute('tabindex') === '0');
    expect(stops.map(nameOf)).to.deep.equal(['Intertitre']);
  });

  it('links the selection through the dialog, refusing what is not http, https or mailto, and removes it', async () => {
    const el = await open();
    editable(el).focus();
    await sendKeys({ type: 'Le site du collège' });
    await selectAll();
    await shiftTab();
    await press('Home');
    for (let i = 0; i < 6; i += 1) await press('ArrowRight');
    expect(nameOf(focused())).to.equal('Lien');
    await press('Enter');
    const dialog = dialogPart<HTMLDialogElement>(el, 'dialog');
    await waitUntil(() => dialog.open, 'the dialog opens');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('link-title');
    expect(focused()).to.equal(dialogPart(el, '#href'));
    expect(dialogPart(el, 'label[for="href"]').textContent!.trim()).to.equal('Adresse du lien');
    expect(dialogOf(el).shadowRoot!.textContent).not.to.contain('Retirer le lien');

    await sendKeys({ type: 'javascript:alert(1)' });
    await press('Enter');
    await waitUntil(() => dialogPart(el, '#href-error').textContent!.trim() !== '', 'refused');
    expect(dialogPart(el, '#href-error').textContent!.trim()).to.equal('Seules les adresses http, https et mailto sont acceptées.');
    expect(dialogPart(el, '#href').getAttribute('aria-invalid')).to.equal('true');
    expect(dialog.open).to.equal(true);
    expect(el.form.body).not.to.contain('<a');

    await selectAll();
    await sendKeys({ type: 'college-exemple.fr/infos' });
    await press('Enter');
    await waitUntil(() => !dialog.open, 'applied and closed');
    expect(el.form.body).to.match(/<a [^>]*href="https:\/\/college-exemple\.fr\/infos"[^>]*>Le site du collège<\/a>/);
    expect(focused()).to.equal(editable(el), 'focus back in the text');

    // On the link: the dialog offers its address and « Retirer le lien ».
    await press('ArrowLeft');
    await shiftTab();
    await press('Enter');
    await waitUntil(() => dialog.open, 'opens again');
    expect(dialogPart<HTMLInputElement>(el, '#href').value).to.equal('https://college-exemple.fr/infos');
    const remove = [...dialogOf(el).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Retirer le lien')!;
    remove.focus();
    await press('Enter');
    await waitUntil(() => !dialog.open, 'closed');
    expect(el.form.body).to.equal('<p>Le site du collège</p>');
  });

  it('closes on Escape or « Annuler » without touching the text, focus back in the text', async () => {
    const el = await open();
    editable(el).focus();
    await sendKeys({ type: 'Bonjour' });
    await shiftTab();
    await press('Home');
    for (let i = 0; i < 6; i += 1) await press('ArrowRight');
    await press('Enter');
    const dialog = dialogPart<HTMLDialogElement>(el, 'dialog');
    await waitUntil(() => dialog.open, 'open');
    await sendKeys({ type: 'https://exemple.fr' });
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape closes');
    expect(focused()).to.equal(editable(el));
    await shiftTab();
    await press('Enter');
    await waitUntil(() => dialog.open, 'open again');
    const cancel = [...dialogOf(el).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Annuler')!;
    cancel.focus();
    await press('Enter');
    await waitUntil(() => !dialog.open, '« Annuler » closes');
    expect(el.form.body).to.equal('<p>Bonjour</p>');
  });

  it('reads an address the way an author types it', () => {
    expect(linkAddress('https://exemple.fr/a?b=1')).to.deep.equal({ href: 'https://exemple.fr/a?b=1' });
    expect(linkAddress('http://exemple.fr')).to.deep.equal({ href: 'http://exemple.fr/' });
    expect(linkAddress('exemple.fr')).to.deep.equal({ href: 'https://exemple.fr/' });
    expect(linkAddress('vie-scolaire@college.fr')).to.deep.equal({ href: 'mailto:vie-scolaire@college.fr' });
    expect(linkAddress('mailto:cdi@college.fr')).to.deep.equal({ href: 'mailto:cdi@college.fr' });
    expect(linkAddress('  ')).to.deep.equal({ error: 'Indiquez l’adresse du lien.' });
    for (const refused of ['javascript:alert(1)', 'data:text/html,x', 'ftp://exemple.fr', 'file:///etc/passwd']) {
      expect(linkAddress(refused)).to.have.property('error');
    }
  });
});
