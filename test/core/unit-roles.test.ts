// Unit cells as people write them: role phrases, 等部门, vague references, units inside the task text.
import { isVagueReference, splitUnitRoles, unitsInTaskText } from '../../src/core/units/unit-roles';
import { splitPeople } from '../../src/core/units/units';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

describe('role phrases split a cell into lead and cooperating units', () => {
  test.each([
    ['由区发改局牵头，区财政局、区住建局配合', ['区发改局'], ['区财政局', '区住建局']],
    ['综合科牵头，各业务科室配合', ['综合科'], ['各业务科室']],
    ['综合科牵头、各股室参与', ['综合科'], ['各股室']],
    ['县民政局（牵头）、县财政局', ['县民政局'], ['县财政局']],
    ['牵头单位：县卫健委；配合单位：县医保局、各乡镇', ['县卫健委'], ['县医保局', '各乡镇']],
    ['市发改委牵头落实', ['市发改委'], []],
    ['省发展改革委、商务厅、省大数据中心按职责分工', ['省发展改革委', '商务厅', '省大数据中心'], []],
    ['县发改委等部门', ['县发改委'], []],
    ['县发改委等有关单位、县财政局', ['县发改委', '县财政局'], []],
    ['县教体局', ['县教体局'], []],
  ])('%s', (text, lead, coop) => {
    const r = splitUnitRoles(text, 'lead');
    expect([r.lead, r.coop]).toEqual([lead, coop]);
  });
  test('names in a cooperating column stay cooperating', () => {
    expect(splitUnitRoles('县财政局、县人社局', 'coop')).toEqual({ lead: [], coop: ['县财政局', '县人社局'], vague: [] });
  });
});

describe('vague references are not units', () => {
  test.each(['相关部门', '有关部门', '各有关单位', '相关单位', '有关科室', '各相关部门', '属地政府', '相关乡镇', '区政府有关部门', '市直各有关单位',
    // 平顶山 平政办〔2013〕11号 and 宁波 2014 民生实事 (test/fixtures/real): the governments or committees concerned
    '相关县（市、区）政府', '相关县(市、区)政府', '相关管委会', '有关区政府'])(
    '%s is vague', (name) => expect(isVagueReference(name)).toBe(true),
  );
  test.each(['各乡镇', '各镇（街道）', '各县区人民政府', '区直各单位', '县发改委', '各区政府', '高新区管委会', '各县（市、区）政府（管委会）'])('%s is a unit', (name) => expect(isVagueReference(name)).toBe(false));
  test('a cell keeps its units and sets vague references apart', () => {
    expect(splitUnitRoles('县民政局、相关部门', 'lead')).toEqual({ lead: ['县民政局'], coop: [], vague: ['相关部门'] });
  });
  test('UNIT_VAGUE (info); a vague reference that is the only lead is kept as written, never leaving the task without a lead', () => {
    const r = checkWorkbook([grid('S', [['主要任务', '牵头单位', '配合单位'], ['开设专栏', '相关部门', '县融媒体中心、有关单位']])], { today: TODAY });
    expect(r.tasks[0]).toMatchObject({ lead: ['相关部门'], coop: ['县融媒体中心'] });
    expect(r.issues.map((i) => `${i.code}@${i.cell}:${i.severity}`)).toEqual(['UNIT_VAGUE@B2:info', 'UNIT_VAGUE@C2:info']);
    expect(r.issues[0].message).toContain('“相关部门”是泛指');
    expect(r.issues[0].message).toContain('已按原文保留');
  });
  test('a vague reference beside a definite lead is set apart, not kept', () => {
    const r = checkWorkbook([grid('S', [['主要任务', '牵头单位'], ['开设专栏', '县委宣传部、市政府各有关部门']])], { today: TODAY });
    expect(r.tasks[0]).toMatchObject({ lead: ['县委宣传部'] });
  });
});

describe('units written in the task text', () => {
  test('read when the unit column is empty', () => {
    expect(unitsInTaskText('开展政策宣讲进社区活动。（责任单位：区民生办、各镇）')).toEqual({ lead: ['区民生办', '各镇'], coop: [], vague: [] });
    const r = checkWorkbook([grid('S', [['主要任务', '责任单位'], ['开展政策宣讲。（牵头单位：县发改委；配合单位：县财政局）', '']])], { today: TODAY });
    expect(r.tasks[0]).toMatchObject({ lead: ['县发改委'], coop: ['县财政局'] });
    expect(r.issues.filter((i) => i.code === 'MISSING_LEAD')).toEqual([]);
  });
  test('a task text naming no units gives none', () => expect(unitsInTaskText('开设宣传专栏，每月更新。')).toBeNull());
});

