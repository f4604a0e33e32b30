// A plan's text → its measures (section, title, task, units, deadline, quota, source paragraph) and doubts.
import { formatISO } from '../dates/civil-date';
import { parseDeadline } from '../deadlines/deadline';
import { Schedule, parseSchedule } from '../deadlines/schedule';
import { Paragraph, isActivityField, linesClosingSubItems } from './outline';
import { Span, activityFields, isLogistics, stagesOutside, unitlessMeasures } from './spans';
import { ATTACHMENT, attachmentTitledBelow, listedTaskTable } from './attachments';
import { dutyHead, dutyParts, unitHeadedParts, withDutyParts } from './duty-list';
import { eventTime } from './event-time';
import { carryDown } from './carried-down';
import { CLOSING_FIELD, timeField, underAgenda, unitsAlone } from './event-lines';
import { PAGE_MARK, withTitleLines } from './table-titles';
import { Cleaning, isBareNumber, isFragment, planParagraphs } from './web-copy';
import { toSimplified } from '../sheets/traditional';
import { MASKED_NAME } from '../units/unit-names';
import { TIME_LABEL_WORDS, firstListedLeads, firstOfListLeads, isBlankDoerField, leadsLine, proseCoop, proseLeads, proseUnits, unitSpans } from './plan-units';
import { itemSubjects, sectionLeads, subjectOf, subjectsOf, unitHeading, unitsItem } from './plan-subjects';
import { titleOfPlan } from './plan-title';
import { similarUnitDoubts } from './similar-units';
import { titleOf, titledWithinItem, withoutDates } from './item-title';
import { categoryBefore, findDeadline, findPublicityMonths, findQuotas, findYear, rangeEnd, stageTime } from './phrases';
import { PlanTable, joinedAtPageBreaks, measuresFromTable, tablesInText, withLeadingTabs } from './plan-table';

export type PlanDeadlineKind = 'date' | 'recurring' | 'ongoing' | 'relative' | 'placeholder' | 'none';

export interface PlanDeadline {
  readonly text: string | null;
  readonly kind: PlanDeadlineKind;
  /** ISO date, for kind date. */
  readonly date?: string;
}

export interface PlanQuota {
  readonly text: string;
  /** Different quotas for different categories of units ("区直各责任单位…，各镇、街道…"). */
  readonly byCategory?: { category: string; text: string }[];
}

export interface PlanMeasure {
  /** Where the measure starts (1-based among non-blank lines). */
  readonly paragraph: number;
  /** The number the plan's own table gives the row (序号), kept as printed. */
  readonly seq?: string;
  /** Its last paragraph. */
  readonly lastParagraph: number;
  readonly section: string | null;
  readonly title: string | null;
  /** The measure's text without its number and units brackets. */
  readonly task: string;
  readonly lead: string[];
  readonly coop: string[];
  readonly deadline: PlanDeadline;
  readonly quota: PlanQuota | null;
  readonly schedule?: Schedule;
  readonly unsure: boolean;
  /** The lead is the unit the paragraph starts with ("县融媒体中心开设…"), not one written as 责任单位. */
  readonly leadFromSubject?: boolean;
  /** The lead is the unit the item's heading is ("(一)县教育局(7月7日)"), its duties below. */
  readonly leadFromHeading?: boolean;
  /** A heading over only its units' lines ("四、活动单位" then "主办单位:…", "协办单位:…"): who runs the event, no task written. */
  readonly unitsAlone?: boolean;
  /** Its units close with 下同: they are the units of the measures after it that name none (`carriedDown`). */
  readonly unitsDownward?: boolean;
  /** The text stops inside this measure, the last (a copy cut mid-sentence). */
  readonly cutAtEnd?: boolean;
  /** The source as written, number and all, for the 来源 column. */
  readonly source: string;
}

export interface PlanDoubt {
  readonly paragraph: number;
  readonly why: string;
}

/** Where the tasks come from: the plan's own 任务分工表, or the measures of its text. */
export type PlanBasis = 'table' | 'text';

export interface Plan {
  readonly year: number | null;
  readonly publicityMonths: number[];
  readonly title: string | null;
  /** Which reading gave `measures`; the other is `context` (the clerk may switch with ReadPlanOptions.basis). */
  readonly basis: PlanBasis;
  readonly measures: PlanMeasure[];
  /** The other reading's measures: with a table, the body's measures (background, not tasks); else empty. */
  readonly context: PlanMeasure[];
  /** A task-division table was found (so the clerk can switch between it and the text). */
  readonly hasTable: boolean;
  readonly unsure: PlanDoubt[];
  /** What a web copy's cleaning took out, and its one warning when the copy is too broken. */
  readonly cleaning: Cleaning;
  /** The plan's stages written outside its measures, with their times (for measures that give none of their own). */
  readonly stages?: { paragraph: number; text: string }[];
}

