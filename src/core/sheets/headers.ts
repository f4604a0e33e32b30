// Header synonyms and default names of every sheet Duban reads: the one home of column names.
import { CellValue, cellText } from './grid';
import { toSimplified } from './traditional';

/** A sheet's columns: field → header synonyms, the first being the name Duban writes. */
export type HeaderSchema<F extends string> = Readonly<Record<F, readonly string[]>>;

export type TaskField = 'seq' | 'task' | 'lead' | 'coop' | 'deadline' | 'quota' | 'frequency' | 'status' | 'doneDate' | 'note' | 'category' | 'leaders';

export const TASK_HEADERS: HeaderSchema<TaskField> = {
  seq: ['序号', '编号'],
  task: ['主要任务', '工作任务', '任务内容', '具体任务', '重点任务', '具体措施', '工作内容', '任务'],
  lead: ['牵头责任部门', '牵头单位', '牵头部门', '责任单位', '责任部门', '牵头责任单位'],
  coop: ['配合责任部门', '配合单位', '配合部门', '协办单位', '配合责任单位'],
  deadline: ['完成时限', '时间节点', '完成时间', '时限要求', '截止时间', '完成期限'],
  quota: ['量化指标', '工作要求', '频次', '目标要求', '任务数', '任务数量'],
  status: ['完成情况', '进展情况', '状态', '进度'],
  doneDate: ['完成日期', '实际完成时间', '实际完成日期'],
  note: ['备注'],
  // read, never written by the template (header-roles.ts decides these by meaning too)
  category: ['类别', '工作类别', '任务类别', '分类', '领域'],
  leaders: ['责任领导', '分管领导', '牵头领导', '县领导', '市领导', '区领导', '责任人', '联系人'],
  // how often a quota beside it is due ("每月" beside "各5条"); a lone 频次 column is the quota itself.
  // Last, so that the template's column positions (key order) stay as they were.
  frequency: ['报送频次', '频率', '报送频率', '发布频次', '更新频率'],
};
/** The column of generated and imported rows saying where each came from (DESIGN: 来源). */
export const SOURCE_HEADER = '来源';
export const TASK_REQUIRED: readonly TaskField[] = ['task', 'lead'];

export type RegistryField = 'name' | 'aliases' | 'type' | 'groups';
export const REGISTRY_HEADERS: HeaderSchema<RegistryField> = {
  name: ['单位名称', '单位全称'],
  aliases: ['别名', '简称', '别名/简称'],
  type: ['类型', '单位类型'],
  groups: ['所属分组', '分组'],
};
export const REGISTRY_REQUIRED: readonly RegistryField[] = ['name'];
/** An optional 单位名录 column, read for scoring only: the unit whose score this one's counts in (企业直报点 → its county). */
export const CREDIT_TO_HEADERS: readonly string[] = ['得分计入', '得分计入单位', '计入单位'];

export type MediaField = 'name' | 'level' | 'aliases' | 'points';
export const MEDIA_HEADERS: HeaderSchema<MediaField> = {
  name: ['媒体名称'],
  level: ['级别', '媒体级别'],
  aliases: ['别名', '简称'],
  /** Points per adopted piece in this outlet, overriding its level's (optional). */
  points: ['分值', '每篇分值', '计分标准'],
};
export const MEDIA_REQUIRED: readonly MediaField[] = ['name'];

export type LedgerField =
  | 'date' | 'unit' | 'title' | 'media' | 'level' | 'adopted' | 'taskSeq' | 'count' | 'source'
  | 'pieceType' | 'placement' | 'instruction' | 'author' | 'pieceId' | 'words' | 'reads' | 'route' | 'given' | 'link';
