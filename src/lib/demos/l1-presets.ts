import { L1_SIGNALS, generateL1Background, generateL1Signal } from '../demo-data/datasets/l1-events';
import { typicalRow } from './typical-event';

export interface EventPreset {
  id: string;
  label: string;
  kind: 'background' | 'signal';
  description: string;
  /** Feature values in the model's input order. */
  values: number[];
}

const SIGNAL_LABELS: Record<string, string> = {
  'monojet-dark-matter': 'Monojet + MET',
  'leptoquark-pair': 'Leptoquark pair',
  'a-to-4-leptons': 'A → 4 leptons',
};

/** Counts stay whole; energies keep one decimal. */
const tidy = (values: number[]) => values.map((v) => (Number.isInteger(v) ? v : Math.round(v * 10) / 10));

/**
 * One typical event of the standard-model mixture and of each synthetic signal, drawn from the
 * same generators the autoencoder was trained and evaluated with (fixed seeds, so the presets
 * never change between builds).
 */
export function l1EventPresets(sampleSize = 401): EventPreset[] {
  return [
    {
      id: 'sm-background',
      label: 'SM background',
      kind: 'background',
      description: 'a typical event of the standard-model mixture the autoencoder was trained on (mostly QCD multijet)',
      values: tidy(typicalRow(generateL1Background(sampleSize, 9101))),
    },
    ...L1_SIGNALS.map((signal, i) => ({
      id: signal.name,
      label: SIGNAL_LABELS[signal.name] ?? signal.name,
      kind: 'signal' as const,
      description: `a typical synthetic signal event: ${signal.description}`,
      values: tidy(typicalRow(generateL1Signal(signal.name, sampleSize, 9201 + i))),
    })),
  ];
}
