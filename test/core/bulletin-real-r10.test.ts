// Round 10 (r10-bulletin9): the 通报 against more real ones (test/fixtures/bulletins/README.md 21–24) — the month's 采用率 and its
// change in 百分点 (西宁市城中区), units whose submissions were all left unadopted (西宁市城中区), the year so far named by score (内蒙古计生协).
// Each expected text was written from the document before Duban was run on the data.
import { bulletinContent } from '../../src/core/bulletin/content';
import { upperLevelSentence, yearLeaders } from '../../src/core/bulletin/sentences';
import { UnitScore } from '../../src/core/scoring/tally';
import { buildReport } from '../../src/core/scoring/report';
import { annualSheet, bulletinSheet } from '../../src/core/scoring/summaries';
import { CellValue } from '../../src/core/sheets/grid';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const ledgerHeader = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
/** `count` pieces sent on `date`, `adopted` of them published (县级, the 区政府门户网站), the rest not. */
const rows = (date: string, unit: string, count: number, adopted: number): CellValue[][] => [
  ...(adopted ? [[date, unit, `${unit}${date}采用信息`, '区政府门户网站', '县级', '是', '', adopted]] : []),
  ...(count > adopted ? [[date, unit, `${unit}${date}未采用信息`, '区政府门户网站', '', '否', '', count - adopted]] : []),
];
const section = (content: ReturnType<typeof bulletinContent>, heading: string) => content.sections.find((s) => s.heading.endsWith(heading))!.paragraphs;

describe('the month\'s 采用率 (西宁市城中区 2017年4月份: 「累计报送各类信息301条，采纳发布159条。信息采发率52.8%，采纳发布率较上月提高10个百分点」)', () => {
  // the thirteen rows the stored copy shows, as the office printed them (报送, 采纳)
  const shown: [string, number, number][] = [
    ['南川东路办事处', 14, 7], ['仓门街办事处', 28, 16], ['总寨镇', 15, 8], ['南川西路办事处', 33, 12], ['礼让街办事处', 33, 14],
    ['南滩办事处', 47, 20], ['人民街办事处', 14, 4], ['饮马街办事处', 10, 5], ['区统计局', 0, 0], ['区财政局', 8, 6],
    ['区政府办公室', 18, 18], ['区卫生和计划生育局', 8, 6], ['区发展改革和经济商务局', 7, 5],
  ];
  // the text's 区民政局 (2 sent, none adopted); the rows past the copy's end (301 − 237 sent, 159 − 121 adopted) put on units the
  // office names in its 7-9月 通报 — only the totals are the office's
  const rest: [string, number, number][] = [['区民政局', 2, 0], ['区食品药品和市场监督管理局', 30, 20], ['区司法局', 12, 8], ['区审计局', 12, 6], ['区农林牧水局', 10, 4]];
  const units = [...shown, ...rest];
  // one list, as the office's table has it (a 类型 column here is read as units from 区发展改革和经济商务局 on: UNKNOWN_UNIT, reported)
  const registry = grid('单位名录', [['单位名称'], ...units.map(([u]) => [u])]);
  const tasks = taskGrid([[1, '区政府门户网站内容保障', '区政府办公室', '', '2017年12月31日', '', '', '']]);
  // March: 250 sent, 107 adopted (42.8 %: the office says April's 52.8 % is 10 points up); 区统计局 sent in March, so April is its first silent month
  const march = units.flatMap(([u], i) => rows('2017-03-15', u, i < 10 ? 25 : 0, i < 7 ? 15 : i < 9 ? 1 : 0));
  const april = units.flatMap(([u, sent, adopted]) => rows('2017-04-12', u, sent, adopted));
  const ledger = grid('报送台账', [ledgerHeader, ...march, ...april]);
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2017, asOf: d('2017-04-30'), period: { from: d('2017-04-01'), to: d('2017-04-30') } });
  const content = bulletinContent(report, '城中区政府门户网站', d('2017-05-08'));

  it('the transcribed rows add up to the office\'s totals, and March to 42.8 %', () => {
    expect(units.reduce((n, [, s]) => n + s, 0)).toBe(301);
    expect(units.reduce((n, [, , a]) => n + a, 0)).toBe(159);
    expect(report.scores.reduce((n, s) => n + s.actual, 0)).toBe(301);
  });

  it('基本情况 gives the rate beside the adopted count: 159 / 301 = 52.8 %', () => {
    expect(section(content, '基本情况')[0]).toContain('共报送信息301篇；被各级媒体采用159篇（采用率52.8%）');
  });

  it('the month before: the rate with the counts (「采纳发布率较上月提高10个百分点」)', () => {
    expect(section(content, '基本情况')[1]).toContain('与2017年3月份相比，报送篇数由250篇增加到301篇，采用篇数由107篇增加到159篇，采用率由42.8%提高到52.8%');
  });

  it('存在问题 names the silent unit and, apart, the one whose pieces were all left unadopted (「区民政局虽上报2条信息，但…未被采纳」)', () => {
    const problems = section(content, '存在问题');
    expect(problems).toContain('（一）区统计局本期未报送信息。');
    expect(problems).toContain('（二）区民政局本期报送信息2篇，均未被采用。');
  });

  it('no quota anywhere: the default requirements ask those that sent little, not those with a low completion rate', () => {
    const requirements = section(content, '下一步要求');
    expect(requirements[1]).toBe('（二）补齐工作短板。报送较少、连续未报送的单位要认真查找原因，制定整改措施，尽快扭转被动局面。');
  });

  it('one list without 类型 (the office\'s table has no groups): no category word of Duban\'s own in the text or the attachment', () => {
    expect(section(content, '基本情况')[2]).toMatch(/^从得分情况看，排名前列的是南滩办事处（20分）/);
    expect(content.attachments.map((a) => a.title)).toEqual(['2017年4月份各单位宣传工作排名情况']);
  });
});

