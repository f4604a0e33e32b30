// The bulletin's ranking tables as text, one per category: the same figures, in the same formats, as the bulletin sheet.
import { MEDIA_LEVELS } from '../scoring/scoring-rules';
import { Report } from '../scoring/report';
import { UnitScore } from '../scoring/tally';

/** Header of every attachment table (GB/T 9704 attachments: one table per category). */
export const TABLE_HEADER = ['排名', '单位', '应报', '实报', '完成率', ...MEDIA_LEVELS, '采用得分', '逾期', '总分', '等次', '较上期'] as const;

export interface RankingTable {
  readonly category: string;
  readonly rows: string[][];
}

/** 0.0% as the sheet's number format shows it. */
export const percentText = (x: number) => `${(x * 100).toFixed(1)}%`;
/** 0.00 as the sheet's number format shows it. */
export const decimalText = (x: number) => x.toFixed(2);

export function tableRow(s: UnitScore, movement: string | null | undefined): string[] {
  return [
    String(s.rank), s.unit, String(s.expected), String(s.actual), s.completion === null ? '无指标' : percentText(s.completion),
    ...MEDIA_LEVELS.map((l) => String(s.adopted[l])), decimalText(s.adoptionPoints), String(s.overdue), decimalText(s.total), s.grade,
    movement ?? '—',
  ];
}

/** One table per category, in category order. */
export function rankingTables(report: Pick<Report, 'scores' | 'movement'>): RankingTable[] {
  const tables: RankingTable[] = [];
  for (const s of report.scores) {
    let table = tables[tables.length - 1];
    if (!table || table.category !== s.category) tables.push((table = { category: s.category, rows: [] }));
    table.rows.push(tableRow(s, report.movement.get(s.unit)));
  }
  return tables;
}
