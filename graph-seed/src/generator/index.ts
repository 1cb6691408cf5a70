export { generateNetwork } from './generate-network';
export type { GenerateNetworkOptions } from './options';
export { CATEGORY_PROFILES, type CategoryProfile } from './category-profiles';
