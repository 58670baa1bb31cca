import type { z } from 'zod';
import { publicChange } from '../../public-change';
import type { ReleasePublishedV1 } from '../../events/schemas';
import { requireModel, type EventPlan, type PlanContext } from './context';

/** release.published: recorded on the model's timeline; it changes nothing in the catalog. */
export async function planReleasePublished(
  ctx: PlanContext,
  data: z.infer<typeof ReleasePublishedV1>,
): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  return {
    before: [],
    event: { modelId: model.id },
    after: [],
    // The model's pages show its lifecycle timeline.
    ...(model.visibility === 'public'
      ? { publicChange: publicChange.model(model.slug, `release ${data.tag} published`) }
      : {}),
  };
}
