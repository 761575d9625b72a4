/**
 * The incident view: for each measure of an incident (killed, wounded, detained ...), every
 * source's figure, low / best / high across sources, the number of distinct claimants, and how the
 * figure moved from the earliest report to the latest — the way UCDP GED (best, low, high,
 * number_of_sources) and Iraq Body Count (minimum and maximum per incident) report contested tolls.
 *
 * Rules: a claimant's later figure replaces its earlier one (the Interior Ministry's 18 replaces
 * its 13); low and high are the smallest and largest of those current figures, best is their
 * median (the middle report, robust to one outlier); superseded claims and the old values of
 * stated changes are history and count only in the timeline. Pure.
 */
import type { Role } from './roles';

/** A claim as the incident view needs it. */
export interface IncidentFigure {
  claimId: string;
  predicate: string;
  role: Role;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  claimant: string | null;
  outlet: string | null;
  /** Publication date of the source (or the claim's as-of date). */
  date: string | null;
  sourceId: string;
  url: string | null;
  quote: string;
  figureText: string;
  /** False for superseded claims and the old values of stated changes. */
  current: boolean;
}

/** One measure of an incident across sources. */
export interface MeasureSummary {
  /** The measure's name: the predicate class, with the role when it is not the measure's usual one ("killed-attackers"). */
  measure: string;
  predicate: string;
  role: Role;
  unit: string;
  low: number;
  best: number;
  high: number;
  /** Distinct claimants (an outlet counts as its own claimant when it names none). */
  claimants: number;
  /** Distinct outlets that reported it. */
  outlets: number;
  figures: IncidentFigure[];
  /** The figure over time, earliest report first. */
  timeline: { date: string | null; value: number; outlet: string | null }[];
}

/** An incident with its measures, as the command line and the popup show it. */
export interface IncidentSummary {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  placeName?: string | null;
  /** Per measure, keyed by measure name: low, best, high and the number of claimants. */
  measures: Record<string, { low: number; best: number; high: number; claimants: number; outlets: number; role: Role; unit: string }>;
  /** The same measures with every figure and the timeline. */
  measureList: MeasureSummary[];
}

const USUAL_ROLE: Readonly<Record<string, Role>> = { killed: 'victims', wounded: 'victims', casualties: 'victims', detained: 'detainees' };

/** A measure's name: "killed" for victims, "killed-attackers" for the attackers killed, and so on. */
export function measureName(predicateClass: string, role: Role): string {
  const usual = USUAL_ROLE[predicateClass];
  if (!usual || role === usual || role === 'people') return predicateClass;
  return `${predicateClass}-${role === 'all-dead' ? 'all' : role}`;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const claimantKey = (f: IncidentFigure): string =>
  (f.claimant ?? f.outlet ?? f.sourceId).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Summarises one incident's figures per measure. `classOf` maps a predicate to its measure class. */
export function summariseIncident(
  incident: { id: string; title: string; date: string | null; place: string | null; placeName?: string | null },
  figures: readonly IncidentFigure[],
  classOf: (predicate: string) => string,
): IncidentSummary {
  const groups = new Map<string, IncidentFigure[]>();
  for (const f of figures) {
    const name = `${measureName(classOf(f.predicate), f.role)}|${f.unit}`;
    const list = groups.get(name) ?? [];
    list.push(f);
    groups.set(name, list);
  }
  const measureList: MeasureSummary[] = [];
  for (const [name, list] of groups) {
    const byDate = [...list].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    // The latest current figure of each claimant.
    const latest = new Map<string, IncidentFigure>();
    for (const f of byDate) if (f.current) latest.set(claimantKey(f), f);
    const values = [...latest.values()].map((f) => f.value);
    if (values.length === 0) values.push(...byDate.map((f) => f.value));
    const first = list[0]!;
    measureList.push({
      measure: name.split('|')[0]!,
      predicate: classOf(first.predicate),
      role: first.role,
      unit: first.unit,
      low: Math.min(...values),
      best: median(values),
      high: Math.max(...values),
      claimants: new Set(list.map(claimantKey)).size,
      outlets: new Set(list.map((f) => f.outlet ?? f.sourceId)).size,
      figures: byDate,
      timeline: byDate.map((f) => ({ date: f.date, value: f.value, outlet: f.outlet })),
    });
  }
  measureList.sort((a, b) => a.measure.localeCompare(b.measure));
  const measures: IncidentSummary['measures'] = {};
  for (const m of measureList) {
    // Two units of one measure (a count and a percentage) keep the first under the plain name.
    if (!(m.measure in measures)) measures[m.measure] = { low: m.low, best: m.best, high: m.high, claimants: m.claimants, outlets: m.outlets, role: m.role, unit: m.unit };
  }
  return { ...incident, measures, measureList };
}

/** The CSV header of an incident export: one row per claim. */
export const INCIDENT_CSV_HEADER = ['incident', 'measure', 'value', 'low', 'high', 'claimant', 'outlet', 'date', 'quote', 'url'] as const;

/** The rows of an incident export, one per claim, in the order of {@link INCIDENT_CSV_HEADER}. */
export function incidentCsvRows(summary: IncidentSummary): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const m of summary.measureList) {
    for (const f of m.figures) rows.push([summary.title, m.measure, f.value, f.low, f.high, f.claimant, f.outlet, f.date, f.quote, f.url]);
  }
  return rows;
}
