import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { estimateCampaign } from './estimate-campaign';
import { formatEstimateTable } from './format-estimate-table';
import { ILLUSTRATIVE_ON_PREM_RATE } from './on-prem-option';

describe('formatEstimateTable', () => {
  const text = formatEstimateTable(
    estimateCampaign(
      { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2 },
      initialPriceVersion,
      ILLUSTRATIVE_ON_PREM_RATE,
    ),
  );
  const lines = text.split('\n');

  it('starts with a summary table with aligned money columns', () => {
    expect(lines[0]).toBe('Cost estimate with price version prices-2026-11 (effective 2026-11-01)');
    expect(lines.slice(3, 8)).toEqual([
      'option                             compute  storage   transfer       total',
      'AWS us-east-1                   $49,404.69  $471.04  $3,523.80  $53,399.53',
      'Google Cloud us-central1        $21,209.90  $409.60  $3,594.24  $25,213.74',
      'Azure eastus                    $58,986.00    $0.00  $3,437.01  $62,423.01  incomplete',
      'On-premises (placeholder rate)   $7,200.00  $100.00      $0.00   $7,300.00  placeholder: not ranked',
    ]);
    expect(text).toContain('Cheapest: Google Cloud us-central1 $25,213.74\n');
    expect(text).not.toContain('Cheapest cloud:');
  });

  it('numbers each component’s source and lists the sources with their retrieval date', () => {
    const compute = lines.find((l) => l.includes('p4de.24xlarge (8× A100-80GB) on-demand'));
    expect(compute).toMatch(/1,800 +instance-hour +\$27\.44705 +\$49,404\.69 +\[1\]$/);
    expect(text).toContain(
      '  [1] aws:us-east-1:gpu_vm:p4de.24xlarge: skypilot-catalog v8 aws/vms.csv (commit 00148f2a); retrieved 2026-11\n',
    );
    expect(text).toMatch(/\[\d+\] on-prem:gpu-hour: illustrative assumption.*retrieved not dated \(assumption\)/);
  });

  it('shows what is not priced, the warnings and the assumptions', () => {
    expect(text).toContain(
      '  not priced: standard object storage (no standard storage price for azure eastus (classes priced: none))',
    );
    expect(text).toContain('  warning: p4de.24xlarge has 8 GPUs but a job needs 4');
    expect(text).toMatch(/\nAssumptions:\n  1\. Prices from price version prices-2026-11/);
  });
});
