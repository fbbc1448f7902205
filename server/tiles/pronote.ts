/**
 * Pronote block: the viewer's latest grades, evaluations, vie scolaire events and
 * homework due (a parent: each child's), from the site's Pronote provider, and the
 * « Ouvrir Pronote » link through the CAS server. When PRONOTE cannot answer, the
 * block says so (state `unavailable`) and the rest of the page is untouched.
 */
import { pronoteConfig, type PronoteConfig, type PronoteData, type PronotePupil, type PronoteSettings } from '../../contract/tiles/pronote.ts';
import type { Profile } from '../../contract/vocabulary.ts';
import type { TileResolver } from './context.ts';
import { pronoteSettingsOf } from '../reading/readable.ts';
import { derived, identity, isShared } from '../reading/memo.ts';
import type { PronoteSummary } from '../pronote/provider.ts';

/** Where « Ouvrir Pronote » goes: through /cas/login with « SSO Pronote avec CAS », else straight. */
export function openPronoteUrl(settings: PronoteSettings): string | null {
  if (!settings.showInQuickAccess || !settings.url) return null;
  return settings.sso === 'cas' ? `/cas/login?service=${encodeURIComponent(settings.url)}` : settings.url;
}

const byDateDesc = <T extends { date: string }>(items: T[]) => [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

function cut(pupil: PronotePupil, config: PronoteConfig): PronotePupil {
  return {
    name: pupil.name,
    grades: config.showGrades ? byDateDesc(pupil.grades).slice(0, config.max) : [],
    evaluations: config.showEvaluations ? byDateDesc(pupil.evaluations).slice(0, config.max) : [],
    events: config.showVieScolaire ? byDateDesc(pupil.events).slice(0, config.max) : [],
    homework: config.showHomework ? pupil.homework.slice(0, config.max) : [],
  };
}

// A function of the module, not a closure named per request (tsx names each one as it is made).
function block(summary: PronoteSummary, config: PronoteConfig, openUrl: string | null, who: 'eleve' | 'parent'): PronoteData {
  return { state: 'ok', openUrl, viewer: who, pupils: summary.pupils.map((p) => cut(p, config)) };
}

export const pronote: TileResolver<typeof pronoteConfig, PronoteData> = {
  config: pronoteConfig,
  personalOnly: true,
  async resolve(config, ctx) {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'user' || viewer.siteId !== ctx.site.id) return { state: 'disabled' };
    const settings = await pronoteSettingsOf(ctx);
    if (!settings || !settings.showBlock) return { state: 'disabled' };
    const openUrl = openPronoteUrl(settings);
    const who = viewer.profile === 'eleve' || viewer.profile === 'parent' ? viewer.profile : 'other';
    if (who === 'other' || !ctx.pronote) return { state: 'ok', openUrl, viewer: who, pupils: [] };
    try {
      const summary = await ctx.pronote.summary({
        siteId: ctx.site.id,
        user: { id: viewer.id, login: viewer.login, displayName: viewer.displayName, profile: viewer.profile as Profile },
        settings,
        now: ctx.now,
      });
      // Made once per kept summary (one user's, 60 s: pronote/cache.ts), saved tile config
      // and kept settings; a preview's config, made per request, is not kept.
      if (!isShared(config) || !isShared(settings)) return block(summary, config, openUrl, who);
      return derived(summary, `pronote|${identity(config)}|${identity(settings)}|${who}`, () => block(summary, config, openUrl, who));
    } catch (error) {
      ctx.reportError(error, `pronote (${ctx.pronote.name}) for user ${viewer.id}`);
      return { state: 'unavailable', openUrl, message: 'Pronote ne répond pas pour le moment : réessayez plus tard, ou ouvrez Pronote directement.' };
    }
  },
};
