import { registerEnumType } from '@nestjs/graphql';

export const PlanExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX', HTML: 'HTML' } as const;

registerEnumType(PlanExportFormatEnum, { name: 'PlanExportFormat' });
