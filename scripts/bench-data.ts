// Synthetic but realistic Chinese workbooks for the benchmark: tasks, 300 units, ledger, media, settings.
import ExcelJS from 'exceljs';
import { RULE_ITEMS } from '../src/core/scoring/scoring-rules';

export interface BenchSize {
  readonly label: string;
  readonly tasks: number;
  readonly ledger: number;
}

/** A small deterministic generator (mulberry32), so every run writes the same workbook. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks with a Zipf-like skew: the first items of a pool are used far more often, as in real sheets. */
function skewed<T>(rand: () => number, pool: readonly T[]): T {
  return pool[Math.floor(pool.length * rand() ** 2.2)];
}
const pick = <T>(rand: () => number, pool: readonly T[]): T => pool[Math.floor(rand() * pool.length)];

/** City departments: short registry name and a full-name alias. */
const DEPARTMENTS: [string, string][] = [
  ['市委宣传部', '六安市委宣传部'], ['市委网信办', '市委网络安全和信息化委员会办公室'], ['市发改委', '市发展改革委'],
  ['市教体局', '市教育体育局'], ['市人社局', '市人力资源社会保障局'], ['市卫健委', '市卫生健康委'], ['市民政局', '六安市民政局'],
  ['市商务局', '六安市商务局'], ['市城管局', '市城市管理局'], ['市交通运输局', '市交通局'], ['市文旅局', '市文化和旅游局'],
  ['市住建局', '市住房城乡建设局'], ['市自然资源局', '市自然资源和规划局'], ['市数管局', '市数据资源管理局'], ['市财政局', '六安市财政局'],
  ['市农业农村局', '市农业农村委'], ['市水利局', '六安市水利局'], ['市林业局', '六安市林业局'], ['市应急局', '市应急管理局'],
  ['市市场监管局', '市市场监督管理局'], ['市医保局', '市医疗保障局'], ['市退役军人局', '市退役军人事务局'], ['市生态环境局', '六安市生态环境局'],
  ['市公安局', '六安市公安局'], ['市司法局', '六安市司法局'], ['市审计局', '六安市审计局'], ['市统计局', '六安市统计局'],
  ['市税务局', '国家税务总局六安市税务局'], ['市总工会', '六安市总工会'], ['团市委', '共青团六安市委'], ['市妇联', '市妇女联合会'],
  ['市残联', '市残疾人联合会'], ['市科协', '市科学技术协会'], ['市红十字会', '六安市红十字会'], ['市融媒体中心', '六安市融媒体中心'],
  ['市广电台', '六安市广播电视台'], ['皖西日报社', '皖西日报'], ['市信访局', '六安市信访局'], ['市乡村振兴局', '六安市乡村振兴局'],
  ['市供销社', '市供销合作社'], ['市国资委', '市国有资产监督管理委员会'], ['市投资促进中心', '市投促中心'], ['市公管局', '市公共资源交易监督管理局'],
  ['市体育局', '六安市体育局'], ['市民宗局', '市民族宗教事务局'], ['市档案馆', '六安市档案馆'], ['市地震局', '六安市地震局'],
  ['市气象局', '六安市气象局'], ['市邮政管理局', '六安市邮政管理局'], ['市机关事务局', '市机关事务管理局'], ['市民生办', '市民生工程领导小组办公室'],
  ['市开发区管委', '六安经济技术开发区管委会'], ['市住房公积金中心', '市住房公积金管理中心'], ['市人防办', '市人民防空办公室'],
  ['人行六安中心支行', '中国人民银行六安市中心支行'], ['六安银保监分局', '六安银保监分局'], ['中国电信六安分公司', '六安电信'],
  ['中国移动六安分公司', '六安移动'], ['中国联通六安分公司', '六安联通'], ['市消防救援支队', '六安市消防救援支队'],
];
const COUNTIES = ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县'];
const TOWN_FIRST = Array.from('东西南北新老石花桃李杨柳双三青白黄马龙凤清高');
const TOWN_SECOND = Array.from('河桥山岗店集湾塘埠庙冲铺岭');

export interface Unit {
  readonly name: string;
  readonly alias: string;
  readonly type: string;
  readonly groups: string[];
}

/** 300 units: 60 city departments, 7 county governments and 233 towns and subdistricts, with aliases and groups. */
export function benchUnits(): Unit[] {
  const units: Unit[] = [];
  DEPARTMENTS.forEach(([name, alias], i) => {
    const groups = ['市直各单位'];
    if (i < 20) groups.push('市民生工作领导小组成员单位');
    units.push({ name, alias, type: '市直部门', groups });
  });
  for (const county of COUNTIES) {
    units.push({ name: `${county}人民政府`, alias: `${county}政府`, type: '县区', groups: ['各县区人民政府', '市民生工作领导小组成员单位'] });
  }
  let n = 0;
  outer: for (const a of TOWN_FIRST) {
    for (const b of TOWN_SECOND) {
      if (units.length >= 300) break outer;
      const county = COUNTIES[n % COUNTIES.length];
      const street = n % 6 === 5;
      const name = `${county}${a}${b}${street ? '街道' : '镇'}`;
      units.push({ name, alias: `${a}${b}${street ? '街道' : '镇'}`, type: street ? '街道' : '乡镇', groups: [street ? '各街道' : '各乡镇', `${county}各乡镇街道`] });
      n++;
    }
  }
  return units;
}

