/**
 * Reads a GPU type and count from a training job's free-text hardware ("4× A100-80GB",
 * "2 x NVIDIA H100 80GB", "1 A6000") so a retraining estimate can be prefilled. Only GPU
 * types the price table knows are returned; anything else is left to the form.
 */
export function gpuFromHardware(
  hardware: string | null | undefined,
  knownGpuTypes: readonly string[],
): { gpuType?: string; gpus?: number } {
  if (!hardware) return {};
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const text = squash(hardware);
  // Longest names first, so "A100-80GB" wins over "A100".
  const gpuType = [...knownGpuTypes].sort((a, b) => b.length - a.length).find((t) => text.includes(squash(t)));
  const count = /(\d+)\s*(?:[x×*]|gpus?\b)/i.exec(hardware);
  const gpus = count ? Number(count[1]) : undefined;
  return { ...(gpuType ? { gpuType } : {}), ...(gpus && gpus > 0 && gpus <= 1024 ? { gpus } : {}) };
}
