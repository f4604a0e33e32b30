// The bulletin's ranking tables as text, one per category: the same figures, in the same formats, as the bulletin sheet.
import { MEDIA_LEVELS } from '../scoring/scoring-rules';
import { Report } from '../scoring/report';
import { UnitScore } from '../scoring/tally';
import { ComponentKey } from '../scoring/rule-model';
import { scoreText } from '../scoring/engine';
import { NOT_APPLICABLE, componentHeader, componentPoints, pointComponents, totalNote } from '../scoring/breakdown';

/** Header of an attachment table: counts, then the point columns that add up to 总分 (GB/T 9704: one table per category). */
export function tableHeader(components: readonly ComponentKey[]): string[] {
  return ['排名', '单位', '应报', '实报', '完成率', ...MEDIA_LEVELS, ...components.map(componentHeader), '总分', '等次', '较上期'];
}

export interface RankingTable {
  readonly category: string;
  readonly header: readonly string[];
  readonly rows: string[][];
  /** What the point columns are and what does not apply: printed under the table. */
  readonly note: string;
}

/** 0.0% as the sheet's number format shows it. */
export const percentText = (x: number) => `${(x * 100).toFixed(1)}%`;

export function tableRow(s: UnitScore, components: readonly ComponentKey[], movement: string | null | undefined): string[] {
  return [
    String(s.rank), s.unit, String(s.expected), String(s.actual), s.completion === null ? '无指标' : percentText(s.completion),
    ...MEDIA_LEVELS.map((l) => String(s.adopted[l])),
    ...components.map((c) => {
      const v = componentPoints(s, c);
      return v === null ? NOT_APPLICABLE : scoreText(v);
    }),
    scoreText(s.total), s.grade ?? '—', movement ?? '—',
  ];
}

/** One table per category, in category order; every table has the same point columns. */
export function rankingTables(report: Pick<Report, 'scores' | 'movement'>): RankingTable[] {
  const components = pointComponents(report.scores);
  const header = tableHeader(components);
  const note = `注：${totalNote(components, report.scores)}`;
  const tables: RankingTable[] = [];
  for (const s of report.scores) {
    let table = tables[tables.length - 1];
    if (!table || table.category !== s.category) tables.push((table = { category: s.category, header, rows: [], note }));
    table.rows.push(tableRow(s, components, report.movement.get(s.unit)));
  }
  return tables;
}
