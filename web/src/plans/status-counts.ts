import type { MeasureStatus } from '../api/generated/graphql';
import { MEASURE_STATUSES } from './measures';

/**
 * The API counts a plan's measures by status and leaves out the statuses no measure has;
 * the pages show every status in the same order, zeros included, so plans compare at a
 * glance.
 */
export interface StatusCount {
  status: MeasureStatus;
  count: number;
}

export function statusCounts(byStatus: readonly StatusCount[]): StatusCount[] {
  return MEASURE_STATUSES.map((status) => ({
    status,
    count: byStatus.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0),
  }));
}

export function measureTotal(byStatus: readonly StatusCount[]): number {
  return byStatus.reduce((sum, c) => sum + c.count, 0);
}
