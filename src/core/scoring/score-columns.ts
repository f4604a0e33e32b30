// The columns of a score table — the 通报 sheet and the 通报's attachment tables — in one order, with one set of words and values.
import { MEDIA_LEVELS } from './scoring-rules';
import { ComponentKey, placeHeader } from './rule-model';
import { NOT_APPLICABLE, componentPoints } from './breakdown';
import { PointsUnit, componentHeader, scoredWord, totalHeader } from './points-unit';
import { UnitScore } from './tally';
import { scoreText } from './engine';

/** Year-to-date columns beside the period's own (霍林郭勒市: 「报送条数 | 累计条数」…「得分 | 累计得分」; 通州区: 「全年累计报送条数」「累计分数」). */
export const YEAR_TO_DATE_SENT = '累计报送';
export const YEAR_TO_DATE_TOTAL = '累计得分';
/** The year-to-date total's header in the rules' words (累计奖励 for a 奖励办法). */
const yearToDateTotal = (unit: PointsUnit) => (unit === '分' ? YEAR_TO_DATE_TOTAL : `累计${scoredWord(unit)}`);
/** A level's adoption column: 中央级采用 … 县级采用 (the 基本情况 says 「被各级媒体采用N篇，其中中央级…」). */
export const levelHeader = (level: string) => `${level}采用`;
/** A cell with nothing to show: no grade, no 较上期, not scored in the year so far. */
export const NO_VALUE = '—';
/** 完成率 of a unit without a quota. */
export const NO_QUOTA = '无指标';

/** Whether any unit has a quota (the 应报 and 完成率 columns say something). */
export const anyQuota = (scores: readonly UnitScore[]) => scores.some((s) => s.expected > 0);

/**
 * Whether any unit has a 较上期 (the column says something): a year-end 通报 has no period before it within the plan year,
 * and a column of — only is noise to a leader (凉山州 2011年度 and 嘉兴市 2008年度 print none).
 */
export const anyMovement = (scores: readonly UnitScore[], movement: ReadonlyMap<string, string | null>) =>
  scores.some((s) => (movement.get(s.unit) ?? null) !== null);

/** How a column's values are shown: the sheet picks width and number format by it, the document the text. */
export type ScoreColumnKind = 'rank' | 'unit' | 'count' | 'percent' | 'points' | 'label';

/** One unit's row: its score, and what the 通报 adds (较上期, the year so far). */
export interface ScoreRow {
  readonly score: UnitScore;
  readonly movement?: string | null;
  /** Its score from 1 January; null when it was not scored then. */
  readonly yearToDate?: UnitScore | null;
  /** Its place in the list (序号) where the rule ranks nobody. */
  readonly serial?: number;
}

export interface ScoreColumn {
  readonly header: string;
  readonly kind: ScoreColumnKind;
  /** The value: a number (counts, rate, points) or text (name, 无指标, 不适用, —). */
  readonly value: (row: ScoreRow) => number | string;
}

export interface ScoreColumnOptions {
  /**
   * 应报 and 完成率: false when no unit has a quota — columns of 0 and 无指标 only; offices that set none print what was sent and
   * adopted (吉林市 「本季度报送 | 本季度采用 | 本季度得分」, 重师新闻网 「序号 | 单位 | 数量」).
   */
  readonly quota?: boolean;
  /** 累计报送 after 实报 and 累计得分 after 总分: for a period that does not start on 1 January. */
  readonly yearToDate?: boolean;
  /** 较上期 at the end (the 通报; not the 年度考核). */
  readonly movement?: boolean;
  /** What the amounts are counted in (评分规则 计分单位): 元 says 采用奖励 … 奖励合计 instead of 采用得分 … 总分. */
  readonly unit?: PointsUnit;
  /** false where the rule ranks nobody (a 奖励办法): 序号 in place of 排名, and no 较上期. */
  readonly ranked?: boolean;
  /** false for a period shorter than the 考核年度 (periods.ts isAssessmentYear): no 等次 column. */
  readonly graded?: boolean;
}

/** The 等次 column's header. */
export const GRADE_HEADER = '等次';

const column = (header: string, kind: ScoreColumnKind, value: ScoreColumn['value']): ScoreColumn => ({ header, kind, value });
const orNone = <T>(v: T | null | undefined, f: (x: T) => number | string) => (v === null || v === undefined ? NO_VALUE : f(v));

/**
 * The columns in the order offices print them: 排名, 单位, counts (with 累计报送 after 实报), 完成率, adoptions by level, the
 * point columns adding up to 总分, 总分 (with 累计得分 after it), 等次, 较上期.
 */
export function scoreColumns(components: readonly ComponentKey[], options: ScoreColumnOptions = {}): ScoreColumn[] {
  const ytd = (c: ScoreColumn) => (options.yearToDate ? [c] : []);
  const quota = (c: ScoreColumn) => (options.quota === false ? [] : [c]);
  const unit = options.unit ?? '分';
  const ranked = options.ranked ?? true;
  return [
    column(placeHeader(ranked), 'rank', (r) => (ranked ? r.score.rank : (r.serial ?? NO_VALUE))),
    column('单位', 'unit', (r) => r.score.unit),
    ...quota(column('应报', 'count', (r) => r.score.expected)),
    column('实报', 'count', (r) => r.score.actual),
    ...ytd(column(YEAR_TO_DATE_SENT, 'count', (r) => orNone(r.yearToDate, (y) => y.actual))),
    ...quota(column('完成率', 'percent', (r) => r.score.completion ?? NO_QUOTA)),
    ...MEDIA_LEVELS.map((l) => column(levelHeader(l), 'count', (r) => r.score.adopted[l])),
    ...components.map((c) => column(componentHeader(c, unit), 'points', (r) => componentPoints(r.score, c) ?? NOT_APPLICABLE)),
    column(totalHeader(unit), 'points', (r) => r.score.total),
    ...ytd(column(yearToDateTotal(unit), 'points', (r) => orNone(r.yearToDate, (y) => y.total))),
    ...(options.graded === false ? [] : [column(GRADE_HEADER, 'label', (r) => r.score.grade ?? NO_VALUE)]),
    ...(options.movement && ranked ? [column('较上期', 'label', (r) => r.movement ?? NO_VALUE)] : []),
  ];
}

/**
 * Under the table, when it has the year-to-date columns: what they cover ("2023年1—9月份"). 累计得分 is the span's own
 * score (a completion rate over more months), not the periods' scores added up: said so, since it can be below this period's.
 */
export const yearToDateNote = (span: string, unit: PointsUnit = '分') =>
  `${YEAR_TO_DATE_SENT}为${span}合计，${yearToDateTotal(unit)}按${span}整体${unit === '分' ? '评分' : '计算'}（不是各期${scoredWord(unit)}相加）。`;

/** 0.0% as the sheet's number format shows it. */
export const percentText = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A cell as the sheet's number format shows it — 66.7%, 45, 67.4, 不适用 —: the 通报's tables and the terminal. */
export function scoreCellText(column: ScoreColumn, row: ScoreRow): string {
  const v = column.value(row);
  if (typeof v === 'string') return v;
  if (column.kind === 'percent') return percentText(v);
  return column.kind === 'points' ? scoreText(v) : String(v);
}