export interface ReadPlanOptions {
  readonly year?: number;
  /** Tables of the document (.docx): a task-division table among them gives the measures. */
  readonly tables?: readonly PlanTable[];
  /** Take the tasks from the table (default when there is one) or from the text. */
  readonly basis?: PlanBasis;
}

const HAS_UNITS = (p: Paragraph) => unitSpans(p.text, p.plain).length > 0;
/** A paragraph that is nothing but units ("牵头单位:区发改局", "责任单位:…"): the item above's, however many such lines follow it. */
function unitsOnly(p: Paragraph): boolean {
  const spans = unitSpans(p.text, p.plain);
  let rest = p.plain;
  for (const s of [...spans].reverse()) rest = rest.slice(0, s.start) + rest.slice(s.end);
  return spans.length > 0 && !/[\u4e00-\u9fff0-9A-Za-z]/.test(rest);
}
/** A list labelled as the lead's own (牵头单位:…): the plan said who leads, prose does not override it. */
const LEAD_LABEL = /(?:牵头|主责)(?:责任)?(?:单位|部门|科室|处室)\s*[:：]/;

/** The numbering level that carries the measures: the one whose items most often name units. */
/** Unnumbered paragraphs each followed by a line naming who leads it ("…。" then "市发改委牵头落实"): index of the line. */
function ledParagraphs(paras: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  paras.forEach((p, i) => {
    const before = paras[i - 1];
    if (i > 0 && before.level === 0 && !HAS_UNITS(before) && leadsLine(p.text, p.plain)) out.add(i);
  });
  return out;
}

function measureLevel(paras: readonly Paragraph[], led: ReadonlySet<number>): { level: number; withUnits: number } {
  const counts = new Map<number, number>();
  const items = new Map<number, number>();
  if (led.size > 0) {
    // such pairs are the measures: every numbered line above them is a heading
    return { level: Math.max(0, ...paras.map((p) => p.level)) + 1, withUnits: led.size };
  }
  // a units line after an item's points (1)…(n) is the item's, not its last point's
  const closing = linesClosingSubItems(paras, unitsOnly);
  const parents = new Set(closing.values());
  paras.forEach((p, i) => {
    if (p.level === 0) return;
    items.set(p.level, (items.get(p.level) ?? 0) + 1);
    for (let j = i; j < paras.length && (j === i || paras[j].level === 0) && !closing.has(j); j++) {
      // "2.派出所:用真实的…" names its unit as a bracket does
      if (HAS_UNITS(paras[j]) || (j === i && dutyHead(p) !== null)) {
        counts.set(p.level, (counts.get(p.level) ?? 0) + 1);
        break;
      }
    }
    if (parents.has(i)) counts.set(p.level, (counts.get(p.level) ?? 0) + 1);
  });
  let best = { level: 0, withUnits: 0 };
  for (const [level, n] of counts) if (n > best.withUnits || (n === best.withUnits && level > best.level)) best = { level, withUnits: n };
  if (best.withUnits > 0) return best;
  // no units anywhere: the deepest level with at least two items, every measure unsure
  const deepest = [...items].filter(([, n]) => n >= 2).map(([l]) => l);
  return { level: deepest.length ? Math.max(...deepest) : 0, withUnits: 0 };
}

/** A paragraph whose subject is units and which gives them a day to act by: "各地各部门请于6月2日前将…反馈…". */
function datedDuty(p: Paragraph): boolean {
  const due = findDeadline(p.plain);
  return due !== null && /(?:前|之前|以前)$/.test(due.text) && (itemSubjects(p, p.prefix) !== null || dutyHead(p) !== null);
}


