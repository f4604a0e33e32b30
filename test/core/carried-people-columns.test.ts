// 同上 in one of several people columns (牵头领导 | 项目责任人, 主管领导 | 主要责任人) or cooperating columns (主体 | 配合): read down that column alone.
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

const check = (rows: (string | number)[][], year: number) => checkWorkbook([grid('表', rows)], { today: TODAY, year });
const at = (got: ReturnType<typeof check>, code: string) => got.issues.filter((i) => i.code === code).map((i) => i.cell);

// 宁波 2014年市政府民生实事项目 items 2–4 (test/fixtures/real/ningbo-2014-minsheng,
// http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm?div=-1): 牵头领导 王仁洲 for all three, 项目责任人 王伟标,
// 劳可军, "劳可军,各区区长,相关管委会主任". A clerk typing the repeats writes 同上 in the **first** people column of items 3
// and 4 while the second is written out. Read from the paper: item 3's people are 王仁洲 and 劳可军, item 4's 王仁洲, 劳可军,
// 各区区长 and 相关管委会主任 (the README's reading of the fixture) — never a person named 同上.
describe('宁波 2014: 同上 in the first of two people columns', () => {
  const rows = [
    ['序号', '实事项目', '牵头领导', '责任单位', '项目责任人', '配合单位'],
    [2, '新增安装300套路口交通信息视频采集设备。', '王仁洲', '市公安局', '王伟标', '市城管局、市财政局'],
    [3, '新辟公交线路10条,优化调整20条。', '同上', '市交通委', '劳可军', '市公安局、市城管局,各区政府'],
    [4, '新投放公共自行车3000辆,新增100个网点。', '同上', '市交通委,各区政府,相关管委会', '劳可军,各区区长,相关管委会主任',
      '市发改委、市经信委、市公安局、市财政局、市国土资源局、市规划局、市住建委、市城管局、市工商局、宁波电业局'],
  ];
  const got = check(rows, 2014);
  test('each 同上 is 王仁洲, the column\'s name above; the other column is read as written', () => {
    expect(got.tasks.map((t) => t.leaders)).toEqual([
      ['王仁洲', '王伟标'], ['王仁洲', '劳可军'], ['王仁洲', '劳可军', '各区区长', '相关管委会主任'],
    ]);
  });
  test('said at each 同上 cell, naming where 王仁洲 is written', () => {
    const carried = got.issues.filter((i) => i.code === 'SAME_ABOVE_CARRIED');
    expect(carried.map((i) => i.cell)).toEqual(['C3', 'C4']);
    expect(carried[1].message).toContain('第2行（C2）的领导“王仁洲”');
    expect(got.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

// 郑州市2012年十大实事 the two 教育 items (zhengzhou-2012-shishi, http://sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html):
// both have 主管领导 刘东, 责任单位 市教育局, 主要责任人 毛杰. Item 2 typed with 同上 in all three; and once with the second
// people column alone written 同上 (the first written out): both read 刘东, 毛杰.
describe('郑州 2012: 同上 in the second people column', () => {
  const header = ['具体事项', '主管领导', '责任单位', '主要责任人', '进度安排'];
  const first = ['市区新增优质中小学招生学位2.36万个。', '刘东', '市教育局', '毛杰', '6月底前基本完成基建任务;12月底前全部落实,实现招生。'];
  const task2 = '市区新建、改扩建中小学校30所,六县(市)城区新建、改扩建中小学校10所以上。';
  const until = '6月底前,争取在市区开工10所、六县(市)开工4所;12月底前全部开工。';
  test('all three written 同上', () => {
    const got = check([header, first, [task2, '同上', '同上', '同上', until]], 2012);
    expect(got.tasks.map((t) => [t.leaders, t.lead])).toEqual([[['刘东', '毛杰'], ['市教育局']], [['刘东', '毛杰'], ['市教育局']]]);
    expect(at(got, 'SAME_ABOVE_CARRIED')).toEqual(['B3', 'D3']);
    expect(at(got, 'UNITS_CARRIED')).toEqual(['C3']);
  });
  test('the second alone written 同上', () => {
    const got = check([header, first, [task2, '刘东', '市教育局', '同上', until]], 2012);
    expect(got.tasks[1].leaders).toEqual(['刘东', '毛杰']);
    expect(at(got, 'SAME_ABOVE_CARRIED')).toEqual(['D3']);
  });
  test('a 同上 in the first row names nobody: an error at its cell, the other column still read', () => {
    const got = check([header, [first[0], '同上', '市教育局', '毛杰', first[4]]], 2012);
    expect(got.tasks[0].leaders).toEqual(['毛杰']);
    expect(got.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['SAME_ABOVE_NOTHING', 'B2']]);
  });
});

// 青阳县卫健委 2023 进展情况汇总表 tasks 81 and 85 (qingyang-wjw-2023-jinzhan, https://www.ahqy.gov.cn/OpennessContent/show/1493481.html):
// 牵头领导 | 牵头责任单位 | 主体责任单位 | 配合责任单位; both tasks 配合 "县直有关单位" (vague: no unit), 主体 "各乡镇、县开发区" then
// "有关乡镇" (vague). Typed with the repeated 配合 cell as 同上, task 85 still cooperates with nobody it names, and no unit called 同上.
// A second reading, where the clerk also repeats 主体 by 同上, gives task 85 the 主体 of 81: 各乡镇 and 县开发区.
describe('青阳 2023: 同上 in one of several cooperating columns', () => {
  const header = ['序号', '2023年重点工作任务', '牵头领导', '牵头责任单位', '主体责任单位', '配合责任单位'];
  const t81 = ['81', '科学精准落实疫情防控优化措施,加强医疗资源建设。', '汪峰、吴蓓蓓', '县卫健委', '各乡镇\n县开发区', '县直有关单位'];
  test('the 配合 column\'s 同上 is its own column\'s text above', () => {
    const got = check([header, t81, ['85', '新增托育机构2所以上。', '吴蓓蓓', '同上', '有关乡镇', '同上']], 2023);
    expect(got.tasks.map((t) => [t.lead, t.coop])).toEqual([[['县卫健委'], ['各乡镇', '县开发区']], [['县卫健委'], []]]);
    expect(at(got, 'UNITS_CARRIED')).toEqual(['D3', 'F3']);
    expect(got.issues.filter((i) => i.message.includes('“同上”') && i.code !== 'UNITS_CARRIED')).toEqual([]);
  });
  test('the 主体 column\'s 同上 is 各乡镇 and 县开发区, the 配合 cell read as written', () => {
    const got = check([header, t81, ['85', '新增托育机构2所以上。', '吴蓓蓓', '县卫健委', '同上', '县直有关单位']], 2023);
    expect(got.tasks[1].coop).toEqual(['各乡镇', '县开发区']);
    expect(at(got, 'UNITS_CARRIED')).toEqual(['E3']);
  });
});
