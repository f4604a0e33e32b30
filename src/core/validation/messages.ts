// Chinese messages of every issue code: the one home of what the clerk reads about a problem.
import { CivilDate, formatChinese, formatISO } from '../dates/civil-date';
import { monthDayOf, withoutTimeOfDay } from '../dates/date-values';
import type { InferredColumn } from '../sheets/column-content';
import type { CarriedFrom } from '../units/carried-units';
import { SAME_ABOVE_SOURCE } from '../sheets/ditto';

/** Cell text quoted in a message; text past 100 characters (a cell holds up to 32,767) is cut, with its length. */
const q = (s: string) => {
  if (s.length <= 100) return `“${s}”`;
  const chars = Array.from(s);
  return chars.length <= 100 ? `“${s}”` : `“${chars.slice(0, 80).join('')}…”（共${chars.length}字）`;
};
const list = (names: readonly string[], max = 8) =>
  names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')}等${names.length}个`;

/** Words that begin with 同上 (同前, 〃): the row above is meant, not a numbered item. */
const SAME_ABOVE_START = new RegExp(`^(?:${SAME_ABOVE_SOURCE})`);

/** The row that looks most like a task header, for HEADER_NOT_FOUND: 1-based row and the roles it lacks. */
export interface HeaderNear {
  readonly sheet: string;
  readonly row: number;
  readonly lacking: readonly ('task' | 'lead')[];
}
const LACKING = { task: '“任务/工作事项”', lead: '“牵头/责任单位”' } as const;

/** Chinese name of each task role, as the inference messages say it. */
const FIELD_ROLE: Record<string, string> = {
  task: '任务内容', lead: '牵头（责任）单位', coop: '配合单位', deadline: '完成时限', quota: '量化指标', seq: '序号', category: '类别',
};
/** Why a column was given its role by content: what the clerk reads beside the role (CLI, pane, JSON). */
export function inferenceReason(i: InferredColumn): string {
  switch (i.basis) {
    case 'units': return `${i.hits}/${i.total}格是单位名称`;
    case 'dates': return `${i.hits}/${i.total}格是日期或时限`;
    case 'counts': return `${i.hits}/${i.total}格是数量（如“各5条”）`;
    default: return `文字最长，平均${i.hits}字`;
  }
}

