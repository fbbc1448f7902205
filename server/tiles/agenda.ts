import { agendaConfig, type AgendaData } from '../../contract/tiles/agenda.ts';
import type { TileResolver } from './context.ts';
import { readableSlugs, readableWith } from '../reading/readable.ts';
import { toResolvedEvent } from '../reading/wire.ts';
import { localDate } from '../reading/dates.ts';

export const agenda: TileResolver<typeof agendaConfig, AgendaData> = {
  config: agendaConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'agenda');
    const events = await ctx.store.events.upcoming(rubriques, config.max, ctx.now, localDate(ctx.now, ctx.timeZone));
    return { items: events.map((e) => toResolvedEvent(e, ctx)) };
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
