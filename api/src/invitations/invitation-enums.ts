import { registerEnumType } from '@nestjs/graphql';
import { INVITEE_SOURCES, SKIP_REASONS } from './invitee';

function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const InviteeSourceEnum = asEnum(INVITEE_SOURCES);
export const SkipReasonEnum = asEnum(SKIP_REASONS);
export const InvitationExportFormatEnum = asEnum(['CSV', 'XLSX', 'EMAILS', 'HTML'] as const);
export type InvitationExportFormat = keyof typeof InvitationExportFormatEnum;

registerEnumType(InviteeSourceEnum, { name: 'InviteeSource' });
registerEnumType(SkipReasonEnum, {
  name: 'InviteeSkipReason',
  description:
    'Why a proposed invitee was left out: already on the list by person, address or actor.',
});
registerEnumType(InvitationExportFormatEnum, {
  name: 'InvitationExportFormat',
  description: 'CSV and XLSX for spreadsheets, EMAILS for BCC, HTML for printing.',
});
