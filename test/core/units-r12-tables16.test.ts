// Units cells as round 12's real tables write them (test/fixtures/real, README "Round 12, tables16"): 重庆's units on
// separate lines and lists closed by 等, a group written with its further kinds in brackets (各乡镇（街道）), and a name
// typed with a look-alike character (巿 for 市) as a table typed from an image or scan gives it.
import { splitUnitRoles } from '../../src/core/units/unit-roles';
import { UnitRegistry, registryFromNames } from '../../src/core/units';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

const registry = (rows: string[][]) => grid('单位名录', [['单位名称', '别名', '类型', '所属分组'], ...rows]);

describe('units cells of round 12\'s tables', () => {
  test('铜梁 2025: several units on separate lines in one 责任单位 cell all lead', () => {
    expect(splitUnitRoles('区农业农村委\n区林业局\n区供销联社\n区畜牧业发展中心', 'lead')).toEqual({
      lead: ['区农业农村委', '区林业局', '区供销联社', '区畜牧业发展中心'], coop: [], vague: [],
    });
  });

  test('渝中 2023: a list closed by 等 keeps its names and its groups (各管委会, 区属各重点国企)', () => {
    expect(splitUnitRoles('区税务局、区国资委等', 'coop').coop).toEqual(['区税务局', '区国资委']);
    expect(splitUnitRoles('区住建委、区财政局、区国资委、区规资局、各管委会、区属各重点国企等', 'coop').coop)
      .toEqual(['区住建委', '区财政局', '区国资委', '区规资局', '各管委会', '区属各重点国企']);
  });
});

describe('a group written with its further kinds in brackets: 各乡镇（街道）', () => {
  // 宣传/文明创建 分工 cells write "各乡镇（街道）、县直各单位" (the brief's example; the stored pages hold the notices, not
  // rows, so the cell is typed here); a registry lists towns under 各乡镇 and streets under 各街道
  const names = [['县委宣传部', '', '', ''], ['城关镇', '', '镇', '各乡镇'], ['东关街道', '', '街道', '各街道'], ['县财政局', '', '', '县直各单位']];
  const table = grid('任务', [['序号', '工作任务', '责任单位', '完成时限'],
    [1, '深入开展文明城市创建宣传。', '县委宣传部牵头，各乡镇（街道）、县直各单位配合', '长期坚持']]);

  test('is the towns and the streets, said as a group expanded (never 各乡镇 alone, which leaves the streets out)', () => {
    const r = checkWorkbook([table, registry(names)], { today: TODAY });
    expect(r.tasks[0].lead).toEqual(['县委宣传部']);
    expect(r.tasks[0].coop).toEqual(['城关镇', '东关街道', '县财政局']);
    const said = r.issues.filter((i) => i.code === 'UNIT_GROUP' || i.code === 'UNKNOWN_UNIT').map((i) => i.message);
    expect(said).toEqual(['“各乡镇（街道）”已展开为2个单位：城关镇、东关街道。', '“县直各单位”已展开为1个单位：县财政局。']);
  });

  test('when the registry has only one of the kinds, it is unknown — and 各乡镇 is not suggested for it', () => {
    const r = checkWorkbook([table, registry(names.filter(([n]) => n !== '东关街道'))], { today: TODAY });
    const unknown = r.issues.filter((i) => i.code === 'UNKNOWN_UNIT');
    expect(unknown.map((i) => [i.cell, i.suggestion])).toEqual([['C2', undefined]]);
    expect(unknown[0].message).toBe('“各乡镇（街道）”不在单位名录中，请核对名称或补充到单位名录。');
  });

  test('a registry group written the same way is that group', () => {
    const one = names.map(([n, a, t, g]) => [n, a, t, g === '各乡镇' || g === '各街道' ? '各乡镇（街道）' : g]);
    const r = checkWorkbook([table, registry(one)], { today: TODAY });
    expect(r.tasks[0].coop).toEqual(['城关镇', '东关街道', '县财政局']);
  });

  test('a remark in brackets after one unit is still dropped for the suggestion', () => {
    const reg = new UnitRegistry(registryFromNames(['市委宣传部']));
    expect(reg.resolve('市委宣传部（新闻科）')).toEqual({ kind: 'unknown', suggestion: '市委宣传部' });
  });
});

