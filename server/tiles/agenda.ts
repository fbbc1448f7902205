import { agendaConfig, type AgendaData } from '../../contract/tiles/agenda.ts';
import type { TileResolver } from './context.ts';
import { readableAgenda, readableSlugs, readableWith } from '../reading/readable.ts';
import { derived } from '../reading/memo.ts';

export const agenda: TileResolver<typeof agendaConfig, AgendaData> = {
  config: agendaConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'agenda');
    const items = (await readableAgenda(ctx, rubriques, config.max)) as AgendaData['items'];
    // Made once per kept list: sent as the same bytes to all its readers (http/json-bytes.ts).
    return derived(items, 'agenda', () => ({ items }));
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