export const LEDGER_HEADERS: HeaderSchema<LedgerField> = {
  date: ['日期', '报送日期', '发布日期', '刊发日期'],
  unit: ['单位', '报送单位', '供稿单位', '投稿单位', '来稿单位'],
  title: ['标题', '稿件标题', '信息标题', '信息名称', '稿件名称', '稿件题目', '新闻标题', '信息题目'],
  media: ['媒体', '采用媒体', '刊发媒体', '发表媒体', '刊播媒体', '刊载媒体', '发布媒体', '报名', '报刊名称', '刊物名称'],
  level: ['级别', '媒体级别'],
  adopted: ['是否采用', '采用情况'],
  taskSeq: ['任务序号'],
  count: ['数量', '篇数'],
  /** Where a collected row came from (the return's file name). */
  source: ['来源', '来源文件'],
  // optional, for scoring by the office's 考核办法 (评分规则)
  pieceType: ['类型', '稿件类型', '信息类型', '体裁'],
  placement: ['版面', '用稿方式', '刊发位置', '版次'],
  instruction: ['批示', '领导批示', '批示情况'],
  author: ['作者', '通讯员', '撰稿人'],
  pieceId: ['稿件编号', '信息编号'],
  words: ['字数'],
  /** A piece's reads online (泽园书院: 「阅读量达到2000，奖励100元/篇」): read as a piece type, so 采用 rows can say 阅读量2000以上. */
  reads: ['阅读量', '阅读数', '浏览量', '点击量'],
  /** How the piece went up (直报, 市府办转报): read as a piece type, so a 系数 row can name it. */
  route: ['报送途径', '报送渠道', '上报途径'],
  /** A piece's points set by someone else: the upper office's score (上级计分) or a person within a range (认定分值). */
  given: ['上级计分', '认定分值', '核定分值'],
  /** Where the piece can be read online (kept, not scored): a collect fills it from a return's 链接 column. */
  link: ['链接', '网址', '链接地址', '原文链接', '网页链接'],
};
export const LEDGER_REQUIRED: readonly LedgerField[] = ['date', 'unit'];
/**
 * Words a returned form's 报送登记 may head its date with that do not make a sheet a ledger: a task allocation table's
 * 报送时间 column holds 每月, and 单位 | 报送时间 would read as 报送台账.
 */
export const RETURN_DATE_HEADERS: readonly string[] = ['报送时间', '发布时间', '刊发时间'];
/**
 * A ledger headed as 信息报送登记 are printed (报送时间 | 报送单位 | 信息标题): its date by a return's date words too, when it
 * has a title column — the title tells it from an allocation table (单位 | 任务数 | 报送时间). ledger-header.ts.
 */
export const LEDGER_TIMED_HEADERS: HeaderSchema<LedgerField> = { ...LEDGER_HEADERS, date: [...LEDGER_HEADERS.date, ...RETURN_DATE_HEADERS] };
export const LEDGER_TIMED_REQUIRED: readonly LedgerField[] = ['date', 'unit', 'title'];

/** A date printed in two columns, 月 | 日 (a 见报篇目统计表): a return reads them as one date in its period's year, the ledger in its title's (ledger-header.ts); 年 a year column beside them. */
export const SPLIT_DATE_HEADERS = { month: ['月', '月份'], day: ['日'], year: ['年', '年份'] } as const;

/**
 * A 统计表 that counts by unit (单位 | 报送条数 | 采用 | 得分): its unit column and its count or points columns. Such a sheet
 * is the result of counting, not a ledger: read only to say so when the workbook has no ledger (summary-table.ts). The unit
 * column may be headed by the kind of unit: 县（市、区）, 镇（街道） (normalised without the brackets: 县, 镇), 学院.
 */
export const SUMMARY_UNIT_HEADER = /^(单位|单位名称|报送单位|部门|科室|处室|学院|院系|县|区|市|镇|乡镇|县区|区县|县市区|街道|镇街)$|^.{1,10}单位$/u;
export const SUMMARY_COUNT_HEADER = /(条数|篇数|件数|数量|得分|分数|采用|采用数|报送数)$/u;
/** A count header that says it is a result (得分, 本月报送条数, 累计分数), not a target. */
export const SUMMARY_RESULT_HEADER = /得分$|^(本月|本期|本季度?|全年累计|累计|实际|实报|已报)/u;
/** A count header or a line over the table that says the figures are targets (目标分数, 2006年全市政务信息工作目标任务): a task table. */
export const SUMMARY_TARGET_WORDS = /目标|任务|分解|分配|指标|应报|不少于/u;
/** A line over the table that says it counts what was done (用稿统计表, 综合评分情况, 采用情况通报). */
export const SUMMARY_RESULT_TITLE = /统计|情况|通报|评分|汇总|排名/u;

export type SpotCheckField = 'month' | 'unit' | 'awareness' | 'satisfaction';
export const SPOTCHECK_HEADERS: HeaderSchema<SpotCheckField> = {
  month: ['月份', '抽查月份'],
  unit: ['单位'],
  awareness: ['知晓率'],
  satisfaction: ['满意度'],
};
export const SPOTCHECK_REQUIRED: readonly SpotCheckField[] = ['unit', 'awareness'];