describe('the year so far named by score (内蒙古计生协 2024年二季度: 「截至二季度信息报送得分排名前6位的盟市是：鄂尔多斯市（903分）、兴安盟（884分）、呼和浩特市（711分）…」)', () => {
  // the quarter's counts the text gives (95, 73, 69, 57, 47, 42 for the first six by count; 锡林郭勒盟 below them) and the year's
  // scores it gives; one point a piece (评分规则 报送计分 1), so a unit's year total is its count since January: the first quarter
  // holds the difference. The office's own points also count adoption; the sentence under test is the same.
  const quarter: [string, number, number][] = [
    ['鄂尔多斯市', 95, 903], ['包头市', 73, 593], ['赤峰市', 69, 653], ['呼和浩特市', 57, 711], ['兴安盟', 47, 884], ['巴彦淖尔市', 42, 420],
    ['锡林郭勒盟', 30, 647], ['通辽市', 28, 300], ['乌海市', 10, 120],
  ];
  const registry = grid('单位名录', [['单位名称', '别名', '类型'], ...quarter.map(([u]) => [u, '', '盟市'])]);
  const tasks = taskGrid([[1, '信息报送', '鄂尔多斯市', '', '2024年12月31日', '', '', '']]);
  const rules = grid('评分规则', [['项目', '对象', '类型', '分值'], ['报送计分', '', '', 1]]);
  const ledger = grid('报送台账', [
    ledgerHeader,
    ...quarter.flatMap(([u, q2, year]) => [...rows('2024-02-20', u, year - q2, 0), ...rows('2024-05-15', u, q2, 0)]),
  ]);
  const report = buildReport([tasks, registry, ledger, rules], { today: TODAY, year: 2024, asOf: d('2024-06-30'), period: { from: d('2024-04-01'), to: d('2024-06-30') } });
  const overview = section(bulletinContent(report, '全区计生协', d('2024-07-10')), '基本情况');

  it('the quarter\'s leaders are the leaders by count (「信息报送条数排名前6位…鄂尔多斯市（95条）、包头市（73条）、赤峰市（69条）」)', () => {
    expect(overview[2]).toContain('排名前列的是鄂尔多斯市（95分）、包头市（73分）、赤峰市（69分）');
  });

  it('the year so far names its own leaders with the year\'s points, beside the quarter\'s', () => {
    expect(overview[1]).toContain('2024年上半年累计报送信息5231篇，被各级媒体采用0篇。');
    // beside the quarter's leaders, before the pointer to the tables
    expect(overview[2]).toContain('。2024年上半年累计得分排名前列的是鄂尔多斯市（903分）、兴安盟（884分）、呼和浩特市（711分）。各单位报送');
  });

  it('several categories: each one\'s first, ties in; a category of one unit has no first to name, one that scored nothing none', () => {
    const score = (unit: string, category: string, rank: number, total: number) => ({ unit, category, rank, total }) as unknown as UnitScore;
    const year = [score('县A', '县区', 1, 95.9), score('县B', '县区', 2, 95.28), score('局A', '市直部门', 1, 30), score('局B', '市直部门', 1, 30), score('开发区管委', '开发区', 1, 71.3), score('报社', '媒体单位', 1, 0), score('台', '媒体单位', 1, 0)];
    expect(yearLeaders(year, '分')).toBe('累计得分居各类首位的：县区为县A（95.9分），市直部门为局A（30分）、局B（30分）');
  });
});