export const MESSAGES = {
  nUp: (count: number) =>
    `表头在同一行左右出现${count}次，是${count === 2 ? '两' : count === 3 ? '三' : String(count)}栏并排印的同一张表：每行读作${count}项任务，${count === 2 ? '先读完左栏各行，再读右栏' : '先读完最左一栏各行，再依次读右边各栏'}；如不对，请用 --columns 或“设置”表的“列映射”指定各列。`,
  taskFromTitle: (title: string) =>
    `表中没有任务内容列，只有单位和数量（任务分配表）：每行的任务按${title ? `表格标题${q(title)}` : '数量列的表头'}读取；如不对，请用 --columns 或“设置”表的“列映射”指定任务列。`,
  leadFromHeadings: (heading: string) =>
    `表中没有单位列，各部分标题写明了牵头单位${heading ? `（如${q(heading)}）` : ''}：每行任务的牵头单位按所在部分的标题读取；如不对，请补上单位列，或用 --columns 或“设置”表的“列映射”指定。`,
  leadFromTitle: (unit: string) =>
    `表中没有单位列，表头上方写明了单位${q(unit)}：整张表的任务都按${q(unit)}负责读取；如不对，请补上单位列，或用 --columns 或“设置”表的“列映射”指定。`,
  leadersFromHeadings: (heading: string) =>
    `各部分标题写明了负责的领导（如${q(heading)}）：该部分任务“领导”一栏空着的，按标题读取；如不对，请在“领导”列填写。`,
  columnInferred: (i: InferredColumn) =>
    `${i.header ? `表头${q(i.header)}不是常用的列名，` : '这一列没有表头，'}按内容读作“${FIELD_ROLE[i.field] ?? i.field}”列（${inferenceReason(i)}）；如不对，请用 --columns 或“设置”表的“列映射”指定。`,
  headerNotFound: (sheets: readonly string[], near?: HeaderNear) =>
    near
      ? `没有找到任务分工表：工作表${q(near.sheet)}第${near.row}行像表头，但没有找到${near.lacking.map((l) => LACKING[l]).join('和')}列。请检查表头，或用 --columns（或“设置”表的“列映射”）指定各列，如“任务=B,牵头=C”。`
      : `没有找到任务分工表：${sheets.length ? `工作表 ${sheets.map(q).join('、')} ` : '工作簿'}前20行内没有同时含“主要任务”（或“工作任务”等）与“牵头责任部门”（或“责任单位”等）的表头行。请检查表头，或用 --sheet 指定工作表。`,
  sheetMissing: (name: string, sheets: readonly string[]) =>
    `工作簿中没有名为${q(name)}的工作表（现有：${sheets.map(q).join('、') || '无'}）。`,
  sheetNotTaskSheet: (name: string, near?: HeaderNear) =>
    near ? MESSAGES.headerNotFound([name], near) : `工作表${q(name)}前20行内没有同时含“主要任务”与“牵头责任部门”等表头的行，不是任务分工表。`,
  columnMapInvalid: (error: string) => `“设置”表的${error}；已按表头自动识别各列。`,
  emptyTask: () => '这一行填写了责任单位或完成时限，但没有任务内容。',
  duplicateSeq: (seq: string, firstCell: string) => `序号 ${seq} 与 ${firstCell} 重复。`,
  formulaError: (error: string) => `单元格是错误值 ${error}，请检查公式或引用。`,
  missingLead: () => '该任务没有填写牵头单位。',
  unknownUnit: (written: string, suggestion?: string, placed?: { place: string; name: string }, partOf?: string, lookAlikes?: readonly string[]) =>
    suggestion && lookAlikes?.length ? `${q(written)}不在单位名录中：其中的${lookAlikes.join('、')}是形近字，屏幕上看不出区别，是否应为${q(suggestion)}？`
    : suggestion ? `${q(written)}不在单位名录中，是否应为${q(suggestion)}？`
      : partOf ? `${q(written)}不在单位名录中，看起来是${q(partOf)}的下属单位：如由${q(partOf)}负责，请填写${q(partOf)}；如需单独督办，请把它补充到单位名录。`
      : placed ? `${q(written)}不在单位名录中。单位名录中没有写地名，无法确定${q(placed.place)}是否指本级：如指${q(placed.name)}，请在单位名录中为它加上别名${q(written)}；名录中有一个带${q(placed.place)}的别名后，其余以${q(placed.place)}开头的名称都能认出。`
      : `${q(written)}不在单位名录中，请核对名称或补充到单位名录。`,
  unitsByItem: (units: readonly string[]) =>
    `单位按分项（①②③或1.2.3.）填写：本行的单位按各分项合计读取（${list(units)}），督办时分不出各分项由谁负责；如需分别督办，请把各分项拆成单独的行。`,
  unitAlias: (alias: string, name: string) => `${q(alias)}是${q(name)}的简称或别名，请填写规范名称${q(name)}。`,
  unitGroup: (group: string, members: readonly string[]) => members.length === 0
    ? `${q(group)}是单位分组，但单位名录中没有单位的“所属分组”写有它：无法展开为具体单位，填报表也不能发给它。请在单位名录中为各成员单位填写所属分组。`
    : `${q(group)}已展开为${members.length}个单位：${list(members)}。`,
  unitVague: (names: readonly string[]) =>
    `${names.map(q).join('、')}是泛指，不是具体单位，未计入牵头或配合单位；如需考核，请写明具体单位名称。`,
  unitVagueKept: (names: readonly string[]) =>
    `${names.map(q).join('、')}是泛指，不是具体单位；这是该任务唯一的牵头单位，已按原文保留（作为分组，无法落实到具体单位考核），请写明具体单位名称。`,
  unitMasked: (name: string) =>
    `${q(name)}中有被隐去的字（如网页转载时用“**”代替的字），不是完整的单位名称：已按原文读取，但无法与单位名录核对，也无法落实到具体单位；请改为完整名称。`,
  noteUnits: (lead: readonly string[], coop: readonly string[]) =>
    `备注中写有单位：${[lead.length ? `${lead.map(q).join('、')}已按牵头单位读取` : '', coop.length ? `${coop.map(q).join('、')}已按配合单位读取` : ''].filter((x) => x).join('，')}；如不对，请把单位移到牵头或配合单位列，备注只写说明。`,
  unitBroken: (head: string, tail: string, joined: string) =>
    `${q(head)}和下一行的${q(tail)}像是一个单位名称被换行断开（如从PDF复制）：已按两个名称读取；如是一个单位，请改为${q(joined)}。`,
  duplicateUnit: (name: string) => `${q(name)}在同一单元格中填写了不止一次。`,
  unitsCarried: (from: CarriedFrom, blank: boolean) =>
    from.mode === 'add'
      ? `第${from.row}行写明${q(from.words)}：这项任务的单位已加上${q(from.units)}；如不对，请在本格写明。`
      : blank
        ? `这一格空着，第${from.row}行（${from.cell}）写明${q(from.words)}：按${q(from.units)}读取；如不对，请直接填写单位名称。`
        : `这一格写的是${q(from.words)}：按第${from.row}行（${from.cell}）的单位${q(from.units)}读取；如不对，请直接填写单位名称。`,
  unitsSameNothing: (words: string) =>
    SAME_ABOVE_START.test(words.replace(/^.*?[:：]\s*/, '').replace(/^[（(]/, ''))
      ? `这一格写的是${q(words)}，但上一行没有单位可依据，未读取到单位；请直接填写单位名称。`
      : `这一格写的是${q(words)}，但表中没有找到所指的那一项（或那一项没有单位），未读取到单位；请直接填写单位名称。`,
  leadAlsoCoop: (name: string) => `${q(name)}既是牵头单位又是配合单位。`,
  deadlineMissing: (inWords?: string) => (inWords ? `完成时限为空，任务内容写有${q(inWords)}：请把它填入完成时限列，否则不会核对是否逾期。` : '完成时限为空：请填写日期（如“6月30日前”），或“每月”“长期坚持”等；空着的任务不核对是否逾期。'),
  deadlineOnlyInWords: (count: number, cell: string, text: string) =>
    `表中没有完成时限列，但有 ${count} 项任务在内容或备注里写了时限（如 ${cell}${q(text)}）：这些时限未作为完成时限核对，到期也不会提示逾期；如需督办，请增加“完成时限”列并填写（用 duban import 生成的分工表会填入）。`,
  deadlineInPeriodColumns: (headers: readonly string[]) =>
    `表中没有完成时限列，但按${headers.map(q).join('')}分列写了各期目标：这些期限未作为完成时限核对，到期也不会提示逾期；如需督办，请增加“完成时限”列，按每项任务最后一个有目标的季度（或月份）末填写，如“12月底前”。`,
  /** `label`: what the column holds (完成时限, 领导). */
  sameAboveCarried: (label: string, from: { row: number; cell: string; words: string; text: string }) =>
    `这一格写的是${q(from.words)}：按第${from.row}行（${from.cell}）的${label}${q(from.text)}读取；如不对，请直接填写${label}。`,
  sameAboveNothing: (label: string, words: string) => `这一格写的是${q(words)}，但上一行没有${label}可依据，未读取；请直接填写${label}。`,
  deadlinePlaceholder: (text: string, quotaWaits = false) => `完成时限${q(text)}是模板占位，尚未填写具体日期${quotaWaits ? '；填写前，该任务的量化指标不计入应报数' : ''}。`,
  deadlineUnparsed: (text: string) => `无法识别完成时限${q(text)}，请写成如“2023年5月31日”“5月底前”“每月”“长期坚持”。`,
  deadlineInvalid: (text: string, reason: string) => `完成时限${q(text)}不是有效日期：${reason}。`,
  deadlineNonWorkday: (date: CivilDate, dayName: string | null, previous: CivilDate) =>
    `完成时限 ${formatChinese(date)} 是休息日${dayName ? `（${dayName}）` : ''}，建议改为前一个工作日 ${formatChinese(previous)}。`,
  deadlineOutOfYear: (date: CivilDate, planYear: number) =>
    `完成时限 ${formatChinese(date)} 不在计划年度 ${planYear} 年内；如指次年，请写明“次年”。`,
  rowSkipped: (reason: 'section' | 'note' | 'repeated-header' | 'total', text: string) =>
    `这一行${q(text)}被当作${reason === 'section' ? '分节标题' : reason === 'note' ? '注释' : reason === 'total' ? '合计行' : '重复的表头'}，未作为任务读取，但它填写了单位或时限；如是任务，请把任务内容写在任务列。`,
  deadlineYearOnly: (text: string, date: CivilDate) =>
    `完成时限${q(text)}只写到年份，按 ${formatChinese(date)} 计；如有具体日期，请写明。`,
  deadlineMonthBefore: (text: string, month: number, date: CivilDate) =>
    `完成时限${q(text)}可读作${month}月1日之前（${month === 1 ? '上年12' : month - 1}月底），也可读作${month}月底之前；按较晚的 ${formatChinese(date)} 核对。如指${month}月1日之前，请写“${month === 1 ? '上年12' : month - 1}月底前”。`,
  deadlineRelative: (text: string) => `完成时限${q(text)}取决于具体活动或会议时间，无法自动核对。`,
  taskOverdue: (date: CivilDate, asOf: CivilDate) =>
    `任务应于 ${formatChinese(date)} 前完成，截至 ${formatChinese(asOf)} 尚未标记完成。`,
  doneLate: (date: CivilDate, done: CivilDate) => `任务于 ${formatChinese(done)} 完成，晚于完成时限 ${formatChinese(date)}。`,
  quotaUnparsed: (text: string, counts: readonly string[] = []) =>
    counts.length > 1
      ? `量化指标${q(text)}里有${counts.length}个要求（${counts.slice(0, 3).join('、')}${counts.length > 3 ? '等' : ''}），一个量化指标只能核对一个：请拆成几行，每行一个要求，如“每月不少于2篇”。`
      : `无法识别量化指标${q(text)}，请写成如“每月不少于2篇”“每季度1次”。`,
  quotaPartUnchecked: (text: string, total: string, parts: readonly string[]) =>
    `量化指标${q(text)}按总数${total}核对；“其中”所列的分项（${parts.slice(0, 3).join('、')}${parts.length > 3 ? '等' : ''}）不单独核对。`,
  calendarNotCovered: (date: CivilDate, years: readonly number[]) =>
    `${formatISO(date).slice(0, 4)} 年没有节假日数据（已知 ${years[0]}–${years[years.length - 1]} 年），未核对 ${formatChinese(date)} 是否工作日；可在“节假日”表中补充（任务窗格的“节假日安排”或 duban holidays 可直接读入国务院的通知）。`,
  calendarNotCoveredRecurring: (text: string, year: number, years: readonly number[]) =>
    `${year} 年没有节假日数据（已知 ${years[0]}–${years[years.length - 1]} 年），完成时限${q(text)}要按工作日推算到期日，该年无法推算；可在“节假日”表中补充（任务窗格的“节假日安排”或 duban holidays 可直接读入国务院的通知）。`,
  ledgerUnknownUnit: (written: string, suggestion?: string) =>
    suggestion ? `报送单位${q(written)}不在单位名录中，是否应为${q(suggestion)}？` : `报送单位${q(written)}不在单位名录中。`,
  ledgerUnknownMedia: (media: string) => `媒体${q(media)}不在媒体名录中，也没有填写级别，采用不计分。`,
  ledgerMediaWithoutLevel: (media: string) => `媒体${q(media)}在媒体名录中的级别不是中央级、省级、市级或县级，也没有填写分值，按级别计分时采用不计分。`,
  ruleUnknownItem: (item: string) =>
    `评分规则项目${q(item)}无法识别，未计分。可用的项目：采用、采用加分、报送计分、系数、批示、同稿多用、报送指标、采用指标、基础分、缺报扣分、超报计分、目标分、未达目标扣分、迟报扣分、约稿未完成、约稿完成、上限、下限、折算、分档、名次计分、录用率低于、连续未达标、合作分配、计分单位、排名、考核年度、考核周期，以及报送完成率(满分)、知晓率(满分)、满意度(满分)、逾期任务(每项扣分)、媒体采用得分上限、优秀/良好/一般分数线、优秀比例（见 README“如何把考核办法写进评分规则”）。`,
  ruleSheetsUnused: (sheets: readonly string[], used: string, unused: readonly string[], several: boolean, said: readonly string[]) =>
    `工作簿中有${sheets.length}张评分规则（${sheets.map(q).join('、')}），本次按${q(used)}计分，${unused.map(q).join('、')}未使用` +
    (several
      ? `：几张的考核周期都是本期，请只留一张写这个考核周期。`
      : said.length === sheets.length
        ? `：本期不是${said.join('、')}的考核周期。要按另一张计分，请按它的考核周期统计（整月、整季度或整年）。`
        : `${said.length ? `：本期不是${said.join('、')}的考核周期` : ''}。一项考核办法分几种排名时（如信息每季度排名、上级采用每年排名），请在每张评分规则写一行“考核周期 | 每季度”或“考核周期 | 每年”，督办按通报的期间选用那一张；不写时只用名为“评分规则”的一张（没有则用第一张）。`),
  ruleNotComputed: (item: string, written: string, cannot: string, instead: string) =>
    `评分规则“${item}”这一行写的${q(written)}督办不能计算：${cannot}。${instead}`,
  ruleBadValue: (item: string, written: string, expected: string) =>
    `评分规则“${item}”这一行的${written === '' ? '单元格为空' : `${q(written)}无法识别`}，应为${expected}；该行未计分。`,
  mediaBadPoints: (media: string, written: string) =>
    `媒体名录中${q(media)}的分值${q(written)}不是数，应为每篇的分值，如“10”（留空则按级别计分）；该媒体暂按级别计分。`,
  adjustmentBadRow: (what: string, written: string, expected: string) =>
    `加减分记录的${what}${written === '' ? '为空' : `${q(written)}无法识别`}，应为${expected}；该行未计分。`,
  ledgerNoUnit: '报送单位为空：这一行不计入任何单位。',
  ledgerAdoptedUnclear: (text: string) => `是否采用${q(text)}无法识别，按未采用计：请填“是”或“否”。`,
  ledgerDuplicateRow: (title: string, unit: string, date: string, media: string, firstRow: number) =>
    `${q(title)}（${unit}，${date}${media ? `，${media}` : ''}）与第 ${firstRow} 行重复登记，每行都计入了报送数：如是同一篇，请删去重复的行。`,
  ledgerMergedCount: (header: string, written: string, rows: number, range: string) =>
    `${header}${q(written)}合并了 ${rows} 行（${range}），与行数不一致，读不出每行的${header}：按每行 1 篇计（共 ${rows} 篇），请取消合并，逐行填写。`,
  ledgerCountText: (header: string, written: string, isNumber: boolean, count: number, figure: number | null) =>
    isNumber
      ? `${header} ${written} 不是篇数：督办按 ${count} 篇计，表中的公式（“已报送”列、求和）却按 ${written} 计，两处对不上：请改为实际篇数。`
      : `${header}${q(written)}是文字，不是数字：督办按 ${count} 篇计，表中的公式（“已报送”列、求和）却按 0 计，两处对不上：${figure !== null ? `请改为数字 ${figure}（可一键修复）。` : '请改为篇数（数字）。'}`,
  ledgerSummaryOnly: (sheet: string) =>
    `${q(sheet)}表是按单位汇总的统计表（各单位的条数或得分），不是逐篇登记的报送台账：督办按逐篇登记的稿件（日期、单位、标题、媒体、是否采用）计数和计分，此表未读取，各单位报送数按 0 计。请把稿件逐篇登记到报送台账（表头需有“日期”“单位”），或用填报表收集（duban forms、duban collect）。`,
  ledgerSheetsUnread: (sheets: readonly string[], read: string) =>
    `${sheets.map(q).join('')}表也像报送台账（表头有日期、单位和标题），没有读取：督办只读一张报送台账（${q(read)}）。如按月分表登记，请把各表的行移到同一张报送台账中；如是副本或汇总，可不理会。`,
  ledgerSplitDate: (sheet: string, years: readonly number[]) =>
    `${q(sheet)}表的日期分成了“月”“日”两列，${years.length > 1 ? `标题写了 ${years.join('、')} ${years.length} 个年份，不知每行是哪一年` : '标题和表名都没有写是哪一年'}，读不出完整日期：请在标题中写明年份（如“2023年信息报送登记簿”），或加一列“年”，或加一列“日期”写完整日期（如 2023-06-05）。此表未作为台账读取，各单位报送数按 0 计。`,
  ledgerYearCrossed: (from: number, to: number, cell: string, year: number) =>
    `台账按“月”“日”登记，月份从 ${from} 月回到了 ${to} 月（${cell}），像是跨了年：标题或表名只写了 ${year} 年，${cell} 起的行仍按 ${year} 年读取，可能不对。请加一列“年”写明每行的年份，或把新一年的行另建一张台账。`,
  ledgerBadSplitDate: (written: string, problem: 'invalid' | 'noDay' | 'noMonth' | 'noYear', year: number | null) =>
    problem === 'noDay' ? `报送日期${q(written)}只有月份，没有写日：请在“日”列补上。`
    : problem === 'noMonth' ? `报送日期${q(written)}没有写月份，上面也没有可沿用的月份：请在“月”列补上。`
    : problem === 'noYear' ? `报送日期${q(written)}的“年”列为空，标题和表名也没有写年份：请补上年份。`
    : `报送日期${q(written)}${year !== null && !/年/u.test(written) ? `（${year}年）` : ''}不是有效日期。`,
  ledgerAdoptedOtherOutlet: (text: string, media: string) => `是否采用${q(text)}与媒体${q(media)}不一致：按媒体${q(media)}计，请核实。`,
  /** After the message of a problem found on several rows: how many, the first five and the last. */
  sameOnRows: (cells: readonly string[]) =>
    `共 ${cells.length} 行：${cells.slice(0, cells.length > 6 ? 5 : 6).join('、')}${cells.length > 6 ? `……${cells[cells.length - 1]}` : ''}。`,
  ledgerBadDate: (text: string, isNumber = false) => (text === '' ? '报送日期为空。'
    : /^\d{1,3}$/u.test(text) ? `报送日期${q(text)}不是完整日期（像是只写了日）：请写年月日（如 2023-06-05）。`
    : isNumber ? `报送日期${q(text)}是一个数，不是日期（如“6.20”输入后存成了 6.2）：请写年月日（如 2023-06-20）。`
    : monthDayOf(withoutTimeOfDay(text)) ? `报送日期${q(text)}没有写年份，读不出是哪一年：请补上年份（或在表头上方的标题中写明年份，如“2023年信息报送登记簿”）。`
    : `报送日期${q(text)}不是有效日期。`),
};