export type RulesField = 'item' | 'target' | 'type' | 'value' | 'note';
export const RULES_HEADERS: HeaderSchema<RulesField> = {
  item: ['项目', '计分项目'],
  target: ['对象', '适用对象', '媒体或级别'],
  type: ['类型', '稿件类型', '条件'],
  value: ['分值', '分数'],
  note: ['说明', '依据', '备注'],
};
export const RULES_REQUIRED: readonly RulesField[] = ['item', 'value'];

export type AdjustmentField = 'unit' | 'date' | 'points' | 'reason' | 'author';
export const ADJUSTMENT_HEADERS: HeaderSchema<AdjustmentField> = {
  unit: ['单位', '单位名称'],
  date: ['日期', '发生日期'],
  points: ['分值', '加减分', '分数'],
  reason: ['事由', '原因', '说明'],
  // rules that rank people: the row counts in these authors' results too (失实稿件的本条得分归零)
  author: ['作者', '通讯员', '个人'],
};
export const ADJUSTMENT_REQUIRED: readonly AdjustmentField[] = ['unit', 'points', 'reason'];

export type SettingsField = 'key' | 'value';
export const SETTINGS_HEADERS: HeaderSchema<SettingsField> = { key: ['设置项', '项目'], value: ['值', '内容'] };

/** Keys of the 设置 sheet (key/value rows). */
export const SETTINGS_KEYS = {
  planYear: ['计划年度', '年度'],
  asOf: ['统计截止日', '数据截止日', '统计截止日期'],
  publicityMonths: ['集中宣传月', '宣传月'],
  // round 2 (DESIGN.md "Round 2 additions"): read as text, interpreted by their domains
  columnMap: ['列映射'],
  rankingGroups: ['排名分组'],
  zeroReportMonths: ['连续零报送月数'],
  bulletinRequirements: ['通报要求'],
  issuer: ['发文机关'],
  documentNumber: ['发文字号'],
  recipients: ['主送', '主送机关'],
  campaignName: ['活动名称'],
  // what work the 通报 is about when it is not 宣传工作 (「政务信息报送及采用」: 潜江市 「…政务信息报送及采用情况的通报」); not 工作名称,
  // a task table's column header that would make a task sheet read as 设置
  workName: ['通报事项'],
  // the 通报's 附注 under the date, as offices print who to call (「联系人：…，联系电话：…」)
  contactPerson: ['联系人'],
  contactPhone: ['联系电话'],
  // what the 通报 is issued under, named in its opening (「根据《…考评办法》规定，现将…」)
  bulletinBasis: ['通报依据', '考核办法', '考评办法'],
  // the year-end 通报's 优秀信息员: the office's own list (「授予肖金红等9名同志…优秀信息员」), or how many to name by the year's points
  excellentReporters: ['优秀信息员', '优秀通讯员', '优秀信息员名单'],
  excellentReporterQuota: ['优秀信息员名额', '优秀通讯员名额'],
  // the year-end 通报's 先进单位, the office's decision (「授予长春市工商局等9个单位（部门）为…先进单位」; 嘉兴市 先进集体)
  advancedUnits: ['先进单位', '先进集体', '先进单位名单'],
  // issue 21: the 公文's 版头 (发文机关标志, e.g. "××市民生工作领导小组办公室文件"; default 发文机关 + 文件) and whether
  // the ranking annexes are one attachment with a section per category (default) or one attachment per category
  issuerMark: ['发文机关标志', '版头'],
  bulletinAttachments: ['通报附件', '附件方式'],
  // issue 14: how "每个项目" quotas count projects: "牵头任务数", or per unit "区教体局=3、区卫健委=2"
  projectCount: ['每个项目', '项目数'],
  // issue 21: when a task with several lead units is done (全部牵头单位 / 牵头单位之一), and who owes a 填报表
  completionRule: ['任务完成标准'],
  formRequired: ['填报表要求', '需返回填报表'],
} as const;

export type HolidayField = 'date' | 'kind' | 'name';
export const HOLIDAY_HEADERS: HeaderSchema<HolidayField> = {
  date: ['日期'],
  kind: ['类型', '是否上班'],
  name: ['名称', '节日'],
};
export const HOLIDAY_REQUIRED: readonly HolidayField[] = ['date', 'kind'];

/** Default sheet names, as `duban init` writes them (sheets are found by header, not name). */
export const SHEET_NAMES = {
  tasks: '任务分工表',
  registry: '单位名录',
  media: '媒体名录',
  ledger: '报送台账',
  spotChecks: '抽查结果',
  rules: '评分规则',
  adjustments: '加减分',
  settings: '设置',
  holidays: '节假日',
} as const;

