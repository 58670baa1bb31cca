/** A generated sample: row-major features in physical units plus an integer label per row. */
export interface Dataset {
  n: number;
  width: number;
  features: Float64Array;
  labels: Uint8Array;
}

export interface FeatureSpec {
  name: string;
  unit: string;
  description: string;
  /** Range a demo UI should offer (physical units). */
  range: readonly [number, number];
  /** A sensible starting value for a demo UI. */
  defaultValue: number;
}

/** Rows [from, to) of a dataset, copied. */
export function sliceDataset(data: Dataset, from: number, to: number): Dataset {
  return {
    n: to - from,
    width: data.width,
    features: data.features.slice(from * data.width, to * data.width),
    labels: data.labels.slice(from, to),
  };
}

/** Bytes that identify a dataset exactly: features as float64 little-endian, then the labels. */
export function datasetBytes(data: Dataset): Uint8Array {
  const bytes = new Uint8Array(data.features.length * 8 + data.labels.length);
  const view = new DataView(bytes.buffer);
  data.features.forEach((v, k) => view.setFloat64(k * 8, v, true));
  bytes.set(data.labels, data.features.length * 8);
  return bytes;
}
