import { agendaConfig, type AgendaData } from '../../contract/tiles/agenda.ts';
import type { TileResolver } from './context.ts';
import { readableAgenda, readableSlugs, readableWith } from '../reading/readable.ts';

export const agenda: TileResolver<typeof agendaConfig, AgendaData> = {
  config: agendaConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'agenda');
    // The kept array itself, not a copy: its text is serialized once (http/json-text.ts).
    return { items: (await readableAgenda(ctx, rubriques, config.max)) as AgendaData['items'] };
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
