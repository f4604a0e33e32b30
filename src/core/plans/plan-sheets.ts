// An imported plan as the sheets of `duban init`: 任务分工表 (with 来源), 单位名录 pre-filled, 设置.
import { SOURCE_HEADER } from '../sheets/headers';
import { SheetSpec, SpecValue, STYLES } from '../sheets/sheet-spec';
import {
  holidaySheet, ledgerSheet, mediaSheet, registrySheet, rulesSheet, settingsSheet, spotCheckSheet, taskSheet,
} from '../sheets/template';
import { GROUP_TYPE } from '../units/units';
import { isGroupLikeName, looseGroupKey } from '../units/groups';
import { normalizeUnitName } from '../units/units';
import { Plan, PlanMeasure } from './read-plan';
import { ATTACHMENT } from './attachments';


/** A name that stands for a group of units rather than one unit (one home: units/groups.ts). */
export function isGroupName(name: string): boolean {
  return isGroupLikeName(name);
}

/** 来源 cell: paragraph number and the start of the paragraph as written. */
export function sourceText(m: PlanMeasure, limit = 60): string {
  const first = m.source.split('\n')[0];
  const quoted = first.length > limit ? `${first.slice(0, limit)}…` : first;
  const paras = m.lastParagraph > m.paragraph ? `第${m.paragraph}–${m.lastParagraph}段` : `第${m.paragraph}段`;
  return `${paras}：${quoted}`;
}

/** 量化指标 cell: the quota, or one quota per category ("区直各责任单位：…；各镇、街道：…"). */
export function quotaCell(m: PlanMeasure): string | null {
  if (!m.quota) return null;
  if (m.quota.byCategory) return m.quota.byCategory.map((c) => `${c.category}：${c.text}`).join('；');
  return m.quota.text;
}

/** 备注 cell: what the import asks the clerk to check (a doubtful measure, or a sure one whose time limit is unreadable), and the schedule. */
function noteCell(m: PlanMeasure, why: string | undefined): string | null {
  const notes: string[] = [];
  if (m.unsure || why) notes.push(`待核实：${why ?? '请对照原文'}`);
  if (m.schedule) {
    const per = { day: '每天', week: '每周', month: '每月' }[m.schedule.per];
    notes.push(m.schedule.start
      ? `排期：${m.schedule.dates[0] ?? m.schedule.startText}起${per}一次${m.schedule.count ? `，共${m.schedule.count}次` : ''}`
      : `排期：开始日期待填（${m.schedule.startText}），${per}一次`);
  }
  return notes.length ? notes.join('；') : null;
}

/** Every unit name the measures give, in order of first mention. */
export function unitsOfPlan(plan: Plan): string[] {
  return [...new Set(plan.measures.flatMap((m) => [...m.lead, ...m.coop]))];
}

/**
 * The task-division sheet's title: the plan's title made into a 分工表's — without a site's 【…】 tag, the 附件's
 * number (附件:1.舒城县…计划) or a covering notice's words (关于报送…计划的通知 → …计划).
 */
export function tableTitle(plan: Plan): string {
  // a year closing the title in brackets ("…责任分解(2023年)") goes before it, as a 分工表's title names its year
  const yearAfter = /[(（](20\d\d)年度?[)）]$/.exec(plan.title ?? '');
  const base = (plan.title ?? '').replace(/^【[^】]*】/, '').replace(/[(（]20\d\d年度?[)）]$/, '')
    .replace(ATTACHMENT, '').replace(/^\s*\d{1,2}\s*[.．、]\s*(?!\d)/, '') /* not the 3. of 3.15 */
    .replace(/^关于(?:印发|报送|下发|做好|开展)?/, '').replace(/^[^《》]{2,30}?关于(?:印发|报送|下发|转发)/, '') /* the issuer's covering notice */.replace(/的通知$/, '').replace(/[《》]/g, '')
    .replace(/(?:实施|實施)?方案.*$/, '')
    // "…重点工作任务分解和责任分工方案": its own 分工 words are the 任务分工表 the title then says
    .replace(/(?:任务分解和责任分工|任务分解和分工|责任分工|任务分工|责任分解|任务分解|任务清单)$/, '').trim();
  if (base) return `${yearAfter && !/20\d\d年/.test(base) ? `${yearAfter[1]}年` : ''}${base}任务分工表`;
  return plan.year ? `${plan.year}年宣传任务分工表` : '宣传任务分工表';
}

/**
 * The rows of the task sheet: a section row where the section changes (`bands`: written across the table, so that the
 * check reads it as the section, not as a task without a lead), then one row per measure.
 */
export function taskRows(plan: Plan): { rows: SpecValue[][]; bands: number[] } {
  const why = new Map(plan.unsure.map((u) => [u.paragraph, u.why]));
  const rows: SpecValue[][] = [];
  const bands: number[] = [];
  let section: string | null = null;
  let seq = 0;
  for (const m of plan.measures) {
    if (m.section && m.section !== section) bands.push(rows.push([m.section]) - 1);
    section = m.section;
    rows.push([
      m.seq !== undefined ? (/^\d+$/.test(m.seq) ? Number(m.seq) : m.seq) : ++seq, m.task, m.lead.join('、') || null, m.coop.join('、') || null, m.deadline.text, quotaCell(m),
      null, null, noteCell(m, why.get(m.paragraph)), sourceText(m),
    ]);
  }
  return { rows, bands };
}

/** The task sheet of an imported plan: the template's columns and 来源, rows tall enough to read whole, sections as bands. */
export function planTaskSheet(plan: Plan): SheetSpec {
  const titles = [tableTitle(plan)];
  return taskSheet({ titles, ...taskRows(plan) }, [{ header: SOURCE_HEADER, width: 36, style: STYLES.text }]);
}

/** The workbook of an imported plan, sheet by sheet, in the template's order. */
export function planSheets(plan: Plan): SheetSpec[] {
  // near-identical group names (区直责任单位, 区直各责任单位) are one group: one row, the first spelling
  const groups = new Set<string>();
  const registryRows = unitsOfPlan(plan).flatMap((name) => {
    if (!isGroupName(name)) return [[name, null, null, null]];
    const key = looseGroupKey(normalizeUnitName(name)) ?? name;
    if (groups.has(key)) return [];
    groups.add(key);
    return [[name, null, GROUP_TYPE, null]];
  });
  const months = plan.publicityMonths.length ? plan.publicityMonths.map((m) => `${m}月`).join('、') : null;
  return [
    planTaskSheet(plan),
    registrySheet({ rows: registryRows }),
    mediaSheet({}),
    ledgerSheet({}),
    spotCheckSheet({}),
    rulesSheet(),
    settingsSheet({ planYear: plan.year, publicityMonths: months }),
    holidaySheet(),
  ];
}
