import { CATEGORY_LABELS } from '../domain/categories';
import {
  EVENT_KIND_LABELS,
  EVENT_STATUS_LABELS,
  MEASURE_STATUS_LABELS,
} from '../domain/event-vocabulary';
import type { ExportLanguage } from '../exports/export-language';
import { escapeHtml, htmlTable, printPage } from '../exports/html-page';
import type { RegionReportData } from './region-report';

const T = {
  fi: {
    title: 'Alueraportti',
    size: 'Verkoston koko',
    actors: 'toimijaa',
    ties: 'yhteyttä',
    category: 'Toimijaluokka',
    municipality: 'Kunta',
    count: 'Määrä',
    key: 'Avaintoimijat',
    rank: 'Sija',
    name: 'Toimija',
    why: 'Peruste',
    gaps: 'Puutteet',
    severity: 'Vakavuus',
    events: 'Tapahtumat',
    held: 'pidetty',
    date: 'Päivä',
    kind: 'Laji',
    event: 'Tapahtuma',
    status: 'Tila',
    reach: 'Tavoittavuus',
    invited: 'Kutsuttu',
    attended: 'Osallistui',
    plans: 'Toimintasuunnitelmat',
    plan: 'Suunnitelma',
    period: 'Kausi',
    none: 'Ei tietoja.',
    year: 'vuosi',
  },
  sv: {
    title: 'Regionrapport',
    size: 'Nätverkets storlek',
    actors: 'aktörer',
    ties: 'förbindelser',
    category: 'Kategori',
    municipality: 'Kommun',
    count: 'Antal',
    key: 'Nyckelaktörer',
    rank: 'Plats',
    name: 'Aktör',
    why: 'Grund',
    gaps: 'Luckor',
    severity: 'Allvar',
    events: 'Evenemang',
    held: 'hållna',
    date: 'Datum',
    kind: 'Typ',
    event: 'Evenemang',
    status: 'Status',
    reach: 'Räckvidd',
    invited: 'Inbjudna',
    attended: 'Deltog',
    plans: 'Handlingsplaner',
    plan: 'Plan',
    period: 'Period',
    none: 'Inga uppgifter.',
    year: 'år',
  },
  en: {
    title: 'Region report',
    size: 'Size of the network',
    actors: 'actors',
    ties: 'ties',
    category: 'Category',
    municipality: 'Municipality',
    count: 'Count',
    key: 'Key actors',
    rank: 'Rank',
    name: 'Actor',
    why: 'Why',
    gaps: 'Gaps',
    severity: 'Severity',
    events: 'Events',
    held: 'held',
    date: 'Date',
    kind: 'Kind',
    event: 'Event',
    status: 'Status',
    reach: 'Reach',
    invited: 'Invited',
    attended: 'Attended',
    plans: 'Action plans',
    plan: 'Plan',
    period: 'Period',
    none: 'No data.',
    year: 'year',
  },
} as const;

const SEVERITY_LABELS: Record<string, Record<ExportLanguage, string>> = {
  high: { fi: 'suuri', sv: 'stor', en: 'high' },
  medium: { fi: 'keskisuuri', sv: 'medel', en: 'medium' },
  low: { fi: 'pieni', sv: 'liten', en: 'low' },
};

/** The region report as a page that prints cleanly to PDF; every text is escaped. */
export function regionReportHtml(r: RegionReportData, lang: ExportLanguage): string {
  const t = T[lang];
  const table = (header: string[], rows: string[][], numeric: number[] = []) =>
    rows.length ? htmlTable(header, rows, numeric) : `<p>${escapeHtml(t.none)}</p>`;
  const title = `${t.title}: ${r.regionName}${r.year ? ` (${t.year} ${r.year})` : ''}`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(`${r.actorCount} ${t.actors} · ${r.tieCount} ${t.ties} · ${r.events.length} ${t.events.toLowerCase()}, ${r.eventsHeld} ${t.held}`)}</p>`,
    `<h2>${escapeHtml(t.size)}</h2>`,
    table(
      [t.category, t.count],
      r.byCategory.map((c) => [CATEGORY_LABELS[c.category][lang], String(c.count)]),
      [1],
    ),
    table(
      [t.municipality, t.count],
      r.byMunicipality.map((m) => [m.name, String(m.count)]),
      [1],
    ),
    `<h2>${escapeHtml(t.key)}</h2>`,
    table(
      [t.rank, t.name, t.category, t.why],
      r.keyActors.map((k) => [
        String(k.rank),
        k.actor.name,
        CATEGORY_LABELS[k.actor.category][lang],
        k.reason[lang],
      ]),
      [0],
    ),
    `<h2>${escapeHtml(t.gaps)}</h2>`,
    table(
      [t.severity, t.gaps],
      r.gaps.map((g) => [SEVERITY_LABELS[g.severity]?.[lang] ?? g.severity, g.explanation[lang]]),
    ),
    `<h2>${escapeHtml(t.events)}</h2>`,
    table(
      [t.date, t.kind, t.event, t.status],
      r.events.map((e) => [
        e.date,
        EVENT_KIND_LABELS[e.kind][lang],
        e.title,
        EVENT_STATUS_LABELS[e.status][lang],
      ]),
    ),
    `<h2>${escapeHtml(t.reach)}</h2>`,
    table(
      [t.category, t.actors, t.invited, t.attended],
      r.reach.map((c) => [
        CATEGORY_LABELS[c.category][lang],
        String(c.actors),
        String(c.invited),
        String(c.attended),
      ]),
      [1, 2, 3],
    ),
    `<h2>${escapeHtml(t.plans)}</h2>`,
    table(
      [
        t.plan,
        t.period,
        ...r.plans
          .slice(0, 1)
          .flatMap((p) => p.measuresByStatus.map((s) => MEASURE_STATUS_LABELS[s.status][lang])),
      ],
      r.plans.map((p) => [
        p.plan.title,
        `${p.plan.periodStart}–${p.plan.periodEnd}`,
        ...p.measuresByStatus.map((s) => String(s.count)),
      ]),
    ),
  ].join('\n');
  return printPage(lang, title, body);
}
