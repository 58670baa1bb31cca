import { DEPLOYMENT_KIND_LABELS, type DeploymentKind } from '../catalog-vocabulary';
import type { CatalogEventType } from './vocabulary';

/**
 * What a catalog event (a change made through the REST API) records in `data`, by type.
 * The statement that writes the event adds what only the database knows when it runs:
 * `actor.name`, the new version's `version`, an alias's `fromVersion`, a deployment's id.
 */
export interface CatalogEventData {
  'model.version.registered': { status: string; artifacts: number; metrics: number };
  'model.alias.moved': { alias: string; version: number; reason: string | null };
  'model.alias.removed': { alias: string; reason: string | null };
  'model.deployed': { version: number; kind: DeploymentKind; target: string; url: string | null; startedAt: string };
  'model.undeployed': {
    deployment: number;
    version: number;
    kind: DeploymentKind;
    target: string;
    reason: string | null;
    endedAt: string;
  };
}

const reasonText = (reason: string | null) => (reason ? `: ${reason.slice(0, 200)}` : '');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line for the timeline, written when the event is stored (the version is shown beside it). */
export function summarizeCatalogEvent<T extends CatalogEventType>(type: T, data: CatalogEventData[T]): string {
  switch (type) {
    case 'model.version.registered': {
      const d = data as CatalogEventData['model.version.registered'];
      return `Version registered through the API (${d.status}, ${plural(d.artifacts, 'artifact')}, ${plural(d.metrics, 'metric')})`;
    }
    case 'model.alias.moved': {
      const d = data as CatalogEventData['model.alias.moved'];
      return `Alias "${d.alias}" set to v${d.version}${reasonText(d.reason)}`;
    }
    case 'model.alias.removed': {
      const d = data as CatalogEventData['model.alias.removed'];
      return `Alias "${d.alias}" removed${reasonText(d.reason)}`;
    }
    case 'model.deployed': {
      const d = data as CatalogEventData['model.deployed'];
      return `Deployed v${d.version} to ${d.target} — ${DEPLOYMENT_KIND_LABELS[d.kind] ?? d.kind}`;
    }
    case 'model.undeployed': {
      const d = data as CatalogEventData['model.undeployed'];
      return `Deployment ${d.deployment} of v${d.version} to ${d.target} ended${reasonText(d.reason)}`;
    }
    default:
      return type;
  }
}