describe('a note that the first-listed unit leads', () => {
  test('in the cell: the first unit leads, the others cooperate', () => {
    expect(splitUnitRoles('市经信局、市财政局、市税务局（列第一位者为工作牵头单位或汇总单位，下同）', 'lead')).toEqual({ lead: ['市经信局'], coop: ['市财政局', '市税务局'], vague: [] });
  });
  test('"第一责任单位为牵头单位" says the same (厦门 2019, half-width brackets as the stored page has them)', () => {
    expect(splitUnitRoles('市发改委、市财政局(第一责任单位为牵头单位,下同)', 'lead')).toEqual({ lead: ['市发改委'], coop: ['市财政局'], vague: [] });
  });
  test('a notice\'s "第一责任人…牵头抓总" is about people, not the order of units', () => {
    expect(splitUnitRoles('市商务局、市统计局(第一责任人负责,牵头抓总)', 'lead').lead).not.toEqual(['市商务局']);
  });
  test('下同 carries it to the rows below; a note row holds it for the table', () => {
    const withCell = checkWorkbook([grid('S', [['重点工作', '责任单位'], ['甲任务', '市经信局、市财政局（列第一位者为牵头单位，下同）'], ['乙任务', '市商务局、市统计局']])], { today: TODAY });
    expect(withCell.tasks.map((t) => [t.lead, t.coop])).toEqual([[['市经信局'], ['市财政局']], [['市商务局'], ['市统计局']]]);
    const withNote = checkWorkbook([grid('S', [['重点工作', '责任单位'], ['注：排在首位的为牵头单位', ''], ['乙任务', '市商务局、市统计局']])], { today: TODAY });
    expect(withNote.tasks.map((t) => [t.lead, t.coop])).toEqual([[['市商务局'], ['市统计局']]]);
  });
  test('without such a note every listed unit leads', () => {
    const r = checkWorkbook([grid('S', [['重点工作', '责任单位'], ['乙任务', '市商务局、市统计局']])], { today: TODAY });
    expect(r.tasks[0]).toMatchObject({ lead: ['市商务局', '市统计局'], coop: [] });
  });
});

describe('people cells', () => {
  test('names parted by spaces or 、; a padded two-character name stays whole', () => {
    expect(splitPeople('汪  峰   吴蓓蓓')).toEqual(['汪峰', '吴蓓蓓']);
    expect(splitPeople('刘东、毛杰')).toEqual(['刘东', '毛杰']);
    expect(splitPeople('王仁洲 劳可军')).toEqual(['王仁洲', '劳可军']);
    expect(splitPeople('区长')).toEqual(['区长']);
  });
});

describe('a units cell wrapped whole in brackets, as the document closes a measure', () => {
  test('labelled clauses inside are read (广州 2007, half-width brackets as stored)', () => {
    expect(splitUnitRoles('(牵头单位:市发改委、经贸委;配合单位:市科技局)', 'lead')).toEqual({ lead: ['市发改委', '经贸委'], coop: ['市科技局'], vague: [] });
    expect(splitUnitRoles('（牵头单位：市交委；配合单位：市建委、国土房管局、规划局）', 'lead')).toEqual({ lead: ['市交委'], coop: ['市建委', '国土房管局', '规划局'], vague: [] });
    expect(splitUnitRoles('(责任单位:市科技局)', 'lead')).toEqual({ lead: ['市科技局'], coop: [], vague: [] });
  });
  test('two bracket pairs side by side are not one wrapper', () => {
    expect(splitUnitRoles('(市发改委)(市财政局)', 'lead').lead).not.toEqual(['市发改委)(市财政局']);
  });
});

describe('the governments concerned, levels listed with 、 (黑龙江 2014 稳增长)', () => {
  test('"相关市、县政府" is one vague reference, not 相关市 and 县政府', () => {
    expect(splitUnitRoles('(省发改委、铁路办、哈尔滨铁路局、相关市、县政府负责)', 'lead')).toEqual({ lead: ['省发改委', '铁路办', '哈尔滨铁路局'], coop: [], vague: ['相关市、县政府'] });
  });
  test('"各县、市政府" stays a group', () => {
    expect(splitUnitRoles('市发改委牵头,各县、市政府配合', 'lead')).toEqual({ lead: ['市发改委'], coop: ['各县、市政府'], vague: [] });
  });
});

