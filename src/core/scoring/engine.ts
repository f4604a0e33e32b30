// Scores one unit under the office's rules: every point is an atom with its reason, bounded per period and summed into parts.
import { CivilDate, addDays, formatISO } from '../dates/civil-date';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { MediaDirectory } from '../sheets/media-sheet';
import { completionScale } from './completion-scale';
import { CADENCE_LABEL, Cadence, ComponentKey, RuleModel, hasType, looseKey } from './rule-model';
import { YearStart, assessmentYearFrom, assessmentYearOf, dayOf, subPeriods, wholePeriodsIn } from './periods';
import { PiecePoints, piecePoints } from './piece-points';
import { piecesInWindow, piecesOf, rowsIn, submittedIn } from './pieces';
import { ScoringRules } from './scoring-rules';
import { inLadder, tierResults } from './tiers';
import { countedAssignments, countedTimes, thresholdText } from './count-threshold';
import { orderedUnitShare } from './credit-shares';
import { memoize } from '../memo';
import { countVerb } from './points-unit';
import { Atom, applyBounds, fmt, partsOf, round2, settleRounding } from './score-atoms';
import { CountedPiece, NotApplicable, QuotaMet, QuotaSource, TargetResult, UnitFacts, UnitResult } from './score-model';

export * from './score-model';
export { round2, scoreText } from './score-atoms';

export interface EngineContext {
  readonly rules: ScoringRules;
  readonly window: { readonly from: CivilDate; readonly to: CivilDate };
  readonly media: MediaDirectory | null;
  /** Piece points memoised by what decides them (a ledger repeats a few outlets and types thousands of times). */
  readonly pointsOf: (entry: LedgerEntry) => PiecePoints;
  /** "每篇5分": one text per value, not one per adopted row. */
  readonly perPiece: (points: number) => string;
}

/** The detail of an adopted piece no 评分规则 row scores. */
const NO_ADOPTION_POINTS = '评分规则未给此类采用计分';

export function engineContext(rules: ScoringRules, window: EngineContext['window'], media: MediaDirectory | null): EngineContext {
  // media → level → types (one shared array per written 类型/版面) → 批示: no key string built per row
  const memo = new Map<string, Map<string, Map<readonly string[], Map<string, PiecePoints>>>>();
  const pointsOf = (e: LedgerEntry) => {
    // a row's own points (上级计分) are few: not memoised
    if (e.given !== undefined) return piecePoints(e, rules.model, media);
    let byLevel = memo.get(e.media);
    if (!byLevel) memo.set(e.media, (byLevel = new Map()));
    let byTypes = byLevel.get(e.level ?? '');
    if (!byTypes) byLevel.set(e.level ?? '', (byTypes = new Map()));
    let byInstruction = byTypes.get(e.types);
    if (!byInstruction) byTypes.set(e.types, (byInstruction = new Map()));
    let hit = byInstruction.get(e.instruction);
    if (!hit) byInstruction.set(e.instruction, (hit = piecePoints(e, rules.model, media)));
    return hit;
  };
  return { rules, window, media, pointsOf, perPiece: memoize((points: number) => `每篇${fmt(points)}${rules.model.pointsUnit}`) };
}


/** The whole periods of the 考核年度 before the window starts (none when the window starts the year). */
function yearBefore(cadence: Cadence, window: { from: CivilDate; to: CivilDate }, yearStart: YearStart) {
  const from = assessmentYearFrom(assessmentYearOf(window.from, yearStart), yearStart);
  if (dayOf(from) >= dayOf(window.from)) return [];
  return subPeriods(cadence, { from, to: addDays(window.from, -1) }, yearStart);
}

/** Whether a rule written for a unit or unit type (null: all) applies to the unit. */
function forUnit<T extends { unit: string | null }>(rules: readonly T[], unit: string, categories: readonly string[]): T[] {
  const named = rules.filter((r) => r.unit !== null && looseKey(r.unit) === looseKey(unit));
  if (named.length) return named;
  const typed = rules.filter((r) => r.unit !== null && categories.some((c) => looseKey(c) === looseKey(r.unit!)));
  if (typed.length) return typed;
  return rules.filter((r) => r.unit === null);
}