function readMeasure(span: Span, year: number, publicityMonths: number[], firstLeads = false, event?: string): PlanMeasure {
  const first = span.paras[0];
  const last = span.paras[span.paras.length - 1];
  const lead: string[] = [];
  const coop: string[] = [];
  let task = '';
  let plain = '';
  // "牵头单位:…" on one line and "责任单位:…" on the next: the 责任 units cooperate, as when both share a bracket
  const leadLabelled = span.paras.some((p) => LEAD_LABEL.test(p.plain));
  /** A time written with the units ("（责任单位：…；完成时限：…）"): the measure's own time limit. */
  let labelledTime: string | undefined;
  let downward = false;
  for (const p of span.paras) {
    const skip = p === first ? p.prefix : 0;
    const spans = unitSpans(p.text, p.plain);
    const asCoop = leadLabelled && !LEAD_LABEL.test(p.plain);
    let text = p.text;
    let plainText = p.plain;
    for (const s of [...spans].reverse()) {
      text = text.slice(0, s.start) + text.slice(s.end);
      plainText = plainText.slice(0, s.start) + plainText.slice(s.end);
      (asCoop ? coop : lead).unshift(...s.lead);
      coop.unshift(...s.coop);
      labelledTime = s.time ?? labelledTime;
      downward ||= s.downward === true;
    }
    // a line that was only units ("牵头责任单位:市财政局。") leaves nothing: no empty line in the task's cell
    if (text.slice(skip).trim() === '' && plainText.slice(skip).trim() === '') continue;
    // nor a doer's field left blank ("责任人:"): the doubt says so, the task's cell keeps the work only
    if (isBlankDoerField(plainText)) continue;
    task += (task ? '\n' : '') + text.slice(skip).trim();
    plain += (plain ? '\n' : '') + plainText.slice(skip).trim();
  }
  if (firstLeads && !leadLabelled) {
    // the plan's rule: the unit listed first leads ("列第一位为牵头或汇总单位,下同")
    const split = firstOfListLeads(lead.splice(0), coop.splice(0), span.paras.map((p) => p.plain).join('\n'));
    lead.push(...split.lead);
    coop.push(...split.coop);
  }
  if (lead.length === 0) {
    for (const p of span.paras) {
      // each paragraph without its own number ("1.县融媒体中心负责…" under a heading names 县融媒体中心, not "1.县融媒体中心")
      const prose = proseUnits(p.plain.slice(p.prefix));
      lead.push(...prose.lead);
      coop.push(...prose.coop);
    }
  } else if (!span.paras.some((p) => LEAD_LABEL.test(p.plain))) {
    // 责任单位 given, and the measure's own words say who leads ("县安委办、县安监局牵头,…") and who helps ("县安监局配合"):
    // those lead, the other 责任单位 cooperate (as with 牵头单位 and 责任单位 side by side)
    const leads = proseLeads(plain);
    if (leads.length) {
      coop.unshift(...lead.filter((n) => !leads.includes(n)));
      lead.splice(0, lead.length, ...leads);
    }
    coop.push(...proseCoop(plain).filter((n) => !lead.includes(n)));
  }
  // no units written: the unit a heading's text or a numbered item starts with ("1.x县广播电视台推出系列报道"), doubtful
  // an item line that is only its title ("2、悬挂横幅、设置站牌。") names its doers in the text below it
  // a section headed by its lead ("一、县示范区管委会牵头工作(8项)"): every item under it is that unit's, as the office wrote
  lead.push(...(lead.length === 0 && span.section ? sectionLeads(span.section) ?? [] : []));
  // a 任务分工 paragraph: every sentence's subject is a doer, beside the one 负责 names ("县公安局负责…。各派出所将…")
  const subject = (lead.length === 0 && (span.heading !== undefined || span.numbered)) ? subjectsOf(span.paras, span.heading ? 0 : first.prefix)
    : span.duty ? nonEmpty([...(dutyHead(first) ?? []), ...(subjectsOf(span.paras, first.prefix) ?? [])]) : null;
  // an item headed by its unit and a colon ("2.派出所:用真实的…"), as sure as "X:负责…"; the unit is no title
  const headed = span.numbered ? dutyHead(first) : null;
  if (lead.length === 0 && !subject && headed) lead.push(...headed);
  // a heading that is only a unit, its day in brackets: "(一)县教育局(7月7日)" over that unit's duties (doubtful too)
  // or a duty under a unit's heading ("1、市卫计委" over "(1)…负责…") naming no unit itself: that unit's
  const named = lead.length === 0 && !subject ? (span.numbered ? unitHeading(first) : null) ?? span.unitHeading ?? null : null;
  // an item that is only its units' names over lines of their duties: those units', doubtful as a heading's unit is
  const itemUnits = lead.length === 0 && !subject && !named && span.numbered && span.paras.length > 1 ? unitsItem(first) : null;
  const fromSubject = subject !== null || named !== null || itemUnits !== null;
  if (subject) lead.splice(0, lead.length, ...subject, ...lead.filter((n) => !subject.includes(n))); // in the text's order
  if (named) lead.push(named);
  if (itemUnits) lead.push(...itemUnits);
  const original = task;

  // the time written with the units comes first: a quota's 每月 in the text is no time limit beside it
  // and, when the text gives none, the dates of the stage the measure is a step of ("(一)宣传动员阶段(6月1日—6月5日)")
  // an activity written as fields is due when its own time field says, before a step its other fields ask for ("1、放映时间:年初一至
  // 初七…" over "4、活动要求:…请各村居将放映计划于1月30日前报送…", a 镇's 春节 plan)
  // and, in a plan that is one event, the event's time ("二、活动时间 / 2025年8月20日") for its parts that name none
  const apart = labelledTime ?? (activityFields(span.paras) ? timeField(span.paras) : undefined) ?? (findDeadline(plain) ? undefined : stageTime(span.section) ?? event);
  const timeFound = apart !== undefined ? (findDeadline(toSimplified(apart)) ?? { text: toSimplified(apart), start: 0 }) : null;
  const found = timeFound ?? findDeadline(plain);
  let deadline: PlanDeadline = { text: null, kind: 'none' };
  if (found) {
    // the 完成时限 cell is data `check` reads again, not a quotation: 長期、宣傳月期間 are written 长期、宣传月期间 (the 来源 keeps the original)
    const shown = toSimplified(timeFound ? apart!.slice(found.start, found.start + found.text.length) : original.slice(found.start, found.start + found.text.length));
    // a span of days is due on its last day
    const parsed = parseDeadline((rangeEnd(found.text) ?? found.text).replace(/([上中下])询/g, '$1旬'), year, publicityMonths);
    const kind: PlanDeadlineKind =
      parsed.kind === 'invalid' || parsed.kind === 'unparsed' ? 'relative' : parsed.kind;
    deadline = parsed.kind === 'date' ? { text: shown, kind, date: formatISO(parsed.date) } : { text: shown, kind };
    if ((/起$/.test(found.text) || /^20/.test(found.text)) && /[*＊xX×Ｘ]/.test(found.text)) deadline = { text: shown, kind: 'placeholder' };
  }

  const quotas = findQuotas(plain);
  let quota: PlanQuota | null = null;
  if (quotas.length) {
    const shownAt = (f: { start: number; text: string }) => original.slice(f.start, f.start + f.text.length);
    const byCategory = quotas
      .map((q) => ({ q, category: categoryBefore(plain, q.start) }))
      .filter((x) => x.category !== null)
      .map((x) => ({ category: shownAt(x.category!), text: shownAt(x.q) }));
    if (byCategory.length >= 2) {
      // the quota cell quotes every category's rule: from the first category to the last rule
      const first = categoryBefore(plain, quotas[0].start) ?? quotas[0];
      const last = quotas[quotas.length - 1];
      quota = { text: original.slice(first.start, last.start + last.text.length), byCategory };
    } else quota = { text: shownAt(quotas[0]) };
  }

  const schedule = parseSchedule(plain, year) ?? undefined;
  const body = task.split('\n')[0];
  return {
    paragraph: span.at ?? first.index,
    lastParagraph: last.index,
    section: span.section,
    title: withoutDates(span.heading ? span.heading.text.slice(span.heading.prefix).replace(/[。：:]$/, '')
      : span.numbered && !headed ? (activityFields(span.paras) && body.length <= 60 && !/[。；;！!]/.test(body) ? body : titleOf(body, span.paras.length > 1, plain.split('\n')[0])) : span.duty || headed ? null : (/^([^：:，,。]{2,16})[：:]/.exec(body)?.[1] ?? null)),
    task,
    lead: [...new Set(lead.map(toSimplified))],
    coop: [...new Set(coop.map(toSimplified))].filter((u) => !lead.map(toSimplified).includes(u)),
    deadline,
    quota,
    ...(schedule ? { schedule } : {}),
    unsure: !(span.numbered || span.listed) || lead.length === 0 || fromSubject || unitsAlone(span.paras),
    ...(unitsAlone(span.paras) ? { unitsAlone: true } : {}),
    ...(downward ? { unitsDownward: true } : {}),
    ...(fromSubject ? { leadFromSubject: true } : {}),
    ...(named || itemUnits ? { leadFromHeading: true } : {}),
    source: span.paras.map((p) => p.text).join('\n'),
  };
}

