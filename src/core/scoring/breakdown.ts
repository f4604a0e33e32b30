// Every score explained: the point columns that add up to 总分, `--explain` text, and the 得分明细 sheet.
import { formatISO } from '../dates/civil-date';
import { SheetSpec, SpecValue, STYLES } from '../sheets/sheet-spec';
import { COMPONENTS, ComponentKey, RuleModel, placeHeader, ranksUnits } from './rule-model';
import { PointsUnit, componentHeader, scoredWord, totalHeader, unitNote } from './points-unit';
import { scoreText } from './engine';
import type { Report } from './report';
import { GenerationStamp, SummaryColumn, summarySheet } from './summary-layout';
import type { UnitScore } from './tally';

/** Text of a component that does not apply to a unit. */
export const NOT_APPLICABLE = '不适用';

/** The components some unit scores on (or that do not apply to some unit), in breakdown order: the columns adding up to 总分. */
export function pointComponents(scores: readonly UnitScore[]): ComponentKey[] {
  const seen = new Set<ComponentKey>();
  for (const s of scores) {
    for (const p of s.parts) seen.add(p.component);
    for (const n of s.notApplicable) seen.add(n.component);
  }
  return COMPONENTS.filter((c) => seen.has(c));
}

/** A unit's points in one component; null when it does not apply to the unit. */
export function componentPoints(s: UnitScore, c: ComponentKey): number | null {
  let sum = 0;
  let any = false;
  for (const p of s.parts) {
    if (p.component !== c) continue;
    sum += p.points;
    any = true;
  }
  if (!any && s.notApplicable.some((n) => n.component === c)) return null;
  return Math.round(sum * 100) / 100;
}

/** "总分 = 报送得分 + 采用得分 − 逾期扣分 …" and what does not apply, for a note under a table (in the rules' unit: 奖励合计（元） = …). */
export function totalNote(components: readonly ComponentKey[], scores: readonly UnitScore[], unit: PointsUnit = '分'): string {
  const sum = components.map((c) => componentHeader(c, unit)).join(' + ');
  const na = scores.some((s) => s.notApplicable.length > 0);
  const said = unitNote(unit);
  return `${totalHeader(unit)} = ${sum}${na ? `；“${NOT_APPLICABLE}”的项目（如本期无报送指标、未抽查）不计入该单位${totalHeader(unit)}，也不按满分计` : ''}${said ? `（${said}）` : ''}。`;
}

/** How a unit's total was reached, line by line (duban report --explain 单位名). */
export function explainUnit(report: Pick<Report, 'scores' | 'period' | 'rules'>, unit: string): string | null {
  const s = report.scores.find((x) => x.unit === unit);
  if (!s) return null;
  const u = report.rules.model.pointsUnit;
  const amount = (n: number) => `${scoreText(n)} ${u}`;
  const place = ranksUnits(report.rules.model) ? `，排名第 ${s.rank}` : '';
  const lines = [`${s.unit}（${s.category}）${formatISO(report.period.from)} 至 ${formatISO(report.period.to)}：${totalHeader(u)} ${amount(s.total)}${place}${s.grade ? `，${s.grade}` : ''}`];
  let running = 0;
  for (const p of s.parts) {
    running += p.points;
    const sign = p.points < 0 ? '−' : '+';
    const count = p.count > 1 || p.component === 'adoption' ? ` ${Math.round(p.count * 100) / 100} ${p.component === 'adoption' ? '篇' : '项'}` : '';
    lines.push(`  ${sign} ${scoreText(Math.abs(p.points))}  ${componentHeader(p.component, u)}：${p.label}${count}${p.detail ? `（${p.detail}）` : ''}  累计 ${scoreText(running)}`);
  }
  for (const n of s.notApplicable) lines.push(`  ${NOT_APPLICABLE}  ${componentHeader(n.component, u)}：${n.reason}（不计分，也不按满分计）`);
  if (s.maxApplicable !== null) lines.push(`  适用项满分 ${amount(s.maxApplicable)}（等次按总分占适用项满分的比例评定）`);
  for (const t of s.targets) lines.push(`  目标：${t.label} ${amount(t.target)}，完成 ${amount(t.earned)}（${t.target > 0 ? ((t.earned / t.target) * 100).toFixed(1) : '—'}%）`);
  for (const f of s.flags) lines.push(`  提示：${f}`);
  lines.push(`  合计 ${amount(s.total)}`);
  return lines.join('\n');
}

