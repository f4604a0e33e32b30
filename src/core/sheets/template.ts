// The template workbook of `duban init` and 新建模板: every input sheet with styled, frozen headers.
import { columnLetters } from './grid';
import { PACKAGE_YEAR_RANGE } from '../dates/calendar';
import { HOLIDAY_KINDS } from './holiday-sheet';
import {
  HOLIDAY_HEADERS, HeaderSchema, LEDGER_HEADERS, MEDIA_HEADERS, REGISTRY_HEADERS, RULES_HEADERS,
  SETTINGS_HEADERS, SETTINGS_KEYS, SHEET_NAMES, SPOTCHECK_HEADERS, TASK_HEADERS,
} from './headers';
import { MEDIA_LEVELS, RULE_ITEMS } from '../scoring/scoring-rules';
import { CellStyle, DataValidationSpec, SheetSpec, SpecCell, SpecValue, STYLES, TITLE_ROW_HEIGHT, cell, printOrientation, wrappedHeights } from './sheet-spec';

/** 完成情况 choices offered by the dropdown. */
export const STATUS_CHOICES = ['已完成', '进行中', '未开始'] as const;
export const YES_NO = ['是', '否'] as const;
/** Rows covered by dropdowns and formats below the header. */
export const TEMPLATE_ROWS = 2000;

export interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  readonly style: CellStyle;
}

/** Column layout of each sheet: header text (first synonym), width, body style. */
export function columnsOf<F extends string>(schema: HeaderSchema<F>, layout: Readonly<Partial<Record<F, [number, CellStyle]>>>): ColumnSpec[] {
  return (Object.keys(layout) as F[]).map((f) => ({ header: schema[f][0], width: layout[f]![0], style: layout[f]![1] }));
}

export const TASK_COLUMNS = columnsOf(TASK_HEADERS, {
  seq: [6, STYLES.center], task: [48, STYLES.text], lead: [22, STYLES.text], coop: [30, STYLES.text],
  deadline: [14, STYLES.text], quota: [18, STYLES.text], status: [10, STYLES.center], doneDate: [12, STYLES.date], note: [16, STYLES.text],
});
export const REGISTRY_COLUMNS = columnsOf(REGISTRY_HEADERS, {
  name: [24, STYLES.plain], aliases: [36, STYLES.text], type: [12, STYLES.plain], groups: [28, STYLES.text],
});
export const MEDIA_COLUMNS = columnsOf(MEDIA_HEADERS, { name: [22, STYLES.plain], level: [10, STYLES.center], aliases: [24, STYLES.text] });
export const LEDGER_COLUMNS = columnsOf(LEDGER_HEADERS, {
  date: [12, STYLES.date], unit: [20, STYLES.plain], title: [40, STYLES.text], media: [20, STYLES.plain],
  level: [9, STYLES.center], adopted: [9, STYLES.center], taskSeq: [9, STYLES.center], count: [7, STYLES.number], source: [30, STYLES.text],
});
export const SPOTCHECK_COLUMNS = columnsOf(SPOTCHECK_HEADERS, {
  month: [10, STYLES.center], unit: [22, STYLES.plain], awareness: [10, STYLES.percent], satisfaction: [10, STYLES.percent],
});
export const RULES_COLUMNS = columnsOf(RULES_HEADERS, {
  item: [22, STYLES.plain], target: [18, STYLES.plain], type: [14, STYLES.plain], value: [10, STYLES.number], note: [60, STYLES.text],
});

/** Content of a template sheet: optional title lines, then header, then data rows. */
export interface TableContent {
  readonly titles?: readonly string[];
  readonly rows?: readonly (readonly SpecValue[])[];
  /** Rows (indexes into `rows`) that are a section heading: their first value written across the table, merged, as 分工表 print them. */
  readonly bands?: readonly number[];
}

function columnRange(col: number, firstRow: number, lastRow: number): string {
  const letter = columnLetters(col);
  return `${letter}${firstRow}:${letter}${lastRow}`;
}