/** How many rows from the top a header row may start. */
export const HEADER_SEARCH_ROWS = 20;

/** Text normalizeHeader leaves as it is. */
const PLAIN_TEXT = /^[\u4e00-\u9fff\u3001\u3002A-Za-z0-9]*$/;

/** Header cell text as compared: no whitespace, no bracketed remarks, NFKC, simplified (牽頭單位 pasted from a 繁體 copy is 牵头单位). */
export function normalizeHeader(value: CellValue | undefined): string {
  const text = toSimplified(cellText(value));
  // CJK ideographs, 、。 and ASCII letters and digits are their own NFKC form, with nothing to remove: most cells under a header
  if (PLAIN_TEXT.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[:：*＊]/g, '');
}

const lookupCache = new WeakMap<object, Map<string, string>>();

function synonymLookup<F extends string>(schema: HeaderSchema<F>): Map<string, F> {
  let map = lookupCache.get(schema) as Map<string, F> | undefined;
  if (!map) {
    map = new Map();
    for (const field of Object.keys(schema) as F[]) {
      for (const synonym of schema[field]) {
        const key = normalizeHeader(synonym);
        if (!map.has(key)) map.set(key, field);
      }
    }
    lookupCache.set(schema, map as Map<string, string>);
  }
  return map;
}

/** Characters normalizeHeader may strip (spaces, bracketed remarks, colons, asterisks), in any width. */
const STRIPPABLE = /[\s(（﹙⁽₍\[［【:：﹕︓*＊﹡]/;

/**
 * Whether a cell's text is too long to be any synonym: longer than three times the longest one
 * (NFKC composes at most three code units into one) with nothing normalizeHeader would strip.
 * Such cells — task texts, mostly — are skipped without normalising them.
 */
function tooLongForHeader(value: CellValue, lookup: Map<string, string>): boolean {
  if (typeof value !== 'string' || value.length <= 3 * longestKey(lookup)) return false;
  return !STRIPPABLE.test(value);
}

const longestKeys = new WeakMap<Map<string, string>, number>();
function longestKey(lookup: Map<string, string>): number {
  let longest = longestKeys.get(lookup);
  if (longest === undefined) {
    longest = Math.max(0, ...[...lookup.keys()].map((k) => k.length));
    longestKeys.set(lookup, longest);
  }
  return longest;
}

/** The column of each field that a row's cells name (first match wins). */
export function matchHeaderRow<F extends string>(row: readonly CellValue[], schema: HeaderSchema<F>): Partial<Record<F, number>> {
  const lookup = synonymLookup(schema);
  const columns: Partial<Record<F, number>> = {};
  row.forEach((value, col) => {
    if (tooLongForHeader(value, lookup as Map<string, string>)) return;
    const field = lookup.get(normalizeHeader(value));
    if (field !== undefined && columns[field] === undefined) columns[field] = col;
  });
  return columns;
}

export interface HeaderMatch<F extends string> {
  /** 0-based row of the header. */
  readonly row: number;
  readonly columns: Partial<Record<F, number>>;
}

/** The first row within the first HEADER_SEARCH_ROWS whose cells name every required field. */
export function findHeaderRow<F extends string>(
  rows: readonly (readonly CellValue[])[],
  schema: HeaderSchema<F>,
  required: readonly F[],
): HeaderMatch<F> | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchHeaderRow(rows[r] ?? [], schema);
    if (required.every((f) => columns[f] !== undefined)) return withSubHeader(rows, r, columns, schema);
  }
  return null;
}

/**
 * A two-level header (责任单位 merged over 牵头单位 | 配合单位): when every filled cell of the row
 * under the header names a column and one of them names a field the header row lacks, that row
 * is the header's second level. Its columns are added (where both rows name a field, the lower,
 * more specific cell wins) and the table starts below it.
 */
function withSubHeader<F extends string>(
  rows: readonly (readonly CellValue[])[],
  r: number,
  columns: Partial<Record<F, number>>,
  schema: HeaderSchema<F>,
): HeaderMatch<F> {
  const next = rows[r + 1] ?? [];
  const lookup = synonymLookup(schema);
  const filled = next.filter((v) => cellText(v) !== '');
  if (filled.length === 0 || !filled.every((v) => lookup.has(normalizeHeader(v)))) return { row: r, columns };
  const sub = matchHeaderRow(next, schema);
  if (!(Object.keys(sub) as F[]).some((f) => columns[f] === undefined)) return { row: r, columns };
  return { row: r + 1, columns: { ...columns, ...sub } };
}