/** Name of the generated breakdown sheet. */
export const BREAKDOWN_SHEET = '得分明细';

const column = (header: string, width: number, style = STYLES.plain): SummaryColumn => ({ header, width, style });

/** How co-written pieces were credited to people, as the 通讯员 block of 得分明细 says it (评分规则 合作分配). */
const CREDIT_NOTE: Record<RuleModel['sharedCredit'], string> = {
  split: '合作稿件的分值按作者人数平分（评分规则“合作分配”可改为各计全分或第一作者）',
  full: '合作稿件每位作者各计全分（评分规则“合作分配”）',
  first: '合作稿件只计第一作者（评分规则“合作分配”），单位照计全分',
  half: '合作稿件（合报单位、合写作者）各计一半分值（评分规则“合作分配”减半）',
  ordered: '合作稿件按署名顺序的比例分给作者（评分规则“合作分配”），其后的作者不计；合报单位得其作者的份额',
};

/** 得分明细: one row per unit per scored line (采用 by outlet/type, 批示, 基础分, 扣分, 加减分 with 事由), 不适用 lines, a 合计 per unit, then 通讯员. */
export function breakdownSheet(report: Pick<Report, 'scores' | 'period' | 'people' | 'rules'>, stamp: GenerationStamp): SheetSpec {
  const u = report.rules.model.pointsUnit;
  const money = u !== '分';
  // a rule that ranks nobody numbers its units and people in order (序号), never by a rank it does not have
  const ranked = ranksUnits(report.rules.model);
  const columns = [
    column(placeHeader(ranked), 6, STYLES.center), column('单位', 20), column(money ? '奖励项' : '计分项', 12), column('内容', 36, STYLES.text), column('数量', 7, STYLES.number),
    column(money ? `金额（${u}）` : '分值', money ? 11 : 9, STYLES.decimal), column('说明', 44, STYLES.text),
  ];
  const rows: SpecValue[][] = [];
  const styles: (typeof STYLES.plain | undefined)[] = [];
  const totalStyle = { ...STYLES.section, align: 'left' as const };
  for (const [i, unitScore] of report.scores.entries()) {
    const s = ranked ? unitScore : { ...unitScore, rank: i + 1 };
    for (const p of s.parts) {
      rows.push([s.rank, s.unit, componentHeader(p.component, u), p.label, Math.round(p.count * 100) / 100, p.points, p.detail || null]);
      styles.push(undefined);
    }
    for (const n of s.notApplicable) {
      rows.push([s.rank, s.unit, componentHeader(n.component, u), NOT_APPLICABLE, null, null, `${n.reason}：不计入总分，也不按满分计`]);
      styles.push(undefined);
    }
    for (const t of s.targets) {
      rows.push([s.rank, s.unit, '目标分', t.label, null, null, `目标 ${scoreText(t.target)} ${u}，完成 ${scoreText(t.earned)} ${u}（${t.target > 0 ? ((t.earned / t.target) * 100).toFixed(1) : '—'}%）`]);
      styles.push(undefined);
    }
    for (const f of s.flags) {
      rows.push([s.rank, s.unit, '提示', f, null, null, null]);
      styles.push({ fill: STYLES.warning.fill });
    }
    const over = s.maxApplicable !== null ? `适用项满分 ${scoreText(s.maxApplicable)} ${u}` : null;
    rows.push([s.rank, s.unit, '合计', totalHeader(u), null, s.total, over]);
    styles.push(totalStyle);
  }
  if (report.people.length) {
    rows.push([null, `通讯员（作者）${scoredWord(u)}`, null, null, null, null, CREDIT_NOTE[report.rules.model.sharedCredit].replace('分值', money ? '奖励' : '分值')]);
    styles.push(totalStyle);
    for (const [i, p] of report.people.entries()) {
      rows.push([ranked ? p.rank : i + 1, p.unit, '作者', p.name, p.pieces, p.points, null]);
      styles.push(undefined);
    }
  }
  const periodText = `${formatISO(report.period.from)} 至 ${formatISO(report.period.to)}`;
  const title = money ? `奖励明细（${periodText}，各项金额相加即奖励合计，单位：${u}）` : `得分明细（${periodText}，各项分值相加即总分）`;
  return summarySheet(BREAKDOWN_SHEET, title, stamp, columns, rows, { rowStyles: styles, landscape: true });
}