describe('a workbook without a ledger row (the 屯溪区 seed plan, imported: 任务分工表 and 单位名录 only)', () => {
  it('names nobody as silent: there is no record to say so from', () => {
    const registry = grid('单位名录', [['单位名称', '别名', '类型'], ['区民生办', '', '区直部门'], ['区人社局', '', '区直部门'], ['屯光镇', '', '镇街']]);
    const tasks = taskGrid([[1, '加强民生工程信息宣传', '区人社局、屯光镇', '区民生办', '2022年12月31日', '每月报送信息不少于1条', '', '']]);
    const report = buildReport([tasks, registry], { today: TODAY, year: 2022, asOf: d('2022-06-30'), period: { from: d('2022-06-01'), to: d('2022-06-30') } });
    const content = bulletinContent(report, '屯溪区民生工程', d('2022-07-05'));
    expect(section(content, '基本情况')[0]).toBe('2022年6月份，报送台账中没有该期间的报送记录，本期暂不排名。');
    expect(section(content, '存在问题').join('')).not.toContain('未报送');
  });
});

describe('a top scorer not praised, and why (潜江市 2023年上半年: 「由于市小龙虾产业发展促进中心报送有效信息条目偏少，故虽得分排名靠前，本次不予通报表扬」)', () => {
  // 潜江市's 市直 units it names; each owes one piece a month. 市小龙虾产业发展促进中心 sends 3 of its 6, all adopted by central media —
  // points enough for the first three — while 市发改委 and 市经信局 (praised by the office) send their 6
  const units = ['市发改委', '市经信局', '市小龙虾产业发展促进中心', '市卫健委', '市统计局'];
  const registry = grid('单位名录', [['单位名称', '别名', '类型'], ...units.map((u) => [u, '', '市直部门'])]);
  const tasks = taskGrid([[1, '报送政务信息', units.join('、'), '', '2023年12月31日', '每月报送信息不少于1条', '', '']]);
  const piece = (date: string, unit: string, level: string, n: number): CellValue[] => [date, unit, `${unit}${date}${n}`, '', level, level ? '是' : '否', '', 1];
  const months = ['01', '02', '03', '04', '05', '06'];
  const ledger = grid('报送台账', [
    ledgerHeader,
    ...months.flatMap((m, i) => [piece(`2023-${m}-10`, '市发改委', i < 2 ? '市级' : '', 1), piece(`2023-${m}-11`, '市经信局', i < 1 ? '市级' : '', 1)]),
    ...months.slice(0, 3).map((m) => piece(`2023-${m}-12`, '市小龙虾产业发展促进中心', '中央级', 1)),
    ...months.slice(0, 5).map((m) => piece(`2023-${m}-13`, '市卫健委', '', 1)),
    ...months.slice(0, 5).map((m) => piece(`2023-${m}-14`, '市统计局', m === '01' ? '县级' : '', 1)),
  ]);
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-01-01'), to: d('2023-06-30') } });
  const overview = section(bulletinContent(report, '全市政务信息', d('2023-08-30')), '基本情况');

  it('the premise: 市小龙虾产业发展促进中心 is among the first three by points and below 60 % of its quota', () => {
    const shrimp = report.scores.find((s) => s.unit === '市小龙虾产业发展促进中心')!;
    expect(shrimp.rank).toBeLessThanOrEqual(3);
    expect(shrimp.completion).toBe(0.5);
  });

  it('the title names the office\'s work when 设置 通报事项 gives it (「关于2023年上半年政务信息报送及采用情况的通报」)', () => {
    const settings = grid('设置', [['设置项', '值'], ['通报事项', '政务信息报送及采用']]);
    const withWork = buildReport([tasks, registry, ledger, settings], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-01-01'), to: d('2023-06-30') } });
    const content = bulletinContent(withWork, '', d('2023-08-30'));
    expect(content.title).toBe('关于2023年上半年政务信息报送及采用情况的通报');
    expect(content.opening).toBe('现将2023年上半年政务信息报送及采用情况通报如下：');
    expect(content.attachments[0].title).toBe('2023年上半年市直部门政务信息报送及采用排名情况');
    // the default requirements name the work too, as a 工作
    expect(section(content, '下一步要求')[0]).toContain('各单位要把政务信息报送及采用工作摆上重要位置');
    // the 通报 sheet's title says it too (one home: scoring/work-name.ts)
    expect(JSON.stringify(bulletinSheet(withWork, { generatedAt: '2023-08-30 09:00', asOf: withWork.asOf }).rows.slice(0, 2))).toContain('2023年上半年政务信息报送及采用工作通报');
    // and the 年度考核 sheet's
    expect(JSON.stringify(annualSheet(2023, withWork, withWork.yearToDate, { generatedAt: '2023-08-30 09:00', asOf: withWork.asOf }).rows.slice(0, 2))).toContain('2023年度政务信息报送及采用工作考核');
    // without the row, 宣传工作 as before
    expect(bulletinContent(report, '', d('2023-08-30')).title).toBe('关于2023年上半年宣传工作情况的通报');
  });

  it('the praise says which top scorer it leaves out and why, as the office does', () => {
    expect(overview[2]).toContain('市小龙虾产业发展促进中心虽本期得分排名靠前，但在下文“存在问题”中列出，不列为前列');
    expect(overview[2]).toContain('市直部门排名前列的是市发改委（');
  });
});

describe('who the upper levels adopted, unit by unit (内蒙古计生协 2024年二季度: 「其中，赤峰市（4条）、兴安盟（3条）、巴彦淖尔市（3条）、通辽市（3条）、鄂尔多斯市（2条）…优质信息或案例征集投稿被中国计生协采用」)', () => {
  // the counts the office printed; the 名录 lists the 盟市 in the order the office named them, so that ties (the table's order) fall as it printed them
  const central: [string, number][] = [
    ['赤峰市', 4], ['兴安盟', 3], ['巴彦淖尔市', 3], ['通辽市', 3], ['鄂尔多斯市', 2], ['满洲里市', 2], ['乌海市', 2], ['呼伦贝尔市', 2],
    ['包头市', 1], ['锡林郭勒盟', 1], ['乌兰察布市', 1], ['阿拉善盟', 1],
  ];
  const registry = grid('单位名录', [['单位名称', '别名', '类型'], ...central.map(([u]) => [u, '', '盟市']), ['呼和浩特市', '', '盟市']]);
  const tasks = taskGrid([[1, '信息报送', '赤峰市', '', '2024年12月31日', '', '', '']]);
  const ledger = grid('报送台账', [
    ledgerHeader,
    ...central.flatMap(([u, n], i) => Array.from({ length: n }, (_, k): CellValue[] => [`2024-05-${10 + k}`, u, `${u}优质信息${k}`, '中国计生协', '中央级', '是', '', 1]).concat([[`2024-06-0${1 + (i % 9)}`, u, `${u}动态`, '自治区计生协网站', '省级', '是', '', 1]])),
    ['2024-06-03', '呼和浩特市', '呼和浩特市动态', '自治区计生协网站', '省级', '是', '', 1],
  ]);
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2024, asOf: d('2024-06-30'), period: { from: d('2024-04-01'), to: d('2024-06-30') } });
  const first = section(bulletinContent(report, '全区计生协', d('2024-07-10')), '基本情况')[0];

  it('the top level\'s adopters, most first, equal counts together (温县 2023年: 「农业农村局12条，…科技和工业信息化局、文化广电和旅游局、商务局各4条」)', () => {
    expect(first).toContain('其中中央级25篇（中国计生协）、省级13篇（自治区计生协网站）。中央级采用的有赤峰市4篇，兴安盟、巴彦淖尔市、通辽市各3篇，鄂尔多斯市、满洲里市、乌海市、呼伦贝尔市各2篇，包头市、锡林郭勒盟、乌兰察布市、阿拉善盟各1篇；');
  });

  it('past thirty units a level is only counted (the 300-unit benchmark: every unit had a 中央级 piece)', () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ unit: `单位${i}`, adopted: { 中央级: 1, 省级: 0, 市级: 0, 县级: 0 } }) as unknown as UnitScore);
    expect(upperLevelSentence(many)).toBe('中央级采用涉及31个单位。');
  });

  it('then the next level, all thirteen at one each', () => {
    expect(first).toContain('；省级采用的有赤峰市、兴安盟、巴彦淖尔市、通辽市、鄂尔多斯市、满洲里市、乌海市、呼伦贝尔市、包头市、锡林郭勒盟、乌兰察布市、阿拉善盟、呼和浩特市各1篇。');
  });
});