/** Reads a plan's text. Never throws; a measure it is unsure about is flagged, never dropped. */
export function readPlan(text: string, options: ReadPlanOptions = {}): Plan {
  const { paras, cleaning } = planParagraphs(text);
  const publicityMonths = findPublicityMonths(paras.map((p) => p.plain).join('\n'));
  const foundYear = findYear(paras.map((p) => p.plain));
  const year = options.year ?? foundYear;
  const led = ledParagraphs(paras);
  const firstLeads = firstListedLeads(paras.map((p) => p.plain).join('\n'));
  const { level, withUnits } = measureLevel(paras, led);
  const title = titleOfPlan(paras);
  const event = eventTime(paras) ?? undefined;

  // headings above the measure level, by level, give each measure its section
  const headings: (string | null)[] = [];
  const spans: Span[] = [];
  const outside: Paragraph[] = [];
  let current: { paras: Paragraph[]; section: string | null; numbered: boolean } | null = null;
  const sectionNow = () => {
    for (let l = level - 1; l >= 1; l--) if (headings[l]) return headings[l]!;
    return null;
  };
  const close = () => {
    if (current) spans.push(current);
    current = null;
  };
  const logistics: Paragraph[] = [];
  // items cut right after their number: no text to read, flagged so nothing is lost unseen
  const bare: Paragraph[] = [];
  // a .docx's tables are also in its text, a row a line: read each table once
  const byIndex = new Map(paras.map((p) => [p.index, p]));
  const given = joinedAtPageBreaks(options.tables ?? [], (p) => PAGE_MARK.test(byIndex.get(p)?.plain ?? ''));
  const givenParagraphs = new Set(given.flatMap((t) => t.paragraphs));
  const tables = [...given, ...tablesInText(withLeadingTabs(text, paras)).filter((t) => !t.paragraphs.some((p) => givenParagraphs.has(p)))];
  const tableParagraphs = new Set(tables.flatMap((t) => t.paragraphs));
  for (const [i, p] of paras.entries()) {
    if (led.has(i)) continue; // read with the paragraph before it
    if (tableParagraphs.has(p.index)) {
      // a table's row is never the text of the measure above it
      close();
      continue;
    }
    if (p.level === 0 && ATTACHMENT.test(p.plain)) {
      // the body ends at its list of attachments: the signature, the date and the attachments' titles are no measure's text
      close();
      outside.push(p);
      continue;
    }
    if (isFragment(p)) {
      // a page cut it from the sentence before: part of the measure being read, never one of its own
      if (current) current.paras.push(p);
      continue;
    }
    if (current && p.level === 0 && activityFields(current.paras) && isActivityField(p.plain)) {
      // an activity written as fields (活动时间:/活动地点:/活动内容:/牵头单位:/责任单位:, a 2026 春节文体活动 plan): all its own,
      // its place too (which, alone under a 发布会, is the meeting's arrangements)
      current.paras.push(p);
      continue;
    }
    if (isLogistics(p)) {
      close();
      logistics.push(p);
      continue;
    }
    if (isBareNumber(p)) {
      close();
      bare.push(p);
      continue;
    }
    const heading = paras[i - 1];
    if (p.level === 0 && !current && heading && heading.level > 0 && heading.level < level && !HAS_UNITS(p) && !HAS_UNITS(heading) && subjectOf(p) !== null && !DUTIES_PART.test(headings[1] ?? '')) {
      // "(三)电视访谈" then "县融媒体中心开设…栏目": a measure led by the unit it starts with (doubtful: no units written as such)
      // the heading's only text ("二、报送任务" then "各办站所每月报送…"): the measure starts at the heading
      const after = paras.slice(i + 1).find((q) => !isFragment(q));
      spans.push({ paras: [p], section: sectionNow(), numbered: false, heading, ...(!after || after.level > 0 ? { at: heading.index } : {}) });
      continue;
    }
    if (led.has(i + 1)) {
      close();
      spans.push({ paras: [p, paras[i + 1]], section: sectionNow(), numbered: false, listed: true });
      continue;
    }
    if (p.level > 0 && p.level < level) {
      close();
      headings[p.level] = p.text;
      for (let l = p.level + 1; l < headings.length; l++) headings[l] = null;
      if (HAS_UNITS(p)) spans.push({ paras: [p], section: sectionNow(), numbered: false });
      else outside.push(p);
      continue;
    }
    if (level > 0 && p.level === level && underAgenda(headings) && !HAS_UNITS(p)) {
      // "六、仪式议程" → "1、介绍来宾", "3、…书记张xx致感谢辞", "6、合影": the ceremony's running order, no tasks
      close();
      continue;
    }
    if (level > 0 && p.level === level) {
      close();
      current = { paras: [p], section: sectionNow(), numbered: true };
      continue;
    }
    if (current && !closedByUnits(current.paras, p)) current.paras.push(p);
    else if (HAS_UNITS(p)) {
      close();
      spans.push({ paras: [p], section: sectionNow(), numbered: false });
    } else {
      close();
      outside.push(p);
    }
  }
  close();
  if (withUnits === 0 && led.size === 0) {
    const leaves = unitlessMeasures(paras);
    if (leaves) {
      spans.splice(0, spans.length, ...leaves);
      const inLeaves = new Set(leaves.flatMap((l) => l.paras));
      outside.splice(0, outside.length, ...paras.filter((p) => !inLeaves.has(p) && !isFragment(p) && !isLogistics(p)));
    }
  }

  // "四、任务分工" over paragraphs each opening with its units ("县公安局负责…"): a task each, doubtful (no 责任单位 written)
  const dutyDoubts = withDutyParts(dutyParts(paras), spans, outside, withUnits === 0 ? HAS_UNITS : null, (d, section) => ({ paras: d, section, numbered: false, duty: true }));
  // "(二)具体分工" over units each heading its duties ("1、市卫计委" → "(1)…负责…"): a doubtful task per duty, never the part's
  // heading above as one measure holding them all
  for (const part of unitHeadedParts(paras)) {
    const inPart = new Set(part.body);
    for (let k = spans.length - 1; k >= 0; k--) {
      const kept = spans[k].paras.filter((p) => !inPart.has(p));
      if (kept.length === 0) spans.splice(k, 1);
      else if (kept.length < spans[k].paras.length) spans[k] = { ...spans[k], paras: kept };
    }
    outside.splice(0, outside.length, ...outside.filter((p) => !inPart.has(p)));
    // a numbered duty with its own units bracket is as sure as any item; the others are doubtful, led by their heading's unit
    for (const d of part.duties) spans.push({ paras: d.paras, section: part.heading.text, numbered: d.paras[0].level > 0, duty: true, ...(d.unit ? { unitHeading: d.unit } : {}) });
  }

  // an item that only introduces a list of units-bearing paragraphs ("3.发布内容:") is a heading
  const measures: PlanMeasure[] = [];
  for (const span of spans) {
    // "1.…增长6.2%左右。" then "牵头单位:…" and "责任单位:…" lines: one item's units, not a list of measures
    const withUnitsParas = span.paras.filter((p, i) => i > 0 && HAS_UNITS(p) && !unitsOnly(p));
    if (span.numbered && withUnitsParas.length >= 2 && !HAS_UNITS(span.paras[0])) {
      const head = span.paras[0];
      let group: Paragraph[] = [];
      for (const p of span.paras.slice(1)) {
        group.push(p);
        if (HAS_UNITS(p)) {
          measures.push(readMeasure({ paras: group, section: span.section ?? head.text, numbered: false, listed: true }, year ?? 0, publicityMonths));
          group = [];
        }
      }
      if (group.length) outside.push(...group);
      outside.push(head);
      continue;
    }
    const measure = readMeasure(span, year ?? new Date(0).getUTCFullYear(), publicityMonths, firstLeads, event);
    // no plan year: a date's day and month are known, its year is not (the clerk sets it, --year or 设置)
    measures.push(year === null && measure.deadline.date ? { ...measure, deadline: { text: measure.deadline.text, kind: measure.deadline.kind } } : measure);
  }
  measures.sort((a, b) => a.paragraph - b.paragraph);
  carryDown(measures);
  // the text stops inside the last measure (a copy cut mid-sentence: "4.加强示范区与主城区基础设施"): what it asks is not all there
  const end = paras[paras.length - 1];
  const lastAt = measures.length - 1;
  // (a last line that is a field of its own — "完成时限：2025年10月底前", "责任领导：王五" — needs no full stop)
  if (lastAt >= 0 && !measures[lastAt].unsure && measures[lastAt].lastParagraph === end.index && !unitsOnly(end) && !CLOSING_FIELD.test(end.plain) && !/[。；;！!？?)）”」』】〕]\s*$/.test(end.plain)) {
    measures[lastAt] = { ...measures[lastAt], unsure: true, cutAtEnd: true };
  }

  const unsure: PlanDoubt[] = [];
  // units written in prose (由…负责) count too: a plan naming them for some items does name units
  const namesUnits = withUnits > 0 || measures.some((m) => m.lead.length > 0 && !m.leadFromSubject);
  for (const m of measures) {
    if (!m.unsure) continue;
    // a form's field for the doer left blank ("责任人:"): the plan meant someone to be written in
    const blank = m.lead.length ? undefined : range(m.paragraph, m.lastParagraph).map((i) => byIndex.get(i)).find((p) => p && isBlankDoerField(p.plain));
    const why = m.cutAtEnd ? '原文在此条中途截断（文末没有句号），任务内容可能不全，请对照原件'
      : m.unitsAlone ? '此条只列出主办、承办、协办等单位，没有写任务内容，请核实是否列为任务'
      : m.leadFromHeading ? `责任单位取自条目标题“${m.lead.join('、')}”，原文未按“责任单位：”写明，请核实`
      : m.leadFromSubject ? `责任单位取自句首“${m.lead.join('、')}”，原文未按“责任单位：”写明，请核实`
      : m.lead.length > 0 ? '责任单位不在编号措施下'
      : blank ? `原文“${blank.text.trim()}”一栏留空，未写明由谁负责，请填写`
      : namesUnits ? '未写明责任单位' : '全文未写明责任单位，按编号条目识别';
    unsure.push({ paragraph: m.paragraph, why });
  }
  // a name a site masked ("大众网**频道", seed 001): it goes into 单位名录 and gets a form, but no unit is called that
  for (const m of measures) {
    const masked = [...m.lead, ...m.coop].filter((u) => MASKED_NAME.test(u));
    if (masked.length) unsure.push({ paragraph: m.paragraph, why: `单位名称${masked.map((u) => `“${u}”`).join('、')}中有被隐去的字（**），请改为完整名称` });
  }
  const inMeasures = new Set(measures.flatMap((m) => range(m.paragraph, m.lastParagraph)));
  const firstMeasure = measures.length ? measures[0].paragraph : Infinity;
  const flagged = new Set(unsure.map((u) => u.paragraph));
  for (const p of outside) {
    if (inMeasures.has(p.index) || flagged.has(p.index)) continue;
    // before the first measure only a numbered part with a quota of its own (一、目标任务…不少于100条) is worth a look
    // or a duty given to units in prose (具体宣传内容由相关职能部门负责整理…)
    // or a covering notice's dated duty ("各地各部门请于6月2日前将…总结…反馈省法宣办")
    // or a numbered item (not a part: 一、活动时间:…,各单位根据实际情况安排) giving units a duty ("(1)策划准备阶段(…)。镇综治办…制定宣传方案。")
    if (p.index < firstMeasure && !(p.level > 0 && DUTY.test(p.plain) && (findQuotas(p.plain).length > 0 || (p.level > 1 && ACTOR.test(p.plain)))) && proseUnits(p.plain).lead.length === 0 && !datedDuty(p)) continue;
    const deadline = findDeadline(p.plain);
    if (deadline && /(?:前|之前|以前|[上中下]旬)$/.test(deadline.text)) {
      // the time named, so the clerk sees by when without opening the plan ("于2025年3月7日12:00前报送…", a notice's 报送要求)
      unsure.push({ paragraph: p.index, why: `写有完成时限（${deadline.text}），但不在编号措施下` });
    } else if (DUTY.test(p.plain) && (ACTOR.test(p.plain) || p.level === 0)) {
      unsure.push({ paragraph: p.index, why: '写有单位和要求，但不在编号措施下，请核实是否为任务' });
    } else if (findQuotas(p.plain).length > 0 && DUTY.test(p.plain)) {
      unsure.push({ paragraph: p.index, why: '写有数量要求，但未写明由哪个单位完成，请核实是否为任务' });
    } else if (led.size > 0 && p.level === 0) {
      unsure.push({ paragraph: p.index, why: '前后各段都写明了牵头单位，此段没有（可能缺失或被截断）' });
    }
  }
  for (const p of bare) unsure.push({ paragraph: p.index, why: '此条只有编号，原文在此截断，内容缺失' });
  for (const m of measures) {
    const [first, ...rest] = range(m.paragraph, m.lastParagraph).map((i) => byIndex.get(i)).filter((p): p is Paragraph => p !== undefined);
    for (const i of first ? titledWithinItem(first, rest) : []) unsure.push({ paragraph: i, why: '此段像上一条那样以短标题开头，可能是漏了编号的另一条措施，已并入上一条，请核实' });
  }
  for (const p of dutyDoubts) unsure.push({ paragraph: p.index, why: '任务分工中的概述，写有单位但不是某一单位的具体任务，请核实是否列为任务' });
  for (const p of logistics) {
    if (p.level > 0 || ACTOR.test(p.plain)) unsure.push({ paragraph: p.index, why: '会务安排（地点、参加对象、记者、通稿等），不列为任务；如需督办请手工添加' });
  }
  const fromTables = tables.flatMap((t) => measuresFromTable(withTitleLines(t, paras), year ?? 0, publicityMonths) ?? []);
  // the table's own rows are never prose measures, whichever reading is used
  const prose = measures.filter((m) => !tableParagraphs.has(m.paragraph));
  const proseUnsure = unsure.filter((u) => !tableParagraphs.has(u.paragraph));
  const stages = stagesOutside(paras, inMeasures, (plain) => findDeadline(plain) !== null);
  const base = { year, publicityMonths, title, hasTable: fromTables.length > 0, cleaning, ...(stages.length ? { stages } : {}) };
  if (fromTables.length && options.basis !== 'text') {
    // the 分工表 is what the office issued: its rows are the tasks, in its numbering; the body's measures are background
    const doubts = fromTables.filter((m) => m.unsure).map((m) => ({ paragraph: m.paragraph, why: '分工表中此行缺少任务或责任单位' }));
    // a time limit the row gives but nobody can read (a copy that lost 年 and 月: "20263") is the clerk's to rewrite
    for (const m of fromTables) {
      const text = m.deadline.text;
      if (!m.unsure && text && m.deadline.kind === 'relative' && ['invalid', 'unparsed'].includes(parseDeadline(toSimplified(text), year ?? 0, publicityMonths).kind)) {
        doubts.push({ paragraph: m.paragraph, why: `完成时限“${text}”无法识别（可能缺了年、月等字），请对照原文改写，如“5月底前”` });
      }
    }
    // a line right after a table's last row, numbered like its rows: a row the copy cut or unwrapped
    const after = new Set(tables.map((t) => Math.max(...t.paragraphs.map((p) => p ?? 0)) + 1));
    for (const p of paras) {
      if (after.has(p.index) && p.level > 0 && !doubts.some((d) => d.paragraph === p.index)) doubts.push({ paragraph: p.index, why: '紧接分工表之后、编号相接的一段，可能是被截断或未按表格排版的一行，请对照原文' });
    }
    doubts.push(...similarUnitDoubts(fromTables));
    return { ...base, basis: 'table', measures: fromTables, context: prose, unsure: doubts };
  }
  proseUnsure.push(...similarUnitDoubts(prose));
  proseUnsure.sort((a, b) => a.paragraph - b.paragraph);
  // the plan lists its 分工表 as an attachment, but no table was read (a picture, an embedded Excel object, a file apart):
  // the first thing to check, as every task below comes from the text instead
  const listed = fromTables.length ? null : listedTaskTable(paras);
  // …unless the attachment is printed below as text, its items the measures read
  const printedAt = listed ? attachmentTitledBelow(paras, listed) : null;
  if (listed && !(printedAt !== null && prose.some((m) => m.paragraph > printedAt))) {
    const where = `方案列为附件的“${listed.title}”在文件中没有读到（可能是图片、嵌入的 Excel 对象或单独的文件）`;
    // a covering notice whose every task is in the table it came with (大洼 2021): nothing to take from the text
    proseUnsure.unshift({ paragraph: listed.paragraph, why: prose.length ? `${where}，任务已按正文措施生成；如有分工表原件，请用原件导入或校验` : `${where}，正文没有可列为任务的措施，任务都在这份附件里：请用附件原件（Word 或 Excel 表格）导入` });
  }
  return { ...base, basis: 'text', measures: prose, context: fromTables, unsure: proseUnsure };
}

