// Whose return a file is, and for which period: the hidden marker checked against the registry, the form's own 填报说明, the file name and the period collected.
import { CivilDate, compareDates, formatISO } from '../dates/civil-date';
import { UnitRegistry } from '../units/units';
import { periodLabel } from './form';
import { ReturnData } from './return-reader';
import { nameProblem, normalizeReturnedText } from './returned-text';
import { readWrittenPeriod } from './written-period';

/** Whose a form is (and, when that was read from the lines over its table, said so), or why the whole file is refused. */
export type FormIdentity = { readonly unit: string; readonly note?: string } | { readonly refuse: string; readonly unit: string };

/** The registry name of a written unit (alias resolved), or null when the registry does not know it; without a registry the text itself. */
export function resolveUnit(text: string, registry: UnitRegistry | null): string | null {
  const t = normalizeReturnedText(text);
  if (t === '') return null;
  if (!registry) return t;
  const r = registry.resolve(t);
  return r.kind === 'name' || r.kind === 'alias' ? r.name : null;
}

/** A registry unit whose name or alias a file name contains (the longest), for files without a marker. */
export function unitFromFileName(file: string, registry: UnitRegistry | null): string | null {
  if (!registry) return null;
  let best: { name: string; length: number } | null = null;
  const base = normalizeReturnedText(file.replace(/\.[^.]+$/, ''));
  for (const e of registry.entries) {
    for (const key of [e.name, ...e.aliases]) {
      if (key.length >= 2 && base.includes(key) && (!best || key.length > best.length)) best = { name: e.name, length: key.length };
    }
  }
  return best?.name ?? null;
}

/** The registry unit a text starts with, by its name or an alias (the longest): "县教育局关于暑期安全的信息" → 县教育局. */
export function unitAtStart(text: string, registry: UnitRegistry | null): string | null {
  if (!registry) return null;
  const t = normalizeReturnedText(text);
  let best: { name: string; length: number } | null = null;
  for (const e of registry.entries) {
    for (const key of [e.name, ...e.aliases]) {
      if (key.length >= 2 && t.startsWith(key) && (!best || key.length > best.length)) best = { name: e.name, length: key.length };
    }
  }
  return best?.name ?? null;
}

const same = (a: CivilDate, b: CivilDate) => compareDates(a, b) === 0;
const WHOLE = '，整个文件未收入';

/** Who a returned form belongs to, or why the whole file is refused. */
export function formIdentity(data: ReturnData, registry: UnitRegistry | null, period: { readonly from: CivilDate; readonly to: CivilDate }): FormIdentity {
  const nameUnit = unitFromFileName(data.file, registry);
  if (data.problem) return { refuse: data.problem, unit: nameUnit ?? '' };
  const guideText = data.guide?.unit ?? null;
  // a unit's own 登记表 names it over the table (填写单位：市教体局): whose it is when nothing else says, and must agree when something does
  const heading = data.heading;
  const headingUnit = heading?.unit ? resolveUnit(heading.unit, registry) : null;
  let note: string | undefined;
  let unit: string | null = null;
  if (data.marker) {
    const raw = data.marker.unit;
    const shown = normalizeReturnedText(raw);
    const problem = nameProblem(raw);
    if (problem) return { refuse: `表内标记的单位“${shown}”${problem}${WHOLE}`, unit: shown };
    unit = resolveUnit(raw, registry);
    if (!unit) {
      const near = registry?.resolve(shown);
      const hint = near && near.kind === 'unknown' && near.suggestion ? `（是否为“${near.suggestion}”？）` : '';
      return { refuse: `表内标记的单位“${shown}”不在单位名录中${hint}${WHOLE}；请核实是否为本次下发的填报表`, unit: shown };
    }
    const { from, to } = data.marker;
    if (!same(from, period.from) || !same(to, period.to)) {
      return {
        refuse: `是 ${formatISO(from)}至${formatISO(to)} 的填报表，不是本次收集的期间（${formatISO(period.from)}至${formatISO(period.to)}）${WHOLE}，请在收集该期间时处理`,
        unit,
      };
    }
    const guidePeriod = data.guide?.period ? normalizeReturnedText(data.guide.period) : null;
    if (guidePeriod !== null && guidePeriod !== periodLabel(data.marker)) {
      // the clerk wrote the period another way: the same days say nothing; days overlapping the form's are read by the marker (each
      // row's date is checked against the period, so an article outside it is sent back row by row); days apart are another form
      const written = readWrittenPeriod(guidePeriod, from.year);
      const overlaps = written && compareDates(written.from, to) <= 0 && compareDates(from, written.to) <= 0;
      if (!overlaps) return { refuse: `填报说明写的期间是“${guidePeriod}”，表内标记却是 ${periodLabel(data.marker)}：填报表被改动过${WHOLE}`, unit };
      if (!same(written.from, from) || !same(written.to, to)) {
        note = `填报说明的期间被改写为“${guidePeriod}”（${formatISO(written.from)}至${formatISO(written.to)}），本次收集的是 ${periodLabel(data.marker)}：按本次期间汇总，期间外的稿件逐行退回`;
      }
    }
    if (nameUnit && nameUnit !== unit) {
      // one unit's name on another's form: crediting either could put one unit's work in another's count, so neither is credited
      return { refuse: `文件名是“${nameUnit}”的，表内标记却是“${unit}”的填报表，无法确定是哪个单位的${WHOLE}；请核实后让报送单位用本单位的填报表重报`, unit: nameUnit };
    }
  } else {
    unit = nameUnit ?? headingUnit;
    if (!unit) {
      const written = heading?.unit ? `，表上的“${heading.unitLabel}：${normalizeReturnedText(heading.unit).slice(0, 40)}”不在单位名录中` : '';
      return { refuse: `无法确定是哪个单位的填报表（文件中没有督办标记，文件名中也没有单位名称${written}）`, unit: '' };
    }
    if (!nameUnit && heading?.unit) note = `文件中没有督办标记，文件名中也没有单位名称：按表上“${heading.unitLabel}：${normalizeReturnedText(heading.unit)}”认定为${unit}的填报表`;
  }
  if (heading?.unit && headingUnit !== null && headingUnit !== unit) {
    return { refuse: `“${heading.sheet}”表上写的${heading.unitLabel}是“${normalizeReturnedText(heading.unit).slice(0, 40)}”，${data.marker ? '表内标记' : '文件名'}却是“${unit}”：无法确定是哪个单位的${WHOLE}`, unit };
  }
  if (guideText !== null) {
    const problem = nameProblem(guideText);
    const guideUnit = problem ? null : resolveUnit(guideText, registry);
    if (problem) return { refuse: `填报说明中的填报单位“${normalizeReturnedText(guideText)}”${problem}${WHOLE}`, unit };
    if (guideUnit !== unit) {
      return { refuse: `填报说明写的填报单位是“${normalizeReturnedText(guideText)}”，${data.marker ? '表内标记' : '文件名'}却是“${unit}”：无法确定是哪个单位的${WHOLE}`, unit };
    }
  }
  return note ? { unit, note } : { unit };
}
