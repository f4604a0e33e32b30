// Per-call cost of the custom functions (src/functions/impl.ts) for `npm run bench`, arguments passed as Excel's runtime passes them.
import { CivilDate, toSerial } from '../src/core/dates/civil-date';
import * as fn from '../src/functions/impl';
import { isFnError } from '../src/functions/impl';
import { benchUnits, random } from './bench-data';

export interface FunctionCost {
  name: string;
  calls: number;
  distinct: number;
  nsPerCall: number;
  note: string;
  /**
   * The 单位名录 range passed whole with every call: its cost is bounded below by reading the
   * argument (see the note), so the target is held by the handle form (DUBAN.REGISTRY) instead.
   */
  wholeRange?: boolean;
}

/** Invocations prepared (parsed) ahead of the timed loop; they rotate through this many. */
const POOL = 1 << 16;
/** Copies of the 单位名录 range in rotation, each parsed from the invocation's JSON on its own. */
const REGISTRY_COPIES = 16;

/**
 * Arguments as the shared runtime receives them: Excel sends each invocation as a JSON message, so
 * every call gets fresh arrays and the strings JSON.parse yields (V8 internalizes strings of up to
 * 10 characters, so equal short strings are one object; longer ones are separate objects compared
 * by content). Parsed here ahead of the timed loop, so parsing is not counted.
 */
function asReceived<T>(args: T): T {
  return JSON.parse(JSON.stringify(args)) as T;
}

/** Per-call cost of QUOTA, DEADLINE and UNITS over a million calls (fewer with --quick) with heavy repetition. */
export function functionCosts({ calls: N = 1_000_000, slowBudgetMs = 3000 }: { calls?: number; slowBudgetMs?: number } = {}): FunctionCost[] {
  const rand = random(7);
  const quotaTexts = ['每月不少于2篇', '每月至少完成两次', '每季度1次', '宣传月期间不少于2次', '5月、10月各1次', '年度内至少1篇', '每日一期', '每周不少于1条', '不少于3场', '每季度不少于1篇'];
  const deadlineTexts = ['2023年6月30日', '5月底前', '6月上旬', '9月30日', '年底前', '上半年', '一季度', '7月中旬', '次年1月上旬', '10月31日前', '2023-08-15', '11月下旬', '12月20日前', '3月15日', '下半年', '2023.12.31'];
  const units = benchUnits();
  // the 单位名录 range (header and 300 units, 301×4), as each invocation's JSON message carries it
  const registry = [['单位名称', '别名', '类型', '所属分组'], ...units.map((u) => [u.name, u.alias, u.type, u.groups.join('、')])];
  const registries = Array.from({ length: REGISTRY_COPIES }, () => asReceived(registry));
  const unitTexts = Array.from({ length: 400 }, () => {
    const k = 1 + Math.floor(rand() * 6);
    return Array.from({ length: k }, () => units[Math.floor(rand() * units.length)].name).join(rand() < 0.5 ? '、' : ' ');
  });
  const from = toSerial({ year: 2023, month: 1, day: 1 });
  const windows = Array.from({ length: 12 }, (_, m) => toSerial({ year: 2023, month: m + 1, day: 28 }));
  const idx = Array.from({ length: POOL }, () => Math.floor(rand() ** 2 * 1000));
  const today: CivilDate = { year: 2023, month: 6, day: 30 };

  const quotaArgs = asReceived(idx.map((i) => [quotaTexts[i % quotaTexts.length], from, windows[i % 12]] as [string, number, number]));
  const deadlineArgs = asReceived(idx.map((i) => deadlineTexts[i % deadlineTexts.length]));
  const unitArgs = asReceived(idx.map((i) => unitTexts[i % unitTexts.length]));

  /** N calls, or as many as fit in slowBudgetMs for a function far slower than the target. */
  const time = (name: string, distinct: number, note: string, call: (n: number) => unknown, wholeRange = false): FunctionCost => {
    for (let n = 0; n < 2000; n++) call(n); // warm: memo tables filled, code optimised
    const t = process.hrtime.bigint();
    let errors = 0;
    let calls = 0;
    while (calls < N && (calls % 10000 !== 0 || process.hrtime.bigint() - t < BigInt(slowBudgetMs) * 1_000_000n)) {
      if (isFnError(call(calls))) errors++;
      calls++;
    }
    const ns = Number(process.hrtime.bigint() - t) / calls;
    if (errors === calls) throw new Error(`${name}: every call failed`);
    return { name, calls, distinct, nsPerCall: ns, note, ...(wholeRange ? { wholeRange } : {}) };
  };
  const at = (n: number) => n & (POOL - 1);
  const floor = argumentFloor(registries);
  const us = (ns: number) => `${(ns / 1000).toFixed(1)} µs`;
  // =DUBAN.REGISTRY(单位名录!A:D) in one cell, =DUBAN.UNITS(C5, $H$1) down the column: each call passes that one cell
  const handle = fn.registry(registries[0]);
  if (isFnError(handle)) throw new Error(`REGISTRY: ${handle.message}`);
  const handleArgs = Array.from({ length: REGISTRY_COPIES }, () => asReceived([[handle]]));
  return [
    time('QUOTA(rule, from, to)', quotaTexts.length, '12 个不同截止日', (n) => {
      const [rule, a, b] = quotaArgs[at(n)];
      return fn.quota(rule, a, b);
    }),
    time('DEADLINE(text, [year])', deadlineTexts.length, '', (n) => fn.deadline(deadlineArgs[at(n)], 2023, undefined, today)),
    time('UNITS(text, 名录句柄)', unitTexts.length, '单位名录经 DUBAN.REGISTRY 传入：每次调用只传句柄所在的一个单元格（每次新的 1×1 数组）', (n) =>
      fn.units(unitArgs[at(n)], handleArgs[n % REGISTRY_COPIES]),
    ),
    time('UNITS(text, registry)', unitTexts.length, '同一单元格区域对象（同样逐格比较）', (n) => fn.units(unitArgs[at(n)], registries[0]), true),
    time('UNITS(text, registry)', unitTexts.length, `每次新的 301×4 区域数组（Excel 的传参方式，${REGISTRY_COPIES} 份 JSON.parse 所得的副本轮换）；对照：仅逐格读一遍 ${us(floor.walkNs)}，运行时解析其 JSON ${us(floor.parseNs)}`, (n) =>
      fn.units(unitArgs[at(n)], registries[n % REGISTRY_COPIES]),
      true,
    ),
  ];
}

/**
 * What any exact check of a range argument costs at least: reading each of its cells once (no
 * comparison, nothing kept); and, for scale, what the runtime spends parsing that argument's JSON.
 */
function argumentFloor(copies: readonly (readonly (readonly unknown[])[])[]): { walkNs: number; parseNs: number } {
  const walk = (rows: readonly (readonly unknown[])[]) => {
    let strings = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string') strings++;
    }
    return strings;
  };
  const json = JSON.stringify(copies[0]);
  const perCall = (calls: number, call: (n: number) => unknown) => {
    for (let n = 0; n < calls / 10; n++) call(n);
    const t = process.hrtime.bigint();
    let sink = 0;
    for (let n = 0; n < calls; n++) if (call(n)) sink++;
    if (sink < 0) throw new Error('unreachable');
    return Number(process.hrtime.bigint() - t) / calls;
  };
  return {
    walkNs: perCall(200_000, (n) => walk(copies[n % copies.length])),
    parseNs: perCall(5_000, () => JSON.parse(json)),
  };
}