/** Parts of a plan about duties in general, not measures: 工作要求, 组织保障, 职责分工…. */
const DUTIES_PART = /要求|保障|职责|组织领导|领导小组|考核|奖惩/;

/** A measure ends after the paragraph giving its units, unless the next one gives units too (a list of them). */
function closedByUnits(paras: readonly Paragraph[], next: Paragraph): boolean {
  const last = paras[paras.length - 1];
  return (HAS_UNITS(last) || TIME_LINE.test(last.plain)) && paras.some(HAS_UNITS) && !HAS_UNITS(next) && !TIME_LINE.test(next.plain);
}

/** A measure's own time line after its units: "实施时间:20xx年2月21日——…". */
const TIME_LINE = new RegExp(`^${TIME_LABEL_WORDS}\\s*[:：]`);

/** A unit as the subject of a sentence outside the measures: 县融媒体中心…, 各镇、各街道…要. */
const ACTOR = /(?:^|[。，,；;：:])\s*(?:[县区市镇乡][^，,。；;：:]{0,14}?(?:局|办|委|部|中心|单位|部门|政府|街道|镇|乡)|各(?:镇|乡镇|街道|部门|单位|村|有关|相关))/;
/** What makes such a sentence a duty: 要, 负责, a deliverable, a schedule. */
const DUTY = /要|负责|须|应当|报送|制定|开设|安排|推出|开展|成立|组织|每[日天周月]/;

/** The list, or null when it is empty. */
const nonEmpty = <T>(xs: T[]): T[] | null => (xs.length ? xs : null);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
