export { buildKainuuDemo, demoActorId } from './build-demo';
export { DEMO_KAINUU_DIR } from './demo-dir';
export { KAINUU_MUNICIPALITIES, KAINUU_REGION_CODE, type KainuuMunicipality } from './kainuu';
export {
  KAINUU_DEMO_EVENTS,
  KAINUU_DEMO_PANEL,
  KAINUU_DEMO_TRAINING,
  type DemoEvent,
  type DemoInvitation,
  type DemoSpeaker,
} from './events';