describe('配合 between names is a verb: those before it assist, those after it lead (章丘 2011 文明城市目标责任书)', () => {
  test('"各乡镇(街道)配合市文明办、经发中心、热线办" is three leads and one cooperating group, not one unit named with 配合', () => {
    expect(splitUnitRoles('各乡镇(街道)配合市文明办、经发中心、热线办', 'lead')).toEqual({ lead: ['市文明办', '经发中心', '热线办'], coop: ['各乡镇(街道)'], vague: [] });
    expect(splitUnitRoles('各乡镇(街道)配合市住建委、国土局、行政执法局', 'lead')).toEqual({ lead: ['市住建委', '国土局', '行政执法局'], coop: ['各乡镇(街道)'], vague: [] });
    // the units typed one per line
    expect(splitUnitRoles('各乡镇(街道)配合市文明办\n经发中心\n热线办', 'lead')).toEqual({ lead: ['市文明办', '经发中心', '热线办'], coop: ['各乡镇(街道)'], vague: [] });
  });
  test('配合 at the end, a 配合 label and "配合做好…" read as before', () => {
    expect(splitUnitRoles('市发改委牵头,市财政局配合', 'lead')).toEqual({ lead: ['市发改委'], coop: ['市财政局'], vague: [] });
    expect(splitUnitRoles('配合单位:市科技局', 'lead')).toEqual({ lead: [], coop: ['市科技局'], vague: [] });
    expect(splitUnitRoles('县文明办、各乡镇配合', 'lead').coop).toEqual(['县文明办', '各乡镇']);
    expect(splitUnitRoles('各镇配合做好宣传', 'lead').coop).toEqual([]);
  });
});

test('"分别牵头" after units on lines of their own makes every one of them lead (潍坊 2017, the units typed one per line)', () => {
  // 潍坊市2017年政务公开工作要点实施方案: "市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实"
  expect(splitUnitRoles('市金融办\n人民银行潍坊市中心支行\n潍坊银监分局分别牵头落实', 'lead')).toEqual({ lead: ['市金融办', '人民银行潍坊市中心支行', '潍坊银监分局'], coop: [], vague: [] });
  expect(splitUnitRoles('市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实', 'lead')).toEqual({ lead: ['市金融办', '人民银行潍坊市中心支行', '潍坊银监分局'], coop: [], vague: [] });
  // a line of its own role keeps it
  expect(splitUnitRoles('县发改委牵头\n县财政局、县审计局分别配合', 'lead')).toEqual({ lead: ['县发改委'], coop: ['县财政局', '县审计局'], vague: [] });
});

test('下同 closes a units cell: the remark after it names no unit (内蒙古 2023 呼包鄂乌一体化 若干举措)', () => {
  const r = splitUnitRoles('(责任单位:自治区发展改革委、财政厅,中国铁路呼和浩特局集团有限公司,四市人民政府按职责分工负责,下同。以下各项任务均涉及四市或部分市人民政府,不再列出)', 'lead');
  expect(r).toEqual({ lead: ['自治区发展改革委', '财政厅', '中国铁路呼和浩特局集团有限公司', '四市人民政府'], coop: [], vague: [] });
});

describe('round 8 (r8-tables11): units cells from 贵州, 河北, 青海 (test/fixtures/real)', () => {
  test('a remark on the units every task below shares closes the cell (数智贵州建设2026年工作要点)', () => {
    const r = splitUnitRoles('(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复)', 'lead');
    expect(r).toEqual({ lead: ['省大数据局', '省工业和信息化厅', '各市〔州〕、贵安新区数据管理部门'], coop: [], vague: [] });
  });
  test('tiers and a named place before one department are one group; "各镇、区民生办" stays two', () => {
    expect(splitUnitRoles('各市〔州〕、贵安新区数据管理部门', 'lead').lead).toEqual(['各市〔州〕、贵安新区数据管理部门']);
    expect(splitUnitRoles('各镇、区民生办', 'lead').lead).toEqual(['各镇', '区民生办']);
  });
  test('"X牵头，Y负责": after a lead marked 牵头, a bare 负责 names those responsible beside it (石家庄 促进居民收入增长的实施意见)', () => {
    const r = splitUnitRoles('(市人社局牵头,市发改委、财政局、商务局、金融办、工商局、地税局负责)', 'lead');
    expect([r.lead, r.coop]).toEqual([['市人社局'], ['市发改委', '财政局', '商务局', '金融办', '工商局', '地税局']]);
    // without 牵头, 负责 still leads (黑龙江 2013 "(省发改委、农委、统计局分别负责)")
    expect(splitUnitRoles('(省发改委、农委、统计局分别负责)', 'lead').lead).toEqual(['省发改委', '农委', '统计局']);
  });
  test('a second label after spaces starts a clause of its own (加快西宁市流通业发展实施意见)', () => {
    const r = splitUnitRoles('(牵头单位:市商务局  责任单位:市编办、市发改委、市法制办、各区县政府)', 'lead');
    expect([r.lead, r.coop]).toEqual([['市商务局'], ['市编办', '市发改委', '市法制办', '各区县政府']]);
  });
});
