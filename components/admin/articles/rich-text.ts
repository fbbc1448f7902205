/**
 * `<tuiles-admin-rich-text label="Texte de l’article" .value=${html}>`: Tiptap (on
 * ProseMirror) with a small toolbar — gras, italique, intertitres, listes, lien,
 * annuler / rétablir — whose buttons say their state with aria-pressed. The toolbar
 * is one tab stop (the ARIA toolbar pattern): arrows move between its buttons, Home
 * and End go to the first and last; a button that cannot act now says so with
 * aria-disabled but stays reachable, so the tab stop never vanishes. « Lien » opens a
 * small dialog (link-dialog.ts) rather than the browser's prompt. Fires
 * `rich-text-input` (bubbles, composed) with `detail: {html}` on every change (its own
 * name: the editable area's native `input` events cross the shadow root too).
 *
 * The editor lives in this element's shadow root: ProseMirror finds its root (and
 * the selection there) from where its DOM is attached, so the editor is made only once
 * the element is rendered and connected. Only the article editor imports this module:
 * Tiptap stays out of every other chunk.
 *
 * The HTML it gives is a proposal: the server sanitizes it, and the article editor
 * shows what the server kept (`value` set again after a save).
 */
import { LitElement, css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import { type AdminLinkDialog } from './link-dialog.ts';
import './link-dialog.ts';

interface ToolButton {
  label: string;
  /** Keyboard shortcut said to the user (Tiptap's own). */
  keys?: string;
  text: string;
  /** Null: an action with no on/off state (undo). */
  active: ((e: Editor) => boolean) | null;
  can: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

export class AdminRichText extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        padding: 0.25em;
        border: 1px solid var(--_muted);
        border-bottom: 0;
        border-radius: 0.3em 0.3em 0 0;
      }
      .toolbar button {
        background: var(--_surface);
        color: var(--_text);
        border-color: var(--_border);
        padding: 0.3em 0.6em;
      }
      .toolbar button[aria-disabled='true'] {
        opacity: 0.5;
        cursor: default;
      }
      .toolbar button[aria-pressed='true'] {
        background: var(--_accent);
        color: var(--_surface);
        border-color: var(--_accent);
      }
      .area {
        border: 1px solid var(--_muted);
        border-radius: 0 0 0.3em 0.3em;
      }
      .area .ProseMirror {
        min-height: 12em;
        padding: 0.5em 0.75em;
        color: var(--_text);
        white-space: pre-wrap;
      }
      .area .ProseMirror:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      :host([invalid]) .area {
        border-color: var(--_danger);
      }
    `,
  ];
  static override properties = {
    label: { type: String },
    value: { attribute: false },
    describedBy: { type: String, attribute: 'described-by' },
    invalid: { type: Boolean, reflect: true },
    tick: { state: true },
    toolIndex: { state: true },
  };
  label = 'Texte';
  /** The HTML shown; setting it replaces the content (no `input` event). */
  value = '';
  describedBy = '';
  invalid = false;
  /** Bumped on every transaction so the toolbar re-renders its pressed states. */
  tick = 0;
  /** The toolbar button that holds the tab stop (roving tabindex). */
  toolIndex = 0;
  #editor: Editor | null = null;
  /** The last HTML this element gave or was given: a `value` equal to it is no change. */
  #current = '';

  get editor(): Editor | null {
    return this.#editor;
  }

  #tools: ToolButton[] = [
    { label: 'Gras', keys: 'Ctrl+B', text: 'G', active: (e) => e.isActive('bold'), can: (e) => e.can().toggleBold(), run: (e) => e.chain().focus().toggleBold().run() },
    { label: 'Italique', keys: 'Ctrl+I', text: 'I', active: (e) => e.isActive('italic'), can: (e) => e.can().toggleItalic(), run: (e) => e.chain().focus().toggleItalic().run() },
    { label: 'Intertitre', text: 'T2', active: (e) => e.isActive('heading', { level: 2 }), can: () => true, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: 'Sous-intertitre', text: 'T3', active: (e) => e.isActive('heading', { level: 3 }), can: () => true, run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: 'Liste à puces', text: '•', active: (e) => e.isActive('bulletList'), can: () => true, run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: 'Liste numérotée', text: '1.', active: (e) => e.isActive('orderedList'), can: () => true, run: (e) => e.chain().focus().toggleOrderedList().run() },
    { label: 'Lien', text: 'Lien', active: (e) => e.isActive('link'), can: () => true, run: (e) => this.#toggleLink(e) },
    { label: 'Annuler', keys: 'Ctrl+Z', text: '↶', active: null, can: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
    { label: 'Rétablir', keys: 'Ctrl+Maj+Z', text: '↷', active: null, can: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
  ];

  override firstUpdated(): void {
    const element = this.renderRoot.querySelector<HTMLElement>('.area')!;
    this.#current = this.value;
    this.#editor = new Editor({
      element,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3] },
          // Links open where the reader is; the server decides the rest (rel, target).
          link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
          codeBlock: false,
          code: false,
        }),
      ],
      content: this.value,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': this.label,
          ...(this.describedBy ? { 'aria-describedby': this.describedBy } : {}),
        },
      },
      // After the current update (a setContent in updated() makes a transaction too).
      onTransaction: () => queueMicrotask(() => (this.tick += 1)),
      onCreate: () => queueMicrotask(() => (this.tick += 1)),
      onUpdate: ({ editor }) => {
        this.#current = editor.isEmpty ? '' : editor.getHTML();
        this.dispatchEvent(new CustomEvent('rich-text-input', { bubbles: true, composed: true, detail: { html: this.#current } }));
      },
    });
  }

  override updated(changed: Map<string, unknown>): void {
    if (!this.#editor) return;
    if (changed.has('value') && this.value !== this.#current) {
      this.#current = this.value;
      this.#editor.commands.setContent(this.value, { emitUpdate: false });
    }
    if (changed.has('invalid')) this.#editor.view.dom.setAttribute('aria-invalid', String(this.invalid));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#editor?.destroy();
    this.#editor = null;
  }

  /** Focus the editable area (the article editor sends focus here for a `body` error). */
  override focus(): void {
    this.#editor?.commands.focus();
  }

  /** Opens the link dialog on the link under the cursor (to change or remove it) or the selection. */
  #toggleLink(editor: Editor): void {
    const dialog = this.renderRoot.querySelector<AdminLinkDialog>('tuiles-admin-link-dialog')!;
    const current = editor.isActive('link') ? String(editor.getAttributes('link').href ?? '') : '';
    dialog.open(current);
  }

  #applyLink = (event: CustomEvent<{ href: string }>) => {
    const editor = this.#editor;
    if (!editor) return;
    const { href } = event.detail;
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address becomes the link's text.
      editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  };

  #removeLink = () => this.#editor?.chain().focus().extendMarkRange('link').unsetLink().run();

  /** Arrows, Home and End move the toolbar's one tab stop (ARIA toolbar pattern). */
  #toolbarKey = (event: KeyboardEvent) => {
    const last = this.#tools.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: this.toolIndex === last ? 0 : this.toolIndex + 1,
      ArrowLeft: this.toolIndex === 0 ? last : this.toolIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.toolIndex = next;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLButtonElement>('.toolbar button')[next]?.focus());
  };

  override render() {
    const editor = this.#editor;
    return html`
      <div class="toolbar" role="toolbar" aria-label="Mise en forme" @keydown=${this.#toolbarKey}>
        ${this.#tools.map((tool, index) => {
          const usable = editor ? tool.can(editor) : false;
          return html`<button
            type="button"
            tabindex=${index === this.toolIndex ? 0 : -1}
            title=${tool.keys ? `${tool.label} (${tool.keys})` : tool.label}
            aria-pressed=${ifDefined(tool.active === null ? undefined : String(editor ? tool.active(editor) : false))}
            aria-disabled=${String(!usable)}
            @mousedown=${(e: Event) => e.preventDefault()}
            @focus=${() => (this.toolIndex = index)}
            @click=${() => editor && usable && tool.run(editor)}
          >
            <span aria-hidden="true">${tool.text}</span><span class="visually-hidden">${tool.label}</span>
          </button>`;
        })}
      </div>
      <div class="area"></div>
      <tuiles-admin-link-dialog
        @link-apply=${this.#applyLink}
        @link-remove=${this.#removeLink}
        @link-cancel=${() => this.#editor?.commands.focus()}
      ></tuiles-admin-link-dialog>
    `;
  }
}
define('tuiles-admin-rich-text', AdminRichText);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-rich-text': AdminRichText;
  }
}
