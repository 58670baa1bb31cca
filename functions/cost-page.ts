import type { Db } from '../db/client';
import { currentPriceVersionId, getPriceVersion, listPriceVersionIds } from '../db/queries/prices';
import { costFormChoices } from '../src/lib/cost-report/form-choices';
import { fillBetween } from '../src/lib/cost-report/fill-shell';
import { problemOfApiError, renderEstimate, renderEstimateProblem } from '../src/lib/cost-report/render-estimate';
import {
  DEFAULT_FORM_VALUES,
  EXAMPLE_FORM_VALUES,
  renderCostForm,
  type CostFormValues,
} from '../src/lib/cost-report/render-form';
import { CAMPAIGN_PARAMS, paramOfPath, readCostQuery } from '../src/lib/costs';
import type { AppConfig } from './config';
import { ApiError } from './errors';
import { runEstimate, todayUtc } from './routes/costs/estimate-service';
import { EstimateRequestSchema } from './routes/costs/schema';

/** URL parameters as form values; repeated ones (providers) as lists. */
function valuesOf(params: URLSearchParams): CostFormValues {
  const values: CostFormValues = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key).filter((v) => v.trim() !== '');
    if (all.length > 0) values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

/** Without campaign parameters the page shows the worked example; other parameters still apply. */
function effectiveParams(url: URL): URLSearchParams {
  const params = new URLSearchParams(url.searchParams);
  const hasCampaign = Object.values(CAMPAIGN_PARAMS).some((name) => params.get(name)?.trim());
  if (!hasCampaign)
    for (const [k, v] of Object.entries(EXAMPLE_FORM_VALUES)) if (typeof v === 'string') params.set(k, v);
  return params;
}

async function estimateHtml(db: Db, config: AppConfig, params: URLSearchParams): Promise<string> {
  const query = readCostQuery(params);
  const parsed = EstimateRequestSchema.safeParse(query.request);
  if (!parsed.success) {
    return renderEstimateProblem({
      message: 'some fields need fixing.',
      issues: parsed.error.issues.map((i) => ({ param: paramOfPath(i.path.join('.')), message: i.message })),
    });
  }
  try {
    return renderEstimate(await runEstimate(db, config, parsed.data, 'query'), { from: query.from });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return renderEstimateProblem(problemOfApiError(error, error.status));
  }
}

/**
 * The /costs/ page for browsers without JavaScript: the published page is the shell, and the
 * form (with the URL's values) and the estimate are rendered into it. Both hosts call this
 * with the shell they serve; the island later renders the same HTML from the API.
 */
export async function renderCostPage(db: Db, config: AppConfig, shell: string, url: URL): Promise<string> {
  const params = effectiveParams(url);
  const today = todayUtc();
  const [versions, currentId] = await Promise.all([listPriceVersionIds(db), currentPriceVersionId(db, today)]);
  const wanted = params.get('version')?.trim();
  const version =
    (wanted ? await getPriceVersion(db, wanted) : undefined) ??
    (currentId ? await getPriceVersion(db, currentId) : undefined);

  const form = renderCostForm(
    { ...DEFAULT_FORM_VALUES, ...valuesOf(params) },
    costFormChoices(version, versions, currentId, config.onPrem),
  );
  const result = await estimateHtml(db, config, params);
  return fillBetween(fillBetween(shell, 'cost-form', form), 'cost-estimate', result);
}
