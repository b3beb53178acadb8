// The analyst explorer's filter change, timed where its slicing module can be found.
export interface AnalystCase { where: string; rows: number; medianMs: number; runs: number[] }
export interface AnalystResult { note: string; cases: AnalystCase[] }

export async function benchAnalyst(): Promise<AnalystResult> {
  return {note: "The analyst explorer is not built yet: not measured.", cases: []};
}