/** A user sheet: titles, a styled frozen header, rows styled by column; it prints one page wide. */
export function tableSheet(
  name: string,
  columns: readonly ColumnSpec[],
  content: TableContent,
  validations: (headerRow: number) => DataValidationSpec[] = () => [],
): SheetSpec {
  const titles = content.titles ?? [];
  const rows: SpecCell[][] = titles.map((t, i) => [cell(t, i === 0 ? STYLES.title : STYLES.subtitle)]);
  rows.push(columns.map((c) => cell(c.header, STYLES.header)));
  const bands = new Set(content.bands ?? []);
  (content.rows ?? []).forEach((values, r) => {
    rows.push(bands.has(r) ? columns.map((_, i) => cell(i === 0 ? values[0] ?? null : null, STYLES.section)) : columns.map((c, i) => cell(values[i] ?? null, c.style)));
  });
  const headerRow = titles.length + 1; // 1-based
  const widths = columns.map((c) => c.width);
  // rows tall enough for their wrapped text (a viewer or printer that does not fit rows shows it whole), the title's for its size
  const heights = wrappedHeights(rows, widths).map((h, r) => (r === 0 && titles.length > 0 ? TITLE_ROW_HEIGHT : h));
  return {
    name,
    generated: false,
    rows,
    widths,
    ...(heights.some((h) => h !== undefined) ? { heights } : {}),
    merges: [
      ...titles.map((_, i) => ({ top: i, left: 0, bottom: i, right: columns.length - 1 })),
      ...[...bands].sort((a, b) => a - b).map((r) => ({ top: headerRow + r, left: 0, bottom: headerRow + r, right: columns.length - 1 })),
    ],
    freeze: { rows: headerRow, columns: 0 },
    validations: validations(headerRow),
    // printed as offices print a 分工表: one page wide, the titles and header on every page
    print: { orientation: printOrientation(columns.map((c) => c.width)), titleRows: headerRow },
  };
}

const unitList = { source: `=${SHEET_NAMES.registry}!$A$2:$A$${TEMPLATE_ROWS}` };
const mediaList = { source: `=${SHEET_NAMES.media}!$A$2:$A$${TEMPLATE_ROWS}` };

/** The task sheet; `extra` columns (such as 来源 of an imported plan) follow the template's. */
export function taskSheet(content: TableContent, extra: readonly ColumnSpec[] = []): SheetSpec {
  const col = (field: keyof typeof TASK_HEADERS) => Object.keys(TASK_HEADERS).indexOf(field);
  return tableSheet(SHEET_NAMES.tasks, [...TASK_COLUMNS, ...extra], content, (h) => {
    const last = h + TEMPLATE_ROWS;
    return [
      { range: columnRange(col('lead'), h + 1, last), list: unitList, allowOther: true, prompt: '从单位名录选择；多个单位用“、”分隔。' },
      { range: columnRange(col('coop'), h + 1, last), list: unitList, allowOther: true, prompt: '从单位名录选择；多个单位用“、”分隔。' },
      { range: columnRange(col('status'), h + 1, last), list: [...STATUS_CHOICES] },
    ];
  });
}

export function registrySheet(content: TableContent): SheetSpec {
  return tableSheet(SHEET_NAMES.registry, REGISTRY_COLUMNS, content);
}

export function mediaSheet(content: TableContent): SheetSpec {
  return tableSheet(SHEET_NAMES.media, MEDIA_COLUMNS, content, (h) => [
    { range: columnRange(1, h + 1, h + TEMPLATE_ROWS), list: [...MEDIA_LEVELS] },
  ]);
}

export function ledgerSheet(content: TableContent): SheetSpec {
  return tableSheet(SHEET_NAMES.ledger, LEDGER_COLUMNS, content, (h) => {
    const last = h + TEMPLATE_ROWS;
    return [
      { range: columnRange(1, h + 1, last), list: unitList, allowOther: true },
      { range: columnRange(3, h + 1, last), list: mediaList, allowOther: true },
      { range: columnRange(4, h + 1, last), list: [...MEDIA_LEVELS] },
      { range: columnRange(5, h + 1, last), list: [...YES_NO] },
    ];
  });
}

export function spotCheckSheet(content: TableContent): SheetSpec {
  return tableSheet(SHEET_NAMES.spotChecks, SPOTCHECK_COLUMNS, content, (h) => [
    { range: columnRange(1, h + 1, h + TEMPLATE_ROWS), list: unitList, allowOther: true },
  ]);
}

export function rulesSheet(): SheetSpec {
  const rows: SpecValue[][] = RULE_ITEMS.map((r) => [r.item, null, null, r.value, RULE_NOTES[r.key]]);
  for (const [item, target, type, value, note] of RULE_EXAMPLES) rows.push([`# ${item}`, target, type, value, note]);
  return tableSheet(SHEET_NAMES.rules, RULES_COLUMNS, { rows });
}

/** What each default row means, in the template's 说明 column. */
const RULE_NOTES: Record<(typeof RULE_ITEMS)[number]['key'], string> = {
  'level:中央级': '默认计分：中央级媒体每采用一篇的分值', 'level:省级': '省级媒体每采用一篇的分值', 'level:市级': '市级媒体每采用一篇的分值',
  'level:县级': '县级媒体每采用一篇的分值', adoptionCap: '采用得分最多计这么多分', completionFull: '报送完成率100%得满分；本期无报送指标的单位此项“不适用”',
  overduePenalty: '每项逾期任务扣分', awarenessFull: '知晓率100%得满分；未抽查的单位此项“不适用”', satisfactionFull: '满意度100%得满分；未抽查的单位此项“不适用”',
  'grade:excellent': '等次按总分占适用项满分的比例评定', 'grade:good': '', 'grade:fair': '低于此线为“较差”',
};

