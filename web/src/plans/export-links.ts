/**
 * The REST addresses of a plan's files (api/src/plans/plans.controller.ts): the printable
 * page and the measures as CSV or XLSX, in the UI language. Links, not GraphQL calls, so a
 * user can open, save or bookmark them.
 */
export type PlanFile = 'html' | 'csv' | 'xlsx';

export function planFileUrl(planId: string, file: PlanFile, lang: string): string {
  const id = encodeURIComponent(planId);
  const q = `?lang=${encodeURIComponent(lang)}`;
  return file === 'html' ? `/api/plans/${id}.html${q}` : `/api/plans/${id}/measures.${file}${q}`;
}