const ACTIONS = ['建立', '开设', '组织开展', '持续推进', '广泛开展', '创新', '深化', '集中开展', '加强', '利用', '策划', '推动', '拓展', '完善', '落实'];
const OBJECTS = [
  '暖民心行动专题报道', '民生工程政策解读', '“暖民心 在行动”专栏', '基层宣传阵地建设', '志愿服务宣传活动', '典型案例征集', '新媒体短视频宣传',
  '户外公益广告宣传', '政务服务窗口电子屏宣传', '进社区进乡村宣讲', '民生工程满意度调查', '集中宣传月主题活动', '信息报送和典型提炼机制',
  '主流媒体推介', '宣传标语和展板布设', '政策明白纸入户发放', '网络媒体宣传', '群众知晓率提升行动', '先进经验交流', '专题培训',
];
const TAILS = [
  '，形成浓厚舆论氛围。', '，扩大社会影响力。', '，提高群众知晓率和满意度。', '，营造良好氛围。', '，确保宣传全覆盖。', '。',
  '，并向新华社客户端、人民网、安徽日报等主流媒体推介。', '，及时报送工作信息。', '，每季度形成一篇经验材料。', '，做到应知尽知。',
];
const SECTIONS = ['一、夯实宣传阵地', '二、创新宣传方式', '三、丰富宣传内容', '四、强化宣传保障', '五、加强督查考核', '六、拓展宣传载体'];
const DEADLINES: (string | 'DATE')[] = [
  '长期坚持', '每月', '次月7日前', '2023年6月30日', '5月底前', '6月上旬', '9月30日', '长期', '全年', '持续推进', '宣传月期间', '每季度',
  '年底前', '上半年', 'DATE', 'DATE', 'DATE', '一季度', '7月中旬', '次年1月上旬', '每周', '每月5日前', '5月、10月', '2023-08-15', '10月31日前',
  '11月下旬', '下半年', '常态化', '每季度第二个月', '2023.12.31', '会前3天', '**月**日', '尽快', '2月30日', '3月15日', '12月20日前',
];
const QUOTAS = [
  '每季度不少于1篇', '每月至少完成两次', '每季度1次', '宣传月期间不少于2次', '每月不少于2篇', '每月不得少于1篇', '年度内至少1篇', '每日一期',
  '5月、10月各1次', '每个项目每月不得少于1篇', '每周不少于1条', '不少于3场', '每月1期', '加强宣传', '',
];
const STATUSES = ['', '', '进行中', '已完成', '未开始', '已完成'];
const TOPICS = [
  '暖民心行动专题报道', '助企纾困政策解读', '就业促进行动进展', '暖民心集中宣传月活动', '医疗服务提升纪实', '志愿服务暖人心',
  '老有所养行动见闻', '民生工程满意度调查', '乡村振兴一线', '教育资助政策宣讲', '养老服务提升', '食品安全进社区', '文明城市创建',
  '安全生产月', '城乡居民医保缴费', '防汛抗旱工作', '秸秆禁烧宣传', '12345热线为民办事', '老旧小区改造', '幸福河湖建设',
];
const MEDIA: [string, string][] = [
  ['人民日报', '中央级'], ['新华社客户端', '中央级'], ['人民网', '中央级'], ['安徽日报', '省级'], ['安徽电视台', '省级'], ['中安在线', '省级'],
  ['安徽省民生工程网站', '省级'], ['皖西日报', '市级'], ['六安市广播电视台', '市级'], ['六安发布', '市级'],
  ...COUNTIES.map((c): [string, string] => [`${c}融媒体中心`, '县级']),
];

const utcDate = (serialDay: number) => new Date(Date.UTC(2023, 0, 1) + serialDay * 86400000);

/** Cells naming units: lead (1–2 units) and cooperating (0–10, groups and aliases among them). */
function unitCells(rand: () => number, units: Unit[], count: number, lead: boolean): string[] {
  const depts = units.slice(0, 67);
  const cells: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = lead ? 1 + Math.floor(rand() * rand() * 2.5) : Math.floor(rand() * 11);
    const names: string[] = [];
    for (let j = 0; j < k; j++) {
      const u = lead ? pick(rand, depts) : pick(rand, units);
      const r = rand();
      names.push(r < 0.06 ? u.alias : r < 0.07 ? `${u.name.slice(0, -1)}委` : u.name); // aliases, a few typos
    }
    if (!lead && rand() < 0.3) {
      names.push(pick(rand, ['各县区人民政府', '市直各单位', '市民生工作领导小组成员单位', `${pick(rand, COUNTIES)}各乡镇街道`]));
    }
    const sep = lead ? pick(rand, [' ', '、', '、']) : pick(rand, ['、', '、', '，', '；']);
    cells.push(names.join(sep));
  }
  return cells;
}

