import { agendaConfig, type AgendaData } from '../../contract/tiles/agenda.ts';
import type { TileResolver } from './context.ts';
import { readableAgenda, readableSlugs, readableWith } from '../reading/readable.ts';
import { toResolvedEvent } from '../reading/wire.ts';

export const agenda: TileResolver<typeof agendaConfig, AgendaData> = {
  config: agendaConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'agenda');
    const events = await readableAgenda(ctx, rubriques, config.max);
    return { items: events.map((e) => toResolvedEvent(e, ctx)) };
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