describe('names the 名录 does not know, in one paragraph (the 300-unit benchmark printed 235 paragraphs, numbered past （十五） as （16）)', () => {
  it('several are listed in one paragraph and counted, each with its likely name', () => {
    const tasks = taskGrid([[1, '校园宣传栏', '市教育局', '', '2023年12月29日', '每月报送信息不少于1条', '', '']]);
    const ledger = grid('报送台账', [ledgerHeader, ['2023-06-05', '甲镇办公室', '甲镇信息', '', '县级', '是', '', 1], ['2023-06-06', '金安区人民政府', '金安区信息', '', '市级', '是', '', 1]]);
    const report = buildReport([tasks, registryGrid(), ledger], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-06-01'), to: d('2023-06-30') } });
    const problems = section(bulletinContent(report, '六安市', d('2023-07-05')), '存在问题');
    const unknown = problems.filter((p) => p.includes('不在单位名录中'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^(（[一二三四五六七八九十]+）)?任务分工表或报送台账中的“/);
    expect(unknown[0]).toContain('“市教育局”（可能是“市教体局”）');
    expect(unknown[0]).toContain('“甲镇办公室”');
    expect(unknown[0]).toMatch(/等2个名称不在单位名录中，本期未列入排名，请核实。$/);
  });
});

describe('adoptions by category, parts adding up (扎兰屯市 1-3月: 「部门报送1165条，乡镇报送835条。市政府门户网站共采用773条，其中，部门采用456条，乡镇采用317条。」)', () => {
  // 扎兰屯市's totals by group; two units a group carry them (the table's rows are not all in the stored copy)
  const registry = grid('单位名录', [['单位名称', '别名', '类型'], ['水利局', '', '部门'], ['民政局', '', '部门'], ['成吉思汗镇', '', '乡镇'], ['浩饶山镇', '', '乡镇']]);
  const tasks = taskGrid([[1, '政府门户网站信息报送', '水利局', '', '2023年12月29日', '', '', '']]);
  const ledger = grid('报送台账', [
    ledgerHeader,
    ...rows('2023-02-10', '水利局', 600, 236), ...rows('2023-03-10', '民政局', 565, 220),
    ...rows('2023-02-15', '成吉思汗镇', 435, 167), ...rows('2023-03-15', '浩饶山镇', 400, 150),
  ]);
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2023, asOf: d('2023-03-31'), period: { from: d('2023-01-01'), to: d('2023-03-31') } });

  it('after the submissions by category, the adoptions by category', () => {
    expect(section(bulletinContent(report, '扎兰屯市政府门户网站', d('2023-04-13')), '基本情况')[0]).toContain('报送的2000篇中，部门1165篇、乡镇835篇；采用的773篇中，部门456篇、乡镇317篇。');
  });
});