describe('a name typed with a look-alike character: 巿 (U+5DFF) for 市', () => {
  // No stored page holds a task table with 巿 (searched: 责任单位 巿发展改革委 巿财政局); the cells below are 许昌 2020's
  // (xuchang-2020-gzbg) as a copy typed from an image gives them
  const reg = new UnitRegistry(registryFromNames(['市疫情防控指挥部办公室', '市卫生健康委', '市财政局']));

  test('is not the registry\'s name, but the suggestion, with the character said (the two read the same on screen)', () => {
    expect(reg.resolve('巿卫生健康委')).toEqual({ kind: 'unknown', suggestion: '市卫生健康委', lookAlikes: ['“巿”（应为“市”）'] });
    expect(reg.resolve('市卫生健康委')).toEqual({ kind: 'name', name: '市卫生健康委' });
  });

  test('check says which character, and 修复 can write the registry\'s name', () => {
    const r = checkWorkbook([grid('任务', [['序号', '工作任务', '责任单位'],
      [1, '坚持“外防输入、内防反弹”总体防控策略。', '巿疫情防控指挥部办公室、巿卫生健康委等']]),
    registry([['市疫情防控指挥部办公室', '', '', ''], ['市卫生健康委', '', '', '']])], { today: TODAY });
    const unknown = r.issues.filter((i) => i.code === 'UNKNOWN_UNIT');
    expect(unknown.map((i) => i.suggestion)).toEqual(['市疫情防控指挥部办公室', '市卫生健康委']);
    expect(unknown[1].message).toBe('“巿卫生健康委”不在单位名录中：其中的“巿”（应为“市”）是形近字，屏幕上看不出区别，是否应为“市卫生健康委”？');
  });

  test('a name whose plain form is no registry unit stays unknown with no suggestion', () => {
    expect(reg.resolve('巿文明办')).toEqual({ kind: 'unknown' });
  });
});

describe('units numbered by sub-item: "①县住建局；②县住建局、县财政局；③各乡镇（街道）"', () => {
  // No stored page holds a table whose units cell is numbered ①②③ (searched: ①…（责任单位：…）②…; 任务分解表 ① ② ③ 责任单位);
  // the marks are written as 开化 2023's 进度安排 cells write them ("①2月上旬前,…②3月底前,…", deadline-phrases.json) and the
  // cell is typed here. Until this round "①县住建局" was a unit of that name, and 县住建局 under ① and ② two units.
  test('the numbers are the items\', not the names\': each name once, every item\'s together', () => {
    expect(splitUnitRoles('①县住建局；②县自然资源局；③各乡镇（街道）', 'lead').lead).toEqual(['县住建局', '县自然资源局', '各乡镇（街道）']);
    expect(splitUnitRoles('①县住建局\n②县自然资源局', 'lead').lead).toEqual(['县住建局', '县自然资源局']);
    expect(splitUnitRoles('1.县住建局；2.县自然资源局', 'lead').lead).toEqual(['县住建局', '县自然资源局']);
    expect(splitUnitRoles('1、县委宣传部牵头；2、县文明办', 'lead')).toEqual({ lead: ['县委宣传部'], coop: ['县文明办'], vague: [] });
    // a name that starts with digits and no item mark is kept whole
    expect(splitUnitRoles('12345热线', 'lead').lead).toEqual(['12345热线']);
  });

  test('check reads the row\'s units as every item\'s together and says it cannot tell who does which item', () => {
    const r = checkWorkbook([grid('任务', [['序号', '工作任务', '责任单位', '完成时限'],
      [1, '①开展城区背街小巷整治；②推进老旧小区改造；③开展农村人居环境整治。', '①县住建局；②县住建局、县财政局；③各乡镇（街道）', '①2026年6月底前；②2026年10月底前；③长期坚持']])], { today: TODAY, year: 2026 });
    expect(r.tasks[0].lead).toEqual(['县住建局', '县财政局', '各乡镇（街道）']);
    expect(r.issues.map((i) => [i.code, i.cell])).toContainEqual(['UNITS_BY_ITEM', 'C2']);
    expect(r.issues.map((i) => i.code)).not.toContain('DUPLICATE_UNIT');
    // a units cell with no item numbers says nothing of the kind
    const plain = checkWorkbook([grid('任务', [['序号', '工作任务', '责任单位'], [1, '开展整治。', '县住建局、县财政局']])], { today: TODAY });
    expect(plain.issues.map((i) => i.code)).not.toContain('UNITS_BY_ITEM');
  });
});
