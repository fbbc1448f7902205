/**
 * Hand-written article templates and the little machinery that fills them in.
 * A template with `cases` yields one article per case; `{name}` placeholders take the
 * case's values (and, in class rubriques, the class's own: `{classe}`, `{pp}`...).
 */
import type { Theme } from './media.ts';

/**
 * Values for a template's placeholders. Three keys are reserved: `theme` overrides the
 * template's illustration theme, `months` (e.g. "9 10") the months where it fits, and
 * `only` (e.g. "6e-a 5e-b") the rubriques it is written for.
 */
export type Case = Record<string, string>;

export interface ArticleTemplate {
  title: string;
  /** Two sentences at most. */
  summary: string;
  /** Paragraphs of inline HTML; a nested array becomes a bulleted list. */
  body: (string | string[])[];
  theme?: Theme;
  /** Months (1-12) of the school year when this article makes sense; any month if absent. */
  months?: number[];
  cases?: Case[];
  /** The rubriques this template is written for (any rubrique using it if absent). */
  only?: string[];
}

/** One article ready to be dated: a template filled with one case. */
export interface Instance {
  title: string;
  summary: string;
  body: string;
  theme?: Theme;
  months?: number[];
}

function fill(text: string, values: Case, where: string): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`demo: no value for {${key}} in "${where}"`);
    return value;
  });
}

export function renderBody(blocks: (string | string[])[], values: Case, where: string): string {
  return blocks
    .map((block) =>
      typeof block === 'string'
        ? `<p>${fill(block, values, where)}</p>`
        : `<ul>${block.map((item) => `<li>${fill(item, values, where)}</li>`).join('')}</ul>`,
    )
    .join('');
}

/**
 * Every article a list of templates can give for one rubrique, with `context` values
 * shared by all (a class's `{classe}`, `{pp}`...).
 */
export function expand(templates: ArticleTemplate[], rubrique: string, context: Case = {}): Instance[] {
  const fits = (only: readonly string[] | undefined) => !only || only.includes(rubrique);
  return templates.filter((t) => fits(t.only)).flatMap((t) =>
    (t.cases ?? [{}]).filter((c) => fits(c.only?.split(' '))).map((c) => {
      const values = { ...context, ...c };
      const months = c.months ? c.months.split(' ').map(Number) : t.months;
      return {
        title: fill(t.title, values, t.title),
        summary: fill(t.summary, values, t.title),
        body: renderBody(t.body, values, t.title),
        theme: (c.theme as Theme | undefined) ?? t.theme,
        months,
      };
    }),
  );
}
