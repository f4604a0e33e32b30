// The bulletin's ranking tables as text, one per category: the same figures, in the same formats, as the bulletin sheet.
import { MEDIA_LEVELS } from '../scoring/scoring-rules';
import { Report } from '../scoring/report';
import { UnitScore } from '../scoring/tally';
import { ComponentKey } from '../scoring/rule-model';
import { scoreText } from '../scoring/engine';
import { NOT_APPLICABLE, componentPoints, pointComponents, totalNote } from '../scoring/breakdown';
import { PointsUnit, componentHeader, scoredWord, totalHeader } from '../scoring/points-unit';

/** Year-to-date columns beside the period's own (霍林郭勒市: 「报送条数 | 累计条数」…「得分 | 累计得分」; 通州区: 「全年累计报送条数」「累计分数」). */
export const YEAR_TO_DATE_SENT = '累计报送';
export const YEAR_TO_DATE_TOTAL = '累计得分';
/** The year-to-date total's header in the rules' words (累计奖励 for a 奖励办法). */
const yearToDateTotal = (unit: PointsUnit) => (unit === '分' ? YEAR_TO_DATE_TOTAL : `累计${scoredWord(unit)}`);

/**
 * Header of an attachment table: counts, then the point columns that add up to 总分 (GB/T 9704: one table per category);
 * with `yearToDate`, 累计报送 after 实报 and 累计得分 after 总分, as offices print them.
 */
export function tableHeader(components: readonly ComponentKey[], yearToDate = false, unit: PointsUnit = '分'): string[] {
  const ytd = (header: string) => (yearToDate ? [header] : []);
  return ['排名', '单位', '应报', '实报', ...ytd(YEAR_TO_DATE_SENT), '完成率', ...MEDIA_LEVELS, ...components.map((c) => componentHeader(c, unit)), totalHeader(unit), ...ytd(yearToDateTotal(unit)), '等次', '较上期'];
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

/** One unit's row; `yearToDate` is its score from 1 January (undefined: no year-to-date columns, null: not scored then). */
export function tableRow(s: UnitScore, components: readonly ComponentKey[], movement: string | null | undefined, yearToDate?: UnitScore | null): string[] {
  const ytd = (value: (y: UnitScore) => string) => (yearToDate === undefined ? [] : [yearToDate ? value(yearToDate) : '—']);
  return [
    String(s.rank), s.unit, String(s.expected), String(s.actual), ...ytd((y) => String(y.actual)), s.completion === null ? '无指标' : percentText(s.completion),
    ...MEDIA_LEVELS.map((l) => String(s.adopted[l])),
    ...components.map((c) => {
      const v = componentPoints(s, c);
      return v === null ? NOT_APPLICABLE : scoreText(v);
    }),
    scoreText(s.total), ...ytd((y) => scoreText(y.total)), s.grade ?? '—', movement ?? '—',
  ];
}

/**
 * One table per category, in category order; every table has the same point columns. `yearToDate` (its period as the
 * note says it, "2023年1—9月份") adds the year-to-date columns: for a period that does not start on 1 January.
 */
export function rankingTables(
  report: Pick<Report, 'scores' | 'movement'> & Partial<Pick<Report, 'yearToDate' | 'rules'>>,
  yearToDate?: { readonly period: string },
): RankingTable[] {
  const components = pointComponents(report.scores);
  const ytd = yearToDate && report.yearToDate ? new Map(report.yearToDate.map((s) => [s.unit, s])) : null;
  const unit = report.rules?.model.pointsUnit ?? '分';
  const header = tableHeader(components, ytd !== null, unit);
  // the year-to-date score is the span's own score (a completion rate over more months), not the periods' scores added up:
  // said so, since it can be below this period's
  const ytdNote = ytd ? `${YEAR_TO_DATE_SENT}为${yearToDate!.period}合计，${yearToDateTotal(unit)}按${yearToDate!.period}整体${unit === '分' ? '评分' : '计算'}（不是各期${scoredWord(unit)}相加）。` : '';
  const note = `注：${totalNote(components, report.scores, unit)}${ytdNote}`;
  const tables: RankingTable[] = [];
  for (const s of report.scores) {
    let table = tables[tables.length - 1];
    if (!table || table.category !== s.category) tables.push((table = { category: s.category, header, rows: [], note }));
    table.rows.push(tableRow(s, components, report.movement.get(s.unit), ytd ? (ytd.get(s.unit) ?? null) : undefined));
  }
  return tables;
}