/**
 * Rows written as comments (项目 starting with #): how a 考核办法 goes into the sheet. Removing the # makes a
 * row count; once any such row counts, only what is written scores (delete the default rows you do not use).
 */
const RULE_EXAMPLES: readonly (readonly [string, string, string, number | string | null, string])[] = [
  ['说明', '', '', null, '以下“#”开头的行是示例，不计分。按本单位考核办法计分：去掉行首“#”，改成办法里的分值，并删去上面不用的默认行。详见 README“如何把考核办法写进评分规则”'],
  ['采用', '省级', '', 10, '省级媒体每采用一篇10分（对象写级别，或写刊物名如《常山政务》；媒体名录的“分值”列也可给每个刊物分值）'],
  ['采用', '省级', '单篇', 30, '按类型给分：省级单篇30分（类型取自报送台账的“类型”或“版面”列）'],
  ['采用加分', '', '约稿', 2, '在稿件本身的分值之上再加：约稿登载每篇加2分（对象可限定级别或刊物；“采用”行按类型给分时，一篇几种类型只取最高的一行）'],
  ['系数', '', '头版头条', 2, '倍数：头版头条×2、简讯×0.5（对象可限定级别或刊物）'],
  ['批示', '市级领导', '', 5, '领导批示加分，按报送台账“批示”列的领导级别'],
  ['批示', '市级领导', '其余批示', 3, '同一稿件多位市级领导批示：其余每条3分（写“每次”则每条全分）'],
  ['同稿多用', '累加', '', null, '一稿被多家采用：累加（每家都计）或 取最高（只计最高一家）；按“稿件编号”或单位+标题认定同一稿件'],
  ['报送指标', '乡镇', '每月', 8, '每月应报8篇（对象写单位类型或单位名称，空=所有单位；类型列可限定稿件类型，如“每季度 长篇”）'],
  ['基础分', '每月完成指标', '', 10, '当月完成报送指标得10分；当期没有指标的单位此项“不适用”'],
  ['缺报扣分', '', '每月', 1, '每少报1篇扣1分'],
  ['缺报扣分', '未完成指标', '每月', 30, '当月未完成报送指标的扣30分（每月一次，不按篇数）'],
  ['采用指标', '', '每月', 1, '每月应被采用1篇；与报送指标一起时，“基础分 完成指标”要两项都完成'],
  ['超报计分', '', '每周', 1, '超出报送指标的每篇加1分（按期计，多报的一期不抵缺报的一期）'],
  ['采用指标', '', '每年 市级以上', 8, '全年在市级以上媒体发表不少于8篇（类型列可写刊物名，或“省级以上”）'],
  ['缺报扣分', '采用', '每年', 1, '发表篇数比采用指标每少1篇扣1分（写“未完成采用任务”则每期只扣一次）'],
  ['目标分', '', '每季度', 10, '每季度目标10分，得分表示为占目标的百分比'],
  ['未达目标扣分', '', '', 2, '未达目标的，按所缺分值的2倍扣分'],
  ['迟报扣分', '', '', 1, '每次逾期报送（收集情况表中“逾期”）扣1分'],
  ['约稿未完成', '', '', 5, '每项逾期未完成的约稿任务扣5分（任务内容含“约稿”）'],
  ['上限', '采用', '每月', 40, '封顶：采用得分每月最多40分（对象可写 采用、批示、加分、基础分、扣分、加减分、总分，或用“+”相连）'],
  ['下限', '基础分+扣分', '每季度', 0, '扣完为止：基础分扣到0为止，加分照加'],
  ['折算', '最高分', '', 10, '折算：最高分的单位计10分，其余按比例（写“各组最高分”则每个排名分组的最高分计满分；写“目标分”则按各单位完成目标分的比例、完成计满分；或写“满分120”）'],
  ['分档', '采用', '200分以上', 45, '分档：采用得分达到200分的计45分，代替原得分（对象可写稿件类型、刊物或级别；每档一行）'],
  ['分档', '采用', '100分以下', 10, '分档的最低一档：不足100分的计10分（没有这一行则不足各档的不计分）'],
  ['名次计分', '报送', '每5名减1分', 5, '名次计分：按报送条数在本排名分组排名，第1—5名计5分，每5名减1分，减到0为止（对象写“报送”“采用”或“得分”；并列同名次）'],
  ['录用率低于', '30%', '每季度', 1, '当季录用率低于30%的提示并扣1分（分值写0则只提示）'],
  ['连续未达标', '3', '每月', 0, '连续3个月未完成指标的提示（分值写0则只提示）'],
  ['合作分配', '平分', '', null, '合报单位、合写作者：平分、各计全分、减半（不论几家各计一半），或第一作者（只计第一作者，单位照计全分）'],
  ['优秀比例', '', '', '30%', '优秀等次不超过每个排名分组单位数的30%：按总分从高到低，并列跨过名额的都不评优秀（写了优秀分数线的还要达到分数线）'],
  ['计分单位', '元', '', null, '计分单位：奖励办法按金额计（“每篇奖励200元”）写“元”，通报、得分明细、年度考核的金额都以元显示；不写即为分'],
  ['考核年度', '1月1日至12月31日', '', null, '考核年度：不从1月起的写起止，如“8月1日至次年7月31日”；每年的指标、本年累计和年度考核都按它计算（计划年度写考核年度结束的年份）'],
  ['考核周期', '每季度', '', null, '考核周期：办法按季度（或每月、每半年）考核、排名的写“每季度”（“每月”“每半年”），等次按整季度给；一项办法分几种排名（如信息每季度排名、上级采用每年排名）的，每种排名一张评分规则（如“评分规则（年度）”），各写考核周期，督办按通报期间选用'],
  ['排名', '排名', '', null, '排名：考核办法默认按总分排名，奖励办法（计分单位 元）默认不排名、按单位名录顺序列出；办法要排名写“排名”，不排名写“不排名”'],
];

