/**
 * Network analysis for Verkosto: per-actor metrics, communities, key actors and gaps. Pure
 * TypeScript over plain records; the API calls it through AnalysisRunner (a worker thread
 * with a timeout) and AnalysisCache (keyed by the store's revision). See CONTEXT.md.
 */
export * from './analysis.types';
export { analyseNetwork, DEFAULT_SEED } from './analyse-network';
export { keyActors } from './key-actors';
export { findGaps, GAP_RULES } from './gaps/find-gaps';
export {
  parseProfile,
  profileSchema,
  type Profile,
  type ProfileGroup,
  type ProfileInput,
} from './profiles/profile.schema';
export { BUILT_IN_PROFILES, builtInProfile } from './profiles/built-in-profiles';
export {
  AnalysisFailedError,
  AnalysisRunner,
  AnalysisTimeoutError,
  type AnalysisRunnerOptions,
} from './worker/analysis-runner';
export { AnalysisCache, scopeKey, type AnalysisCacheOptions } from './worker/analysis-cache';
export { LOCALES, type Locale } from './locale-format';
