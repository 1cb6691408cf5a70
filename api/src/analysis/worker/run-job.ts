import { analyseNetwork } from '../analyse-network';
import type { AnalysisInput, Gap, GapInput, NetworkAnalysis } from '../analysis.types';
import { findGaps } from '../gaps/find-gaps';
import type { Profile } from '../profiles/profile.schema';

/** One unit of heavy work, as sent to an analysis worker (structured-cloneable). */
export type AnalysisJob =
  { kind: 'analyse'; input: AnalysisInput } | { kind: 'gaps'; input: GapInput; profile: Profile };

export type JobResult<J extends AnalysisJob> = J extends { kind: 'analyse' }
  ? NetworkAnalysis
  : Gap[];

export async function runJob(job: AnalysisJob): Promise<NetworkAnalysis | Gap[]> {
  return job.kind === 'analyse' ? analyseNetwork(job.input) : findGaps(job.input, job.profile);
}