export interface SettingsValues {
  readonly planYear?: number | null;
  /** Excel serial of the as-of date. */
  readonly asOfSerial?: number | null;
  readonly publicityMonths?: string | null;
}

export function settingsSheet(values: SettingsValues): SheetSpec {
  const columns: ColumnSpec[] = [
    { header: SETTINGS_HEADERS.key[0], width: 14, style: STYLES.plain },
    { header: SETTINGS_HEADERS.value[0], width: 18, style: STYLES.plain },
    { header: '说明', width: 52, style: STYLES.text },
  ];
  const spec = tableSheet(SHEET_NAMES.settings, columns, {
    rows: [
      [SETTINGS_KEYS.planYear[0], values.planYear ?? null, '计划年度，如 2023；留空时从任务分工表标题中读取。'],
      [SETTINGS_KEYS.asOf[0], values.asOfSerial ?? null, '统计截止日，判断逾期以此为准；留空为当天。'],
      [SETTINGS_KEYS.publicityMonths[0], values.publicityMonths ?? null, '集中宣传月，如“5月、10月”；“宣传月期间”的任务和指标按此计算。'],
    ],
  });
  // the as-of value is a date
  const rows = spec.rows.map((r, i) => (i === 2 ? [r[0], cell(r[1].value, STYLES.date), r[2]] : r));
  return { ...spec, rows };
}

/** 节假日: empty rows for the clerk, or the days given (date serial, 休息日/工作日, name). */
export function holidaySheet(rows: readonly (readonly SpecValue[])[] = []): SheetSpec {
  const columns: ColumnSpec[] = [
    { header: HOLIDAY_HEADERS.date[0], width: 12, style: STYLES.date },
    { header: HOLIDAY_HEADERS.kind[0], width: 10, style: STYLES.center },
    { header: HOLIDAY_HEADERS.name[0], width: 36, style: STYLES.plain },
  ];
  return tableSheet(SHEET_NAMES.holidays, columns, {
    // short lines: a title is merged over the table's three columns, and longer text is cut off there
    titles: [
      SHEET_NAMES.holidays,
      `内置 ${PACKAGE_YEAR_RANGE[0]}–${PACKAGE_YEAR_RANGE[1]} 年国务院节假日安排（含调休上班日）。`,
      `其他年份或本地调整在下表补充，类型填“${HOLIDAY_KINDS.rest}”或“${HOLIDAY_KINDS.work}”。`,
    ],
    rows,
  }, (h) => [{ range: columnRange(1, h + 1, h + Math.max(TEMPLATE_ROWS, rows.length)), list: [HOLIDAY_KINDS.rest, HOLIDAY_KINDS.work] }]);
}

/** The blank template: every sheet of DESIGN.md. */
export function templateSheets(): SheetSpec[] {
  return [
    taskSheet({ titles: ['____年宣传任务分工表'] }),
    registrySheet({}),
    mediaSheet({}),
    ledgerSheet({}),
    spotCheckSheet({}),
    rulesSheet(),
    settingsSheet({}),
    holidaySheet(),
  ];
}
