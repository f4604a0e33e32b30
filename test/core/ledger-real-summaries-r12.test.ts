// 通报 attachments laid out as the corpus had none (round 12), transcribed as printed (expectations written from the sources,
// before running Duban):
//  - 怀远县人民政府办公室, 关于2024年3月份政务公开、政务新媒体工作情况的通报 (2024-04-12), 附件 "2024年3月份信息公开情况一览表"
//    (https://www.ahhy.gov.cn/zfxxgk/public/29621/51614122.html): a **two-up** table — 单位 | 信息数 | 单位 | 信息数, the unit
//    headers left blank — under "单位：条" and a section line "县直单位（最低标准：20）" across it; the first seven rows (the
//    stored copy stops inside the eighth, "招商中…"), each side in the order printed;
//  - 温县人民政府, 关于2023年全县政务信息采用情况的通报 (2024-02-05, https://www.wenxian.gov.cn/2024/02-05/438054.html): the
//    counts in **running text**, several units sharing one figure ("科技和工业信息化局、文化广电和旅游局、商务局各4条"), pasted
//    as a clerk pastes a 通报 into a sheet (a paragraph a row, in column A);
//  - 温县人民政府, 温县政务信息2023年第25期 "关于三季度全县政务信息工作情况的通报" (2023-11-07,
//    https://www.wenxian.gov.cn/2023/11-07/438045.html): a ranking by class printed as lines, each unit's points in brackets
//    ("温泉街道（152分）"); the stored copy drops some brackets and the words "三"/"二" of its headings ("张羌街道135.4分）",
//    "季度"): typed as the 通报 prints them elsewhere, with both brackets.
// What the office reads: each gives figures by unit (信息数, 条, 分), no article's date, title or outlet: no 报送台账. Duban says
// once that the sheet is a summary, not read — before this round the two 温县 texts were passed over without a word and the
// report ranked every unit 0 silently.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue } from '../../src/core/sheets/grid';
import { readLedger } from '../../src/core/sheets/ledger-sheet';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, taskGrid } from '../helpers/grids';

const huaiyuan = grid('附件', [
  ['2024年3月份信息公开情况一览表'], [null, null, null, '单位：条'], ['县直单位（最低标准：20）'], [null, '信息数', null, '信息数'],
  ['政府办公室', 358, '住房和城乡建设局', 30], ['市场监管局', 119, '发展和改革委员会', 28], ['财政局', 116, '科技局', 27], ['交通运输局', 71, '水利局', 27],
  ['人力资源和社会保障局', 55, '统计局', 24], ['民政局', 54, '数据资源局', 22], ['卫生健康委', 50, '城市管理局', 23],
] as CellValue[][], [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 2, right: 3 }]);
const wenxian = grid('Sheet1', [
  ['关于2023年全县政务信息采用情况的通报'],
  ['2023年，全县各级各部门聚焦县委、县政府中心工作，不断创新工作方式方法，全面提升政务信息报送质量，为领导科学决策提供了重要的信息支撑。依据全县政务信息考核办法，根据信息采用情况，现将有关情况通报如下：'],
  ['一、被市政府采用情况'],
  ['（一）工作信息采用情况。根据市政府办公室2023年政务信息刊发统计，我县共被采用信息73条，涉及全县23个县直单位和1个街道。除信息室综合报送信息6条外，其他县直单位和街道被采用信息67条。其中，农业农村局12条，人力资源和社会保障局8条，经济技术开发区管委会5条，科技和工业信息化局、文化广电和旅游局、商务局各4条，发展改革委、陈家沟景区发展中心、住房和城乡建设局各3条，财政局、医疗保障局、司法局、市场监督管理局、自然资源局、河务局各2条，应急管理局、卫生健康委、教育局、城市管理局、退役军人事务局、信访局、公安局、供电公司、张羌街道各1条。'],
]);
const wenxianQ3 = grid('Sheet1', [
  ['关于三季度全县政务信息工作情况的通报'],
  ['三季度，全县各级各部门聚焦县委县政府中心工作，细化工作责任，全面提升政务信息报送质量，为领导科学决策提供优质信息服务。依据全县政务信息考核办法信息采用情况，现将有关情况通报如下：'],
  ['一、综合采用情况'], ['三季度，政务信息综合得分成绩好的单位有：'],
  ['乡镇（街道）前3名：温泉街道（152分）、张羌街道（135.4分）、祥云镇（131.6分）'],
  ['一类考核单位前3名：农业农村局（175.7分）、人力资源和社会保障局（165.3分）、经济技术开发区管委会（160分）、科技和工业信息化局（160分）'],
  ['二类考核单位前3名：公安局（86.7分）、医疗保障局（76分）、司法局（75.9分）。'],
  ['三类考核单位前3名：供电公司（45.7分）、残联（35.1分）、国动办（30.7分）'],
]);
const TABLES = [[huaiyuan, 'A5'], [wenxian, 'A4'], [wenxianQ3, 'A5']] as const;

test('a two-up 一览表 and a 通报 pasted as text are summaries: not read as the ledger, said once at the first unit\'s figure', () => {
  for (const [table, cell] of TABLES) {
    const ledger = readLedger([table], null, new MediaDirectory([]));
    expect({ sheet: table.name, read: ledger.sheet, entries: ledger.entries.length }).toEqual({ sheet: table.name, read: null, entries: 0 });
    expect(ledger.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['LEDGER_SUMMARY_ONLY', table.name, cell]]);
  }
});

test('none is read as a task table, and the report says why every unit has 0', () => {
  for (const [table] of TABLES) {
    const workbook = [taskGrid([[1, '开设专栏，每月报送政务信息。', '农业农村局', '', '2024年12月31日', '每月不少于2条']]), table];
    const check = checkWorkbook(workbook, { today: d('2024-04-12'), year: 2024 });
    expect({ table: table.name, tasks: check.taskSheets, issues: check.issues.filter((i) => i.sheet === table.name).map((i) => i.code) })
      .toEqual({ table: table.name, tasks: ['任务分工表'], issues: [] });
    const report = buildReport(workbook, { today: d('2024-04-12'), year: 2024, asOf: d('2024-03-31'), period: { from: d('2024-03-01'), to: d('2024-03-31') } });
    expect(report.issues.filter((i) => i.code === 'LEDGER_SUMMARY_ONLY').map((i) => i.sheet)).toEqual([table.name]);
  }
});

test('running text that sets targets, or names figures that are no units\', is no summary', () => {
  // a 考核办法 pasted as text: figures by kind of unit, but they are what each must send (不少于), not what was sent
  const rules = grid('Sheet1', [['信息报送考核办法'], ['各乡镇每月报送信息不少于4条，县直一类单位不少于3条，二类单位不少于2条，三类单位不少于1条，被市政府采用的每条加5分。']]);
  // a year's work told in figures: 被采用信息73条, 约稿52篇 — no unit named with them
  const totals = grid('Sheet1', [['2023年信息工作总结'], ['全年共被市政府采用信息73条，完成约稿52篇，编发《温县政务信息》25期，报送专报信息12条。']]);
  for (const table of [rules, totals]) expect(readLedger([table], null, new MediaDirectory([])).issues).toEqual([]);
});
