// Quotas that differ by category of units: "区直各责任单位每个项目每月不得少于1篇，各镇、街道每月不得少于2篇".
import type { Quota } from './quota';

export interface CategoryQuota {
  /** The category as written: "区直各责任单位", "各镇、街道". */
  readonly category: string;
  /** Its names, 各 carried over: 各镇、街道 → 各镇, 各街道. */
  readonly names: readonly string[];
  /** "每个项目": the quota counts once per project the unit is responsible for. */
  readonly perProject: boolean;
  readonly quota: Quota;
}

/** How a category of units ends; the one home of this word list. */
export const CATEGORY_TAIL = '(?:单位|部门|乡镇|镇|乡|街道|县区|区县|社区|村|园区)';
/** A category's last word, with what a bracket adds to it: 各乡(镇), 县(市、区). */
const TAIL_BRACKETED = `${CATEGORY_TAIL}(?:[(（][^()（）]{1,6}[)）])?`;
const CATEGORY = new RegExp(`^((?:[区县市镇乡]直)?各?[^\\s，,；;：:]{0,10}?${TAIL_BRACKETED}(?:、[^\\s，,；;：:]{1,10}?${TAIL_BRACKETED})*)[：:]?$`);
const RULE_START = /每个项目|每(?:日|天|周|月|季度|季|年)|不得少于|不少于|至少|不低于/;

/** The names of a category, 各 distributed over a list ("各镇、街道" → 各镇, 各街道). */
export function categoryNames(category: string): string[] {
  const parts = category.split(/[、,，和及与]/).map((p) => p.trim()).filter(Boolean);
  const each = parts[0]?.startsWith('各');
  return parts.map((p) => (each && !p.startsWith('各') && !/[直]/.test(p) ? `各${p}` : p));
}

/** "区直各责任单位", "区直单位", "各镇", "镇", "各乡(镇)" → a key that spellings of one category share. */
function categoryKey(name: string): string {
  return name.replace(/[\s()（）]+/g, '').replace(/^各/, '').replace(/各|责任|有关|相关|所属/g, '');
}

/**
 * A quota text giving categories their own rules, one piece per category (split on ；;。 or ， between
 * pieces); null unless at least two pieces each name a category and a rule `parse` understands.
 */
export function splitCategoryQuotas(text: string, parse: (rule: string) => Quota | null): CategoryQuota[] | null {
  const pieces = text
    .split(/[；;。\n]|[，,](?=[^，,；;。]*?(?:每|不得少于|不少于|至少))/)
    .flatMap(splitListedRules)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return null;
  const out: CategoryQuota[] = [];
  for (const piece of pieces) {
    const at = piece.search(RULE_START);
    if (at <= 0) continue;
    const head = CATEGORY.exec(piece.slice(0, at).trim());
    const rule = piece.slice(at);
    const quota = head ? parse(rule) : null;
    if (!head || !quota) return null;
    out.push({ category: head[1], names: categoryNames(head[1]), perProject: rule.startsWith('每个项目'), quota });
  }
  return out.length >= 2 ? out : null;
}

/**
 * "乡镇每月4条、部门每月2条": rules listed with 、, each with its category. A part without a rule of its own ("各镇" of
 * "各镇、街道每月2条", "5月" of "5月、10月各1次") stays with the part after it; one that starts with a rule, with the one before.
 */
function splitListedRules(piece: string): string[] {
  const parts = piece.split('、');
  if (parts.length < 2) return [piece];
  const out: string[] = [];
  let pending = '';
  for (const part of parts) {
    const at = part.search(RULE_START);
    if (at < 0) {
      pending = pending ? `${pending}、${part}` : part;
    } else if (at === 0 && out.length > 0 && pending === '') {
      out[out.length - 1] += `、${part}`;
    } else {
      out.push(pending ? `${pending}、${part}` : part);
      pending = '';
    }
  }
  if (pending) {
    if (out.length > 0) out[out.length - 1] += `、${pending}`;
    else out.push(pending);
  }
  return out;
}

/** The piece of a by-category quota that applies to a unit of these categories (类型, 所属分组); null when none does. */
export function categoryQuotaFor(pieces: readonly CategoryQuota[], unitCategories: readonly string[]): CategoryQuota | null {
  const keys = new Set(unitCategories.map(categoryKey).filter(Boolean));
  return pieces.find((p) => p.names.some((n) => keys.has(categoryKey(n)))) ?? null;
}

/**
 * How many projects a unit has, for "每个项目" quotas, from the 设置 row 项目数: "牵头任务数" (the tasks
 * the unit leads), or "区教体局=3、区卫健委=2" (others 1); undefined when the row says nothing (1 each).
 */
export function projectCounter(setting: string | undefined, tasksLed: (unit: string) => number): ((unit: string) => number) | undefined {
  const text = (setting ?? '').normalize('NFKC').trim();
  if (!text) return undefined;
  if (/牵头/.test(text) && /任务|项目/.test(text) && !/[=:]/.test(text)) return tasksLed;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/([^、,;；=:\s]+)\s*[=:]\s*(\d+)/g)) counts.set(m[1], Number(m[2]));
  return counts.size ? (unit) => counts.get(unit) ?? 1 : undefined;
}

/** What a unit is asked by one task's quota: its category's piece (or the quota itself), counted `times` (每个项目: its projects). */
export interface UnitQuota {
  readonly quota: Quota;
  readonly times: number;
}

/**
 * What a task's quota asks of one unit — one home for the report, the forms and the collect, so a unit is told the
 * number it is judged by: a quota by category asks each unit its own category's rule (none of its categories named:
 * nothing asked), times its projects when the rule is 每个项目.
 */
export function quotaAskedOf(quota: Quota, categories: readonly string[], projects: (() => number) | undefined): UnitQuota | null {
  const byCategory = quota.byCategory;
  if (!byCategory) return { quota, times: 1 };
  const piece = categoryQuotaFor(byCategory, categories);
  if (!piece) return null;
  return { quota: piece.quota, times: piece.perProject ? (projects?.() ?? 1) : 1 };
}
