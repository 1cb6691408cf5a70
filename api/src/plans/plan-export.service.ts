import { Inject, Injectable } from '@nestjs/common';
import { CATEGORY_LABELS } from '../domain/categories';
import { DIMENSION_LABELS } from '../domain/dimensions';
import type { PlanRecord } from '../domain/event-records';
import { MEASURE_STATUS_LABELS } from '../domain/event-vocabulary';
import type { ActorRecord } from '../domain/records';
import { toCsv } from '../exports/csv-file';
import type { ExportLanguage } from '../exports/export-language';
import { escapeHtml, htmlTable, printPage } from '../exports/html-page';
import type { ExportFile, ExportTable } from '../exports/table';
import { toXlsx } from '../exports/xlsx-file';
import { GeographyService } from '../geography/geography.service';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { PlansService } from './plans.service';
import { auditEntry } from '../audit/audit-entry';

export type PlanExportFormat = 'CSV' | 'XLSX' | 'HTML';

const T = {
  fi: {
    header: [
      'Toimenpide',
      'Tavoite',
      'Osa-alueet',
      'Vastuutoimijat',
      'Kumppanit',
      'Alkaa',
      'Päättyy',
      'Tila',
    ],
    sheet: 'Toimenpiteet',
    plan: 'Toimintasuunnitelma',
    goals: 'Tavoitteet',
    measures: 'Toimenpiteet',
    review: 'Mitä suunnitelmasta puuttuu',
    dims: 'Osa-alueet ilman toimenpidettä',
    keys: 'Alueen avaintoimijat ilman roolia',
    cats: 'Toimijaluokat, jotka puuttuvat suunnitelmasta',
    none: 'ei yhtään',
    period: 'Kausi',
  },
  sv: {
    header: ['Åtgärd', 'Mål', 'Delområden', 'Ansvariga', 'Partner', 'Börjar', 'Slutar', 'Status'],
    sheet: 'Åtgärder',
    plan: 'Handlingsplan',
    goals: 'Mål',
    measures: 'Åtgärder',
    review: 'Vad planen saknar',
    dims: 'Delområden utan åtgärd',
    keys: 'Regionens nyckelaktörer utan roll',
    cats: 'Aktörskategorier som saknas i planen',
    none: 'inga',
    period: 'Period',
  },
  en: {
    header: [
      'Measure',
      'Goal',
      'Dimensions',
      'Responsible',
      'Partners',
      'Starts',
      'Ends',
      'Status',
    ],
    sheet: 'Measures',
    plan: 'Action plan',
    goals: 'Goals',
    measures: 'Measures',
    review: 'What the plan leaves out',
    dims: 'Dimensions without a measure',
    keys: "The region's key actors without a role",
    cats: 'Kinds of actor absent from the plan',
    none: 'none',
    period: 'Period',
  },
} as const;

/** A plan as a measures table (CSV, XLSX) or a printable page with its review. */
@Injectable()
export class PlanExportService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly plans: PlansService,
    private readonly geography: GeographyService,
  ) {}

  async export(id: string, format: PlanExportFormat, lang: ExportLanguage): Promise<ExportFile> {
    const plan = await this.plans.require(id);
    const named = plan.measures.flatMap((m) => [...m.responsibleActorIds, ...m.partnerActorIds]);
    const actors = new Map(
      (await this.store.getActorsByIds([...new Set(named)])).map((a) => [a.id, a]),
    );
    const table = measuresTable(plan, actors, lang);
    const detail = { format, lang, rows: table.rows.length };
    await this.store.appendAudit(auditEntry('export', 'Plan', id, { detail }));
    const base = `${plan.periodStart}-${plan.periodEnd}-${slug(plan.title)}`;
    if (format === 'CSV')
      return {
        fileName: `${base}.csv`,
        mediaType: 'text/csv; charset=utf-8',
        content: toCsv(table),
      };
    if (format === 'XLSX') {
      return {
        fileName: `${base}.xlsx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: await toXlsx(table),
      };
    }
    const t = T[lang];
    const review = await this.plans.review(plan);
    const keyActors = new Map(
      (await this.store.getActorsByIds(review.keyActorsWithoutRole)).map((a) => [a.id, a.name]),
    );
    const geo = await this.geography.get();
    const place = plan.municipalityCode
      ? geo.municipalities.get(plan.municipalityCode)
      : plan.regionCode
        ? geo.regions.get(plan.regionCode)
        : undefined;
    const area = (lang === 'sv' ? place?.nameSv : null) ?? place?.nameFi ?? '';
    const list = (items: string[]) =>
      items.length
        ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
        : `<p class="ok">${escapeHtml(t.none)}</p>`;
    const body = [
      `<h1>${escapeHtml(`${t.plan}: ${plan.title}`)}</h1>`,
      `<p class="meta">${escapeHtml(`${area ?? ''} · ${t.period} ${plan.periodStart}–${plan.periodEnd}`)}</p>`,
      plan.description ? `<p>${escapeHtml(plan.description)}</p>` : '',
      `<h2>${escapeHtml(t.goals)}</h2>`,
      `<ol>${plan.goals.map((g) => `<li>${escapeHtml(g.title)}${g.description ? ` – ${escapeHtml(g.description)}` : ''}</li>`).join('')}</ol>`,
      `<h2>${escapeHtml(t.measures)}</h2>`,
      htmlTable(table.header, table.rows),
      `<h2>${escapeHtml(t.review)}</h2>`,
      `<h3>${escapeHtml(t.dims)}</h3>`,
      list(review.dimensionsWithoutMeasure.map((d) => DIMENSION_LABELS[d][lang])),
      `<h3>${escapeHtml(t.keys)}</h3>`,
      list(review.keyActorsWithoutRole.map((id) => keyActors.get(id) ?? id)),
      `<h3>${escapeHtml(t.cats)}</h3>`,
      list(review.absentCategories.map((c) => CATEGORY_LABELS[c][lang])),
    ].join('\n');
    return {
      fileName: `${base}.html`,
      mediaType: 'text/html; charset=utf-8',
      content: Buffer.from(printPage(lang, `${t.plan}: ${plan.title}`, body), 'utf8'),
    };
  }
}

export function measuresTable(
  plan: PlanRecord,
  actors: ReadonlyMap<string, ActorRecord>,
  lang: ExportLanguage,
): ExportTable {
  const names = (ids: string[]) => ids.map((id) => actors.get(id)?.name ?? id).join(', ');
  return {
    name: T[lang].sheet,
    header: [...T[lang].header],
    widths: [40, 30, 30, 36, 36, 12, 12, 14],
    rows: plan.measures.map((m) => [
      m.title,
      m.goal !== null ? (plan.goals[m.goal]?.title ?? '') : '',
      m.dimensions.map((d) => DIMENSION_LABELS[d][lang]).join(', '),
      names(m.responsibleActorIds),
      names(m.partnerActorIds),
      m.startDate ?? '',
      m.endDate ?? '',
      MEASURE_STATUS_LABELS[m.status][lang],
    ]),
  };
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'plan'
  );
}
