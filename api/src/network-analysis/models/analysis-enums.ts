import { registerEnumType } from '@nestjs/graphql';
import { GAP_KINDS, KEY_ACTOR_METRICS } from '../../analysis';
import { asEnum } from '../../common/graphql-enums';

export const KeyActorMetricEnum = asEnum(KEY_ACTOR_METRICS);
export const GapKindEnum = asEnum(GAP_KINDS);
export const SeverityEnum = asEnum(['high', 'medium', 'low'] as const);
export const PathMetricModeEnum = asEnum(['exact', 'sampled', 'skipped'] as const);

registerEnumType(KeyActorMetricEnum, {
  name: 'KeyActorMetric',
  description: 'What makes an actor key: its ties, its position on paths, or its reach.',
});
registerEnumType(GapKindEnum, { name: 'GapKind' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(PathMetricModeEnum, {
  name: 'PathMetricMode',
  description: 'exact: every actor was a source of shortest paths; sampled: a seeded sample was.',
});