/** The rule quotas that apply to a unit, or (none written) the task sheet's. */
export function ruleQuotas(model: RuleModel, unit: string, categories: readonly string[]): QuotaSource[] {
  return forUnit(model.quotas, unit, categories).map((q) => ({
    type: q.type,
    cadence: q.cadence,
    label: `${CADENCE_LABEL[q.cadence]}${q.adopted ? '采用' : ''}${q.type ? `${q.type}` : ''}${q.pieces}篇`,
    expectedIn: (from: CivilDate, to: CivilDate) => q.pieces * wholePeriodsIn(q.cadence, from, to, model.yearStart),
    adopted: q.adopted,
  }));
}

/** A 加减分 事由 saying it counts in that period's points (for 目标分), not only in the total. */
const IN_PERIOD = /计入当(月|季|期)|计入本(月|季|期)/;

const inSpan = (d: CivilDate, from: CivilDate, to: CivilDate) => {
  const x = dayOf(d);
  return x >= dayOf(from) && x <= dayOf(to);
};

/** Scores one unit. */
export function scoreUnit(ctx: EngineContext, facts: UnitFacts): UnitResult {
  const { rules, window } = ctx;
  const model = rules.model;
  const u = model.pointsUnit;
  const atoms: Atom[] = [];
  const notApplicable: NotApplicable[] = [];
  const flags: string[] = [];
  const targets: TargetResult[] = [];
  const end = window.to;
  const add = (component: ComponentKey, label: string, points: number, date: CivilDate, detail = '', count = 1) =>
    atoms.push({ component, label, detail, count, points, date });
  const inWindow = rowsIn(facts.entries, window.from, window.to);
  // the piece of each row in the window (同稿多用, 批示 once per piece), by the row's index in the unit's list
  const pieceIndex = () => piecesOf(facts.entries);
  const pieces = () => pieceIndex().pieces;
  let windowPieces: Int32Array | null = null;
  const pieceAt = (i: number) => (windowPieces ??= piecesInWindow(facts.entries, inWindow, pieceIndex().pieceOf))[i];
  // per-row points summed per label and month (bounds are per month, quarter, year or window: unions of months)
  const monthly = new Map<ComponentKey, Map<string, Map<number, Atom>>>();
  const addRow = (component: ComponentKey, label: string, points: number, date: CivilDate, detail: string, count: number) => {
    let byLabel = monthly.get(component);
    if (!byLabel) monthly.set(component, (byLabel = new Map()));
    let byMonth = byLabel.get(label);
    if (!byMonth) byLabel.set(label, (byMonth = new Map()));
    const month = date.year * 12 + date.month;
    const a = byMonth.get(month);
    if (a) {
      a.points += points;
      a.count += count;
    } else {
      const atom = { component, label, detail, count, points, date: { year: date.year, month: date.month, day: 1 } };
      byMonth.set(month, atom);
      atoms.push(atom);
    }
  };

  // 报送 (today's completion ratio)
  if (rules.completionFull > 0) {
    if (facts.hasQuota) {
      const completion = Math.min(facts.actual / facts.expected, 1);
      add('submission', '报送完成率', completion * rules.completionFull, end, `实报${fmt(facts.actual)}/应报${fmt(facts.expected)}，完成率${(completion * 100).toFixed(1)}% × ${fmt(rules.completionFull)}${u}`);
    } else notApplicable.push({ component: 'submission', reason: '本期无报送指标' });
  }

  // 合报: each unit a share (平分), half whatever their number (减半: “与其它单位合并撰写的得分相应减半”), or the whole
  // ordered (3:2): each unit the shares of its authors by place
  const split = (e: LedgerEntry) => (e.partners > 1
    ? (model.sharedCredit === 'split' ? 1 / e.partners : model.sharedCredit === 'half' ? 0.5 : model.sharedCredit === 'ordered' ? orderedUnitShare(e, model.creditWeights ?? []) : 1)
    : 1);
  const shareNoteOf = (e: LedgerEntry, share: number) => (share < 1
    ? `（合报，${e.partners}个单位${model.sharedCredit === 'half' ? '各计一半' : model.sharedCredit === 'ordered' ? `按署名顺序${(model.creditWeights ?? []).join(':')}分，本单位${fmt(Math.round(share * 1000) / 10)}%` : '平分'}）`
    : '');
  // 报送计分: points per distinct piece submitted in the window, of a type or any; a 合报 piece's shared as its adoption points are
  const submissionPieces: CountedPiece[] = [];
  for (const rule of model.submissions) {
    const seen = new Uint8Array(pieces().length);
    for (let i = 0; i < inWindow.length; i++) {
      const e = inWindow[i];
      if (!hasType(e.types, rule.type)) continue;
      const k = pieceAt(i);
      if (seen[k]) continue;
      seen[k] = 1;
      // 未采用的信息每条5分: a piece adopted anywhere in the ledger scores by its outlet, not here
      if (rule.unadoptedOnly && pieces()[k].adopted) continue;
      const share = split(e);
      const points = rule.points * e.count * share;
      const what = rule.unadoptedOnly ? '未采用信息' : `报送${rule.type ?? ''}`;
      addRow('submission', `${what}（每篇${fmt(rule.points)}${u}）${shareNoteOf(e, share)}`, points, e.date, '', e.count);
      // the piece's author earned these points too (十堰 网络文明传播: 原创博文5分 goes to the volunteer who posted it)
      submissionPieces.push({ entry: e, points });
    }
  }

  // 采用 and 批示, piece by piece (同稿多用: 取最高 keeps a piece's best outlet only)
  const counted: CountedPiece[] = [];
  // 取最高: each piece's best row, by piece
  const bestEntry: (LedgerEntry | undefined)[] = [];
  const bestPoints: number[] = [];
  if (model.multiUse === 'max') {
    for (let i = 0; i < inWindow.length; i++) {
      const entry = inWindow[i];
      if (!entry.adopted) continue;
      const p = ctx.pointsOf(entry);
      const k = pieceAt(i);
      if (bestEntry[k] === undefined || p.points > bestPoints[k]) {
        bestEntry[k] = entry;
        bestPoints[k] = p.points;
      }
    }
  }
  // 取最高两个层次 (“同一篇稿件被多次采用的，取最高层次两次累计加分，同一层级只计一次分”): each piece's best row per level, the two best levels
  const topTwo = model.multiUse === 'top2' ? topTwoLevels(inWindow, pieceAt, (e) => ctx.pointsOf(e).points) : null;
  // 同稿多用 减半 (“发生一稿多用时，作减半计分”): the outlets adopting each piece
  const uses: number[] = [];
  if (model.multiUse === 'half') for (let i = 0; i < inWindow.length; i++) if (inWindow[i].adopted) uses[pieceAt(i)] = (uses[pieceAt(i)] ?? 0) + 1;
  // 批示 of each leader rule already scored per piece: rows repeating a piece's 批示 cell add nothing, a row naming more adds the rest
  const instructed = new Map<number, Map<string, number>>();
  // a piece a 分档 ladder is about shows under 分档计分, beside the step that replaces its points
  const tiered = (e: LedgerEntry) => model.tiers.length > 0 && inLadder(model.tiers, e, ctx.media);
  // 批示 the rules do not name (省局领导 where the rules pay 省委省府领导 only): listed in the unit's flags, not scored
  const unmatchedLeaders = new Set<string>();
  for (let i = 0; i < inWindow.length; i++) {
    const entry = inWindow[i];
    if (!entry.adopted) continue;
    const p = ctx.pointsOf(entry);
    const [adoption, instruction]: ComponentKey[] = tiered(entry) ? ['tier', 'tier'] : ['adoption', 'instruction'];
    const share = split(entry);
    const shareNote = shareNoteOf(entry, share);
    if ((model.multiUse === 'max' && bestEntry[pieceAt(i)] !== entry) || (topTwo !== null && !topTwo.has(entry))) {
      addRow(adoption, `${p.label}（同稿多用，${topTwo ? '取最高两个层次、同层只计一次' : '取最高'}，不重复${countVerb(u)}）`, 0, entry.date, '', entry.count);
    } else {
      // pieces are only found under 减半 (finding them costs a pass over the unit's ledger)
      const halved = model.multiUse === 'half' && (uses[pieceAt(i)] ?? 0) > 1;
      const points = p.points * entry.count * share * (halved ? 0.5 : 1);
      // a piece no rule gives points (an outlet counted only toward a quota): said so, not "每篇0分" as if a rule had set it
      addRow(adoption, p.label + shareNote + (halved ? `（一稿${uses[pieceAt(i)]}用，减半）` : ''), points, entry.date, p.scored ? ctx.perPiece(p.points) : NO_ADOPTION_POINTS, entry.count);
      counted.push({ entry, points });
    }
    for (const leader of p.unmatched) unmatchedLeaders.add(leader);
    for (let n = 0; n < p.instructions.length; n++) {
      const given = p.instructions[n];
      const k = pieceAt(i);
      let seen = instructed.get(k);
      if (!seen) instructed.set(k, (seen = new Map()));
      if (given.nth < (seen.get(given.leader) ?? 0)) continue;
      seen.set(given.leader, given.nth + 1);
      addRow(instruction, `${given.leader}${given.further ? '其余' : ''}批示${shareNote}`, given.points * share, entry.date, `每次${fmt(given.points)}${u}`, 1);
      counted.push({ entry, points: given.points * share });
    }
  }

  if (unmatchedLeaders.size) flags.push(`批示“${[...unmatchedLeaders].join('、')}”在评分规则中没有对应的“批示”行，未计分`);
  // quotas period by period: 基础分, 缺报扣分, streaks
  const custom = rules.custom;
  const met = facts.met;
  const metIn = (from: CivilDate, to: CivilDate) => {
    // base, 缺报 and streak rules judge the same months, and a report's periods the same units: each span once per unit
    const key = met ? dayOf(from) * 2 ** 23 + dayOf(to) : 0;
    const known = met?.get(key);
    if (known) return known;
    const found = metInSpan(from, to);
    met?.set(key, found);
    return found;
  };
  // pieces submitted (or adopted) in a span, of a type or any: the same for every quota of that type (a unit may have hundreds of task-sheet quotas)
  const submitted = [new Map<string | null, Map<number, number>>(), new Map<string | null, Map<number, number>>()];
  const submittedOf = (from: CivilDate, to: CivilDate, type: string | null, adopted: boolean) => {
    const counts = submitted[adopted ? 1 : 0];
    let byType = counts.get(type);
    if (!byType) counts.set(type, (byType = new Map()));
    const key = dayOf(from) * 2 ** 23 + dayOf(to);
    let n = byType.get(key);
    if (n === undefined) byType.set(key, (n = submittedIn(facts.entries, pieces, from, to, type, custom, adopted, model.sharedCounts)));
    return n;
  };
  const metInSpan = (from: CivilDate, to: CivilDate): QuotaMet => {
    let expected = 0;
    let missing = 0;
    let expectedSubmitted = 0;
    let missingSubmitted = 0;
    let shortAdopted: { label: string; short: number }[] | undefined;
    const quotas = facts.quotas;
    for (let i = 0; i < quotas.length; i++) {
      const q = quotas[i];
      const e = q.expectedIn(from, to);
      if (e <= 0) continue;
      const adopted = q.adopted === true;
      let short = 0;
      // a quota shorter than the span is met period by period (每周1条: a week without one is short)
      if (q.cadence && q.cadence !== 'window') {
        for (const p of subPeriods(q.cadence, { from, to }, model.yearStart)) if (p.whole) short += Math.max(0, q.expectedIn(p.from, p.to) - submittedOf(p.from, p.to, q.type, adopted));
      } else short = Math.max(0, e - submittedOf(from, to, q.type, adopted));
      expected += e;
      missing += short;
      if (!adopted) {
        expectedSubmitted += e;
        missingSubmitted += short;
      } else if (short > 0) (shortAdopted ??= []).push({ label: q.label, short });
    }
    return shortAdopted ? { expected, missing, expectedSubmitted, missingSubmitted, shortAdopted } : { expected, missing, expectedSubmitted, missingSubmitted };
  };
  const baseRules = forUnit(model.base, facts.unit, facts.categories);
  for (const rule of baseRules) {
    let judged = 0;
    for (const sp of subPeriods(rule.cadence ?? 'month', window, model.yearStart)) {
      if (!sp.whole) continue;
      if (!rule.conditional) {
        judged++;
        add('base', `基础分（${CADENCE_LABEL[rule.cadence ?? 'month']}${fmt(rule.points)}${u}）`, rule.points, sp.from, sp.label, 1);
        continue;
      }
      const met = metIn(sp.from, sp.to);
      const { expected, missing } = met;
      if (expected === 0) continue;
      judged++;
      add('base', `基础分（${CADENCE_LABEL[rule.cadence ?? 'month']}完成指标得${fmt(rule.points)}${u}）`, missing === 0 ? rule.points : 0, sp.from,
        `${sp.label}${missing === 0 ? '完成' : `未完成（${shortOf(met)}）`}`, missing === 0 ? 1 : 0);
    }
    if (judged === 0) notApplicable.push({ component: 'base', reason: '本期无报送指标（或考核周期未结束）' });
  }
  const missingRules = forUnit(model.missing, facts.unit, facts.categories);
  const defaultCadence: Cadence = model.quotas[0]?.cadence ?? 'month';
  for (const rule of missingRules) {
    const cadence = rule.cadence ?? defaultCadence;
    let judged = 0;
    // 缺报 is of submissions (an adoption quota missed is no missing piece), unless the row says 采用 (每少发1篇扣1分)
    const judge = (sp: { from: CivilDate; to: CivilDate }) => {
      const met = metIn(sp.from, sp.to);
      return { met, expected: rule.adopted ? met.expected - met.expectedSubmitted : met.expectedSubmitted, missing: rule.adopted ? met.missing - met.missingSubmitted : met.missingSubmitted };
    };
    // 加倍递增: the periods of the 考核年度 missed before the window count toward the n-th
    let missedBefore = 0;
    if (rule.doubling) for (const sp of yearBefore(cadence, window, model.yearStart)) if (sp.whole && judge(sp).missing > 0) missedBefore++;
    for (const sp of subPeriods(cadence, window, model.yearStart)) {
      if (!sp.whole) continue;
      const { met, expected, missing } = judge(sp);
      if (expected === 0) continue;
      judged++;
      const [what, short] = rule.adopted ? ['采用', '少采用'] : ['报送', '缺报'];
      const which = rule.adopted && met.shortAdopted ? `：${met.shortAdopted.map((q) => `${q.label}差${fmt(q.short)}篇`).join('、')}` : '';
      const detail = `${sp.label}${rule.adopted ? '少' : '缺'}${fmt(missing)}篇${which}`;
      if (missing > 0 && rule.flat && rule.doubling) {
        const nth = ++missedBefore;
        add('missing', `未完成${what}指标扣分（${CADENCE_LABEL[cadence]}扣${fmt(-rule.points)}${u}，按累计次数加倍递增）`, rule.points * 2 ** (nth - 1), sp.from,
          `${detail}（考核年度内第${nth}次，扣${fmt(-rule.points * 2 ** (nth - 1))}${u}）`, 1);
      } else if (missing > 0 && rule.flat) add('missing', `未完成${what}指标扣分（${CADENCE_LABEL[cadence]}扣${fmt(-rule.points)}${u}）`, rule.points, sp.from, detail, 1);
      else if (missing > 0) add('missing', `${short}扣分（每${rule.adopted ? '少' : '缺'}1篇扣${fmt(-rule.points)}${u}）`, rule.points * missing, sp.from, detail, missing);
    }
    if (judged === 0) notApplicable.push({ component: 'missing', reason: `本期无${rule.adopted ? '采用' : '报送'}指标（或考核周期未结束）` });
  }
  // 超报计分: pieces beyond each submission quota, period by period (每周2篇: a third piece in a week scores, a short week is not made up)
  if (model.overQuota && facts.quotas.length) {
    const { points, cadence } = model.overQuota;
    const adopted = model.overQuota.adopted === true;
    const [label, said] = adopted ? ['超额采用', '超额采用'] : ['超报计分', '超报'];
    for (const sp of subPeriods(cadence ?? defaultCadence, window, model.yearStart)) {
      if (!sp.whole) continue;
      let over = 0;
      for (const q of facts.quotas) {
        // submissions beyond a 报送指标, or adopted pieces beyond a 采用指标 (超报计分 | 采用)
        if ((q.adopted === true) !== adopted) continue;
        const spans = q.cadence && q.cadence !== 'window' ? subPeriods(q.cadence, sp, model.yearStart).filter((p) => p.whole) : [sp];
        for (const p of spans) {
          const e = q.expectedIn(p.from, p.to);
          if (e > 0) over += Math.max(0, submittedOf(p.from, p.to, q.type, adopted) - e);
        }
      }
      if (over > 0) add(adopted ? 'adoption' : 'submission', `${label}（每超1篇${fmt(points)}${u}）`, points * over, sp.from, `${sp.label}${said}${fmt(over)}篇`, over);
    }
  }
  if (model.streakFlag && facts.quotas.length) {
    const { periods, cadence, penalty } = model.streakFlag;
    const spanFrom = { year: end.year - 2, month: 1, day: 1 };
    const all = subPeriods(cadence, { from: spanFrom, to: end }, model.yearStart).filter((p) => p.whole);
    let run = 0;
    for (let i = all.length - 1; i >= 0 && run < periods; i--) {
      const { expected, missing } = metIn(all[i].from, all[i].to);
      if (expected === 0 || missing === 0) break;
      run++;
    }
    if (run >= periods) {
      flags.push(`连续${run}个${cadence === 'quarter' ? '季度' : cadence === 'half' ? '半年' : cadence === 'year' ? '年度' : '月'}未完成报送指标`);
      if (penalty !== 0) add('streak', `连续${periods}期未达标扣分`, penalty, end, `连续${run}期`);
    }
  }

  // 目标分 and 未达目标扣分
  for (const t of forUnit(model.targets, facts.unit, facts.categories)) {
    for (const sp of subPeriods(t.cadence, window, model.yearStart)) {
      if (!sp.whole) continue;
      // 加减分 whose 事由 says 计入当月 (本条得分归零, 当月得分归零) count in the month's points; others in the total only
      const monthly = t.type === null
        ? facts.adjustments.filter((a) => a.date && inSpan(a.date, sp.from, sp.to) && IN_PERIOD.test(a.reason)).reduce((s, a) => s + a.points, 0)
        : 0;
      // every piece point of the span counts toward it, 报送计分 too (「考核期的保底分为50分」 of a rule paying 投稿每篇2分)
      const earned = [...counted, ...submissionPieces].filter((c) => inSpan(c.entry.date, sp.from, sp.to) && (t.type === null || hasType(c.entry.types, t.type)))
        .reduce((s, c) => s + c.points, 0) + monthly;
      targets.push({ label: `${sp.label}${t.type ?? ''}目标分`, target: t.points, earned });
      if (model.belowTargetFactor !== null && earned < t.points) {
        add('target', `未达目标扣分（所缺分值×${fmt(model.belowTargetFactor)}）`, -(t.points - earned) * model.belowTargetFactor, sp.from,
          `${sp.label}目标${fmt(t.points)}${u}，得${fmt(earned)}${u}`, 1);
      }
    }
  }

  // 录用率
  if (model.rateFlag) {
    const { below, cadence, penalty } = model.rateFlag;
    for (const sp of subPeriods(cadence, window, model.yearStart)) {
      if (!sp.whole) continue;
      const submitted = submittedIn(facts.entries, pieces, sp.from, sp.to, null, true);
      if (submitted === 0) {
        notApplicable.push({ component: 'rate', reason: `${sp.label}未报送稿件，没有录用率` });
        continue;
      }
      const took = submittedIn(facts.entries, pieces, sp.from, sp.to, null, true, true);
      const rate = took / submitted;
      if (rate < below) {
        flags.push(`${sp.label}录用率${(rate * 100).toFixed(1)}%，低于${fmt(below * 100)}%`);
        if (penalty !== 0) add('rate', `录用率低于${fmt(below * 100)}%扣分`, penalty, sp.from, `${sp.label}录用率${(rate * 100).toFixed(1)}%`);
      }
    }
  }

  // lateness: returns received after their due date, overdue 约稿, and today's overdue tasks
  if (model.latePenalty !== null) {
    // 「一年内3次未按时上报…每次扣减10分」: below the count a late return is flagged, not scored
    for (const t of countedTimes(facts.lateReturns, window, model.lateThreshold, model.yearStart)) {
      if (t.times > 0) add('late', `迟报扣分（每次${fmt(-model.latePenalty)}${u}）`, model.latePenalty * t.times, t.date, t.detail, t.times);
      else flags.push(`${t.detail}，未到次数不扣分`);
    }
  }
  if (model.assignmentPenalty !== null && facts.overdueAssignments > 0) {
    const taken = countedAssignments(facts.overdueAssignments, model.assignmentThreshold);
    const said = model.assignmentThreshold ? `约稿未完成${facts.overdueAssignments}项（${thresholdText(model.assignmentThreshold)}）` : '';
    if (taken > 0) add('assignment', `约稿未完成（每项${fmt(-model.assignmentPenalty)}${u}）`, model.assignmentPenalty * taken, end, said, taken);
    else flags.push(`${said}，未到次数不扣分`);
  }
  if (model.assignmentDone !== null && facts.assignmentsDone > 0) {
    add('assignment', `约稿完成（每项${fmt(model.assignmentDone)}${u}）`, model.assignmentDone * facts.assignmentsDone, end, '', facts.assignmentsDone);
  }
  if (rules.overduePenalty !== 0) {
    const n = model.assignmentPenalty !== null ? facts.overdue - facts.overdueAssignments : facts.overdue;
    add('overdue', `逾期任务（每项扣${fmt(rules.overduePenalty)}${u}）`, -n * rules.overduePenalty, end, '', n);
  }

  // spot checks
  const spot = (component: 'awareness' | 'satisfaction', rate: number | null, full: number, name: string) => {
    if (full <= 0) return;
    if (rate === null) notApplicable.push({ component, reason: `本期未抽查${name}` });
    else add(component, name, rate * full, end, `${(rate * 100).toFixed(1)}% × ${fmt(full)}${u}`);
  };
  spot('awareness', facts.awareness, rules.awarenessFull, '知晓率');
  spot('satisfaction', facts.satisfaction, rules.satisfactionFull, '满意度');

  // 加减分, each row with its 事由
  for (const a of facts.adjustments) {
    if (a.date && !inSpan(a.date, window.from, window.to)) continue;
    add('adjustment', a.reason, a.points, a.date ?? end, a.date ? formatISO(a.date) : '');
  }

  // 分档: the pieces a ladder is about count its step's points instead of their own
  for (const t of tierResults(model.tiers, counted, ctx.media, u)) add('tier', t.label, t.points - t.raw, end, t.detail);

  applyBounds(atoms, model, end);
  if (model.scale?.basis === 'target') {
    const target = targets.reduce((s, t) => s + t.target, 0);
    const scaled = completionScale(atoms.reduce((s, a) => s + a.points, 0), target, model.scale.points, u);
    if (scaled) add('scale', scaled.label, scaled.points, end, scaled.detail);
    else notApplicable.push({ component: 'scale', reason: '本期没有目标分，不按完成比例折算' });
  }
  const parts = partsOf(atoms);
  const raw = atoms.reduce((s, a) => s + a.points, 0);
  const total = round2(raw);
  settleRounding(parts, total);
  const maxApplicable = custom
    ? null
    : (Number.isFinite(rules.adoptionCap) ? rules.adoptionCap : 0) + (facts.hasQuota ? rules.completionFull : 0) +
      (facts.awareness !== null ? rules.awarenessFull : 0) + (facts.satisfaction !== null ? rules.satisfactionFull : 0);
  return { parts, total, notApplicable, flags, targets, maxApplicable, counted, submitted: submissionPieces };
}