/** Writes a benchmark workbook (shared strings and styles, as Excel saves) with exceljs's streaming writer. */
export async function writeBenchWorkbook(file: string, size: BenchSize, seed = 20230630): Promise<void> {
  const rand = random(seed);
  const units = benchUnits();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });

  const tasks = wb.addWorksheet('任务分工表');
  tasks.columns = [
    { width: 6 }, { width: 48 }, { width: 22 }, { width: 30 }, { width: 14, style: { numFmt: 'yyyy-mm-dd' } }, { width: 18 }, { width: 10 },
    { width: 12, style: { numFmt: 'yyyy-mm-dd' } }, { width: 16 },
  ];
  tasks.mergeCells('A1:I1');
  tasks.addRow(['六安市2023年暖民心行动宣传任务分工表']).commit();
  tasks.addRow(['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标', '完成情况', '完成日期', '备注']).commit();
  const leads = unitCells(rand, units, Math.max(50, Math.round(size.tasks / 25)), true);
  const coops = unitCells(rand, units, Math.max(80, Math.round(size.tasks / 15)), false);
  let rowNumber = 2;
  for (let i = 0; i < size.tasks; i++) {
    if (i % 60 === 0) {
      tasks.addRow([SECTIONS[(i / 60) % SECTIONS.length]]).commit();
      rowNumber++;
    }
    const deadline = skewed(rand, DEADLINES);
    const status = pick(rand, STATUSES);
    const done = status === '已完成' && rand() < 0.7 ? utcDate(Math.floor(rand() * 180)) : null;
    const task = `${pick(rand, ACTIONS)}${pick(rand, OBJECTS)}${pick(rand, TAILS)}`;
    tasks.addRow([
      i + 1, rand() < 0.002 ? '' : task, rand() < 0.003 ? '' : skewed(rand, leads), rand() < 0.2 ? '' : skewed(rand, coops),
      deadline === 'DATE' ? utcDate(Math.floor(rand() * 365)) : deadline, skewed(rand, QUOTAS), status || null, done,
      rand() < 0.05 ? '已纳入年度考核' : null,
    ]).commit();
    rowNumber++;
  }
  tasks.commit();

  const registry = wb.addWorksheet('单位名录');
  registry.addRow(['单位名称', '别名', '类型', '所属分组']).commit();
  for (const u of units) registry.addRow([u.name, u.alias, u.type, u.groups.join('、')]).commit();
  registry.commit();

  const media = wb.addWorksheet('媒体名录');
  media.addRow(['媒体名称', '级别', '别名']).commit();
  for (const [name, level] of MEDIA) media.addRow([name, level, null]).commit();
  media.commit();

  const ledger = wb.addWorksheet('报送台账');
  ledger.columns = [{ width: 12, style: { numFmt: 'yyyy-mm-dd' } }, { width: 20 }, { width: 40 }, { width: 20 }, { width: 9 }, { width: 9 }, { width: 9 }, { width: 7 }];
  ledger.addRow(['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量']).commit();
  for (let i = 0; i < size.ledger; i++) {
    const day = Math.floor((i / size.ledger) * 365);
    const u = skewed(rand, units);
    const r = rand();
    const unit = r < 0.03 ? u.alias : r < 0.035 ? `${u.name}办公室` : u.name;
    const [mediaName, level] = skewed(rand, MEDIA);
    const title = `${u.name.replace(/人民政府$/, '')}：${pick(rand, TOPICS)}${i % 3 === 0 ? `（${i + 1}）` : ''}`;
    ledger.addRow([
      utcDate(day), unit, title, mediaName, rand() < 0.6 ? level : null, rand() < 0.7 ? '是' : '否',
      rand() < 0.8 ? 1 + Math.floor(rand() * Math.min(size.tasks, 200)) : null, rand() < 0.95 ? 1 : 2,
    ]).commit();
  }
  ledger.commit();

  const spot = wb.addWorksheet('抽查结果');
  spot.addRow(['月份', '单位', '知晓率', '满意度']).commit();
  for (let m = 1; m <= 6; m++) {
    for (const u of units.slice(0, 67)) spot.addRow([`2023-${String(m).padStart(2, '0')}`, u.name, 0.8 + rand() * 0.2, 0.8 + rand() * 0.2]).commit();
  }
  spot.commit();

  const rules = wb.addWorksheet('评分规则');
  rules.addRow(['项目', '分值']).commit();
  for (const r of RULE_ITEMS) rules.addRow([r.item, r.value]).commit();
  rules.commit();

  const settings = wb.addWorksheet('设置');
  settings.addRow(['设置项', '值']).commit();
  settings.addRow(['计划年度', 2023]).commit();
  const asOf = settings.addRow(['统计截止日', new Date(Date.UTC(2023, 5, 30))]);
  asOf.getCell(2).numFmt = 'yyyy-mm-dd';
  asOf.commit();
  settings.addRow(['集中宣传月', '5月、10月']).commit();
  settings.commit();

  await wb.commit();
}
