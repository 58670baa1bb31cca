/**
 * ALEPH parameterisation of the Bethe–Bloch curve as used for the ALICE TPC
 * (AliExternalTrackParam::BetheBlochAleph in AliRoot, o2::tpc::BetheBlochAleph
 * in O2):
 *   f(βγ) = P1 / β^P4 · (P2 − β^P4 − ln(P3 + (βγ)^−P5)),
 * scaled so that a minimum-ionising particle gives MIP = 50 (arbitrary TPC units).
 * Parameters: the LHC10 pp data set used across AliRoot analysis tasks
 * (P1 = 0.0283086/0.97, P2 = 26.3394, P3 = 5.04114e-11, P4 = 2.12543, P5 = 4.88663),
 * with the 5.2 % relative dE/dx resolution quoted next to them.
 */
export const ALEPH_PARAMETERS = [0.0283086 / 0.97, 26.3394, 5.04114e-11, 2.12543, 4.88663] as const;
export const MIP_SIGNAL = 50;
export const DEDX_RESOLUTION = 0.052;

export function betheBlochAleph(betaGamma: number, parameters: readonly number[] = ALEPH_PARAMETERS): number {
  const [p1, p2, p3, p4, p5] = parameters as [number, number, number, number, number];
  const beta = betaGamma / Math.sqrt(1 + betaGamma * betaGamma);
  const aa = beta ** p4;
  const bb = Math.log(p3 + (1 / betaGamma) ** p5);
  return ((p2 - aa - bb) * p1) / aa;
}

/** Mean TPC dE/dx (MIP = 50) of a singly charged particle of mass `mass` (GeV/c²) at momentum `p` (GeV/c). */
export function expectedDedx(p: number, mass: number): number {
  return MIP_SIGNAL * betheBlochAleph(p / mass);
}