/** The rows kept under 取最高两个层次: per piece, the best row of each level (outlets without one of the four levels are one level), then the two best. */
function topTwoLevels(rows: readonly LedgerEntry[], pieceAt: (i: number) => number, pointsOf: (e: LedgerEntry) => number): Set<LedgerEntry> {
  const byPiece = new Map<number, Map<string, { entry: LedgerEntry; points: number }>>();
  for (let i = 0; i < rows.length; i++) {
    const entry = rows[i];
    if (!entry.adopted) continue;
    let levels = byPiece.get(pieceAt(i));
    if (!levels) byPiece.set(pieceAt(i), (levels = new Map()));
    const level = entry.level ?? '';
    const points = pointsOf(entry);
    const best = levels.get(level);
    if (!best || points > best.points) levels.set(level, { entry, points });
  }
  const kept = new Set<LedgerEntry>();
  for (const levels of byPiece.values()) for (const b of [...levels.values()].sort((a, b) => b.points - a.points).slice(0, 2)) kept.add(b.entry);
  return kept;
}

/** What a period's quotas lack: 差3篇, or 报送差2篇、采用差1篇 when an adoption quota is short too. */
function shortOf(met: QuotaMet): string {
  if (met.expected === met.expectedSubmitted) return `差${fmt(met.missing)}篇`;
  const adopted = met.missing - met.missingSubmitted;
  return [met.missingSubmitted ? `报送差${fmt(met.missingSubmitted)}篇` : '', adopted ? `采用差${fmt(adopted)}篇` : ''].filter(Boolean).join('、');
}
