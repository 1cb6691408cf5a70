export { buildKainuuDemo, demoActorId } from './build-demo';
export { DEMO_KAINUU_DIR } from './demo-dir';
export { KAINUU_MUNICIPALITIES, KAINUU_REGION_CODE, type KainuuMunicipality } from './kainuu';
