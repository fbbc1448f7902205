/**
 * One article in a list (news, selection): title link, date, résumé, illustration.
 * The title is the item's only link; its `::after` stretches over the whole item so
 * the card is clickable without nesting interactive content or repeating the link.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ResolvedArticle } from '../../contract/items.ts';
import { resolveLink, resolveSrcset, resolveUrl } from './api.ts';
import { linkedItemStyles } from './tile.styles.ts';
import { formatPublished } from './dates.ts';
import type { Lang } from './i18n.ts';
import { itemHeading } from './templates.ts';

export interface ArticleDisplay {
  showDates: boolean;
  showIllustration: boolean;
  showSummary: boolean;
  lang: Lang;
  now: Date;
  server: string | undefined;
  headingLevel: number;
  /** Intrinsic size given to every illustration: the crop ratio, so space is reserved before load. */
  imageSize: { width: number; height: number };
}

export function articleItem(item: ResolvedArticle, d: ArticleDisplay): TemplateResult {
  const href = resolveLink(item.url, d.server);
  const title = href ? html`<a part="link" href=${href}>${item.title}</a>` : item.title;
  const illustration = d.showIllustration && item.illustration;
  return html`<li part="item" class="item ${illustration ? 'with-illustration' : ''}">
    <div class="body">
      ${itemHeading(d.headingLevel, title)}
      ${d.showDates
        ? html`<time part="date" class="date" datetime=${item.publishedAt}
            >${formatPublished(item.publishedAt, d.lang, d.now)}</time
          >`
        : nothing}
      ${d.showSummary && item.summary ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing}
    </div>
    ${illustration
      ? html`<img
          part="illustration"
          class="illustration"
          src=${resolveUrl(illustration.url, d.server)}
          srcset=${illustration.srcset ? resolveSrcset(illustration.srcset, d.server) : nothing}
          sizes=${illustration.srcset ? '(min-width: 40em) 14rem, 40vw' : nothing}
          alt=${illustration.alt ?? ''}
          width=${d.imageSize.width}
          height=${d.imageSize.height}
          loading="lazy"
          decoding="async"
        />`
      : nothing}
  </li>`;
}

/** A placeholder item of the same size as a real one. */
export function articleSkeleton(d: Pick<ArticleDisplay, 'showDates' | 'showIllustration' | 'showSummary'>): TemplateResult {
  return html`<li class="item ${d.showIllustration ? 'with-illustration' : ''}" aria-hidden="true">
    <div class="body">
      <div class="skeleton line title-line"></div>
      ${d.showDates ? html`<div class="skeleton line short"></div>` : nothing}
      ${d.showSummary ? html`<div class="skeleton line"></div><div class="skeleton line"></div>` : nothing}
    </div>
    ${d.showIllustration ? html`<div class="skeleton illustration"></div>` : nothing}
  </li>`;
}

export const articleStyles = [
  linkedItemStyles,
  css`
  .date {
    display: block;
    margin-top: 0.2em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary {
    margin: 0.35em 0 0;
    font-size: 0.9375em;
    color: var(--_text);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .illustration {
    display: block;
    width: 100%;
    height: auto;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
  }
  .line {
    height: 0.9em;
    margin: 0.35em 0;
  }
  .title-line {
    height: 1.1em;
    width: 85%;
  }
  .short {
    width: 35%;
  }
`,
];
