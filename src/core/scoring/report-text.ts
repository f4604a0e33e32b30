// The bulletin as a plain-text table for the terminal (`duban report`, `duban demo`).
import { formatISO } from '../dates/civil-date';
import { countBySeverity } from '../validation/issues';
import { Report } from './report';
import { categoriesOf } from './ranking';
import { pointComponents, totalNote } from './breakdown';
import { anyMovement, anyQuota, scoreCellText, scoreColumns } from './score-columns';
import { ranksUnits } from './rule-model';
import { showsGrades } from './periods';
import { silenceLines, silenceOf } from './silence';
import { zeroCountStart } from './movement';

/** Display width: CJK characters count two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, w: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
};

export function formatBulletin(report: Report): string {
  const components = pointComponents(report.scores);
  const unit = report.rules.model.pointsUnit;
  const graded = showsGrades(report.period, report.rules);
  const columns = scoreColumns(components, { movement: anyMovement(report.scores, report.movement), quota: anyQuota(report.scores), unit, ranked: ranksUnits(report.rules.model), graded });
  const header = columns.map((c) => c.header);
  // 序号 (a rule that ranks nobody) restarts with each category, as each category's table does
  const serials = report.scores.map((s, i, all) => all.slice(0, i + 1).filter((x) => x.category === s.category).length);
  const rows = report.scores.map((s, i) => columns.map((c) => scoreCellText(c, { score: s, movement: report.movement.get(s.unit), serial: serials[i] })));
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  // names and words (单位, 等次, 较上期) to the left, figures to the right, whichever column comes last
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], columns[i].kind !== 'unit' && columns[i].kind !== 'label')).join('  ').trimEnd();
  const counts = countBySeverity(report.issues);
  const body: string[] = [];
  const headed = categoriesOf(report.scores).length > 1;
  report.scores.forEach((s, i) => {
    if (headed && (i === 0 || report.scores[i - 1].category !== s.category)) body.push(`【${s.category}】`);
    body.push(line(rows[i]));
  });
  const notes = [
    ...(report.scores.length ? [totalNote(components, report.scores, unit)] : []),
    ...(report.categories.note ? [report.categories.note] : []),
    ...silenceLines(silenceOf(report)),
    // the months of silence and where they are counted from (the ledger may begin after the 考核年度 does)
    ...(zeroCountStart(report.zeroReport) && !silenceOf(report).noLedger ? [`连续未报送的月数${zeroCountStart(report.zeroReport)}`] : []),
    ...report.unverified.map((u) => `待核实（未排名）：${u.name}${u.suggestion ? `，可能是“${u.suggestion}”` : ''}；见 ${u.places.join('、')}`),
  ];
  return [
    `通报期间 ${formatISO(report.period.from)} 至 ${formatISO(report.period.to)}，统计截止日 ${formatISO(report.asOf)}；${report.scores.length} 个单位`,
    line(header),
    ...body,
    ...notes,
    `校验：错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个`,
  ].join('\n');
}
