// The bulletin's ranking tables as text, one per category: the same columns, figures and order as the bulletin sheet.
import { Report } from '../scoring/report';
import { pointComponents, totalNote } from '../scoring/breakdown';
import { ranksUnits } from '../scoring/rule-model';
import { isAssessmentPeriod } from '../scoring/periods';
import { ScoreRow, anyMovement, anyQuota, percentText, scoreCellText, scoreColumns, yearToDateNote } from '../scoring/score-columns';

export interface RankingTable {
  readonly category: string;
  readonly header: readonly string[];
  readonly rows: string[][];
  /** What the point columns are and what does not apply: printed under the table. */
  readonly note: string;
}

export { percentText };

/**
 * One table per category, in category order; every table has the same point columns. `yearToDate` (its period as the
 * note says it, "2023年1—9月份") adds the year-to-date columns: for a period that does not start on 1 January.
 */
export function rankingTables(
  report: Pick<Report, 'scores' | 'movement'> & Partial<Pick<Report, 'yearToDate' | 'rules' | 'period'>>,
  yearToDate?: { readonly period: string },
): RankingTable[] {
  const components = pointComponents(report.scores);
  const ytd = yearToDate && report.yearToDate ? new Map(report.yearToDate.map((s) => [s.unit, s])) : null;
  const unit = report.rules?.model.pointsUnit ?? '分';
  const ranked = report.rules ? ranksUnits(report.rules.model) : true;
  const graded = (!report.period || isAssessmentPeriod(report.period, report.rules?.model)) && report.rules?.gradeLines !== null;
  const columns = scoreColumns(components, { yearToDate: ytd !== null, movement: anyMovement(report.scores, report.movement), quota: anyQuota(report.scores), unit, ranked, graded });
  const header = columns.map((c) => c.header);
  const note = `注：${totalNote(components, report.scores, unit)}${ytd ? yearToDateNote(yearToDate!.period, unit) : ''}`;
  const tables: RankingTable[] = [];
  for (const s of report.scores) {
    let table = tables[tables.length - 1];
    if (!table || table.category !== s.category) tables.push((table = { category: s.category, header, rows: [], note }));
    const row: ScoreRow = { score: s, movement: report.movement.get(s.unit), yearToDate: ytd ? (ytd.get(s.unit) ?? null) : undefined, serial: table.rows.length + 1 };
    table.rows.push(columns.map((c) => scoreCellText(c, row)));
  }
  return tables;
}
