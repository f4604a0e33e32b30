// Units cells as round 11's real tables write them: names a copy masked, "按照职责分工负责" / "分工负责", places before
// the bodies they share, a committee's "有关成员单位" (test/fixtures/real, README "Round 11, tables15").
import { isVagueReference, splitUnitRoles } from '../../src/core/units/unit-roles';
import { brokenNames, splitPeople, splitUnits } from '../../src/core/units/unit-names';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

describe('units cells of round 11\'s tables', () => {
  test('a 2025 县 food-safety list on a bidding site: masked names keep their stars; 按照职责分工负责 after 牵头 names no role', () => {
    const first = splitUnitRoles('****分局牵头,各有关部门按照职责分工负责', 'lead');
    expect(first).toEqual({ lead: ['****分局'], coop: [], vague: ['各有关部门'] });
    const all = splitUnitRoles('****体育局、县**局、****监管局、县财政局、县卫生健康局、县农业农村局按职责分工负责', 'lead');
    expect([all.lead, all.coop]).toEqual([['****体育局', '县**局', '****监管局', '县财政局', '县卫生健康局', '县农业农村局'], []]);
    // a footnote star is still punctuation
    expect(splitUnits('县财政局*、县教体局')).toEqual(['县财政局', '县教体局']);
  });

  test('绵竹 2025: 〔X牵头,…分工负责〕 — the others cooperate; a committee\'s 有关成员单位 and 有关产业园区 are vague', () => {
    const roles = splitUnitRoles('〔市委组织部牵头,各镇(街道)、市安委会有关成员单位及有关产业园区分工负责〕', 'lead');
    expect(roles).toEqual({ lead: ['市委组织部'], coop: ['各镇(街道)'], vague: ['市安委会有关成员单位', '有关产业园区'] });
  });

  test('兰州 2025: "分工负责" with no 牵头 leaves all leading; places before shared bodies have each; the remark after ; is no unit', () => {
    const roles = splitUnitRoles('(市委组织部、市委宣传部,各县区党委、政府,兰州高新区、兰州经开区党工委、管委会,各有关部门分工负责;以下各项工作均需各县区、兰州高新区、兰州经开区具体落实,不再注明)', 'lead');
    expect(roles.lead).toEqual(['市委组织部', '市委宣传部', '各县区党委', '各县区政府', '兰州高新区党工委', '兰州高新区管委会', '兰州经开区党工委', '兰州经开区管委会']);
    expect([roles.coop, roles.vague]).toEqual([[], ['各有关部门']]);
  });

  test('平顶山 2018 河长制: 党委和人民政府, 示范区、高新区党工委和管委会', () => {
    expect(splitUnits('各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会')).toEqual([
      '各县(市、区)党委', '各县(市、区)人民政府', '城乡一体化示范区党工委', '城乡一体化示范区管委会', '高新区党工委', '高新区管委会',
    ]);
  });

  test('bodies are shared only where a place has one and a bare body follows it', () => {
    // no bare body: as before (咸安区、嘉鱼县、通山县人民政府 is unit-share-government's)
    expect(splitUnits('市委宣传部、县政府办')).toEqual(['市委宣传部', '县政府办']);
    expect(splitUnits('高新区管委会、区财政局')).toEqual(['高新区管委会', '区财政局']);
    // a department before the bodies is no place: it keeps its own name
    expect(splitUnits('市委宣传部、各县区党委、政府')).toEqual(['市委宣传部', '各县区党委', '各县区政府']);
    // role words after the last body stay on the last name, for unit-roles to read
    expect(splitUnits('各县区党委、政府负责')).toEqual(['各县区党委', '各县区政府负责']);
  });

  test('新密 2025: (X牵头,Y参与,Z落实) — the lead, then those taking part and those carrying it out', () => {
    const roles = splitUnitRoles('(市河长办牵头,各成员单位参与,各乡(镇)办落实)', 'lead');
    expect([roles.lead, roles.coop]).toEqual([['市河长办'], ['各成员单位', '各乡(镇)办']]);
  });
});

describe('兰州 2025: "以下各项工作均需各县区、兰州高新区、兰州经开区具体落实,不再注明" is carried to the rows after it', () => {
  // the stored copy stops inside measure (二): its units cell "(市安委办)" is typed here to show the carrying, and says so
  test('each later task also has the three places, read without 具体落实; the first keeps its own list', () => {
    const r = checkWorkbook([grid('S', [['序号', '工作任务', '责任单位'],
      ['(一)', '统筹高质量发展和高水平安全。', '(市委组织部、市委宣传部,各县区党委、政府,兰州高新区、兰州经开区党工委、管委会,各有关部门分工负责;以下各项工作均需各县区、兰州高新区、兰州经开区具体落实,不再注明)'],
      ['(二)', '压紧压实党政领导责任。', '(市安委办)'],
    ])], { today: TODAY });
    expect(r.tasks[1].lead).toEqual(['市安委办', '各县区', '兰州高新区', '兰州经开区']);
    expect(r.issues.filter((i) => i.code === 'UNITS_CARRIED').map((i) => i.cell)).toEqual(['C3']);
  });
});

describe('UNIT_INCOMPLETE: a name with hidden characters is said, never matched or guessed', () => {
  const table = grid('S', [['主要任务', '责任单位'], ['强化源头治理', '****分局牵头,各有关部门按照职责分工负责']]);
  test('without a registry: read as written, with a warning at its cell', () => {
    const r = checkWorkbook([table], { today: TODAY });
    expect(r.tasks[0]).toMatchObject({ lead: ['****分局'], coop: [] });
    const masked = r.issues.filter((i) => i.code === 'UNIT_INCOMPLETE');
    expect(masked.map((i) => `${i.cell}:${i.severity}`)).toEqual(['B2:warning']);
    expect(masked[0].message).toContain('“****分局”中有被隐去的字');
  });
  test('with a registry: UNIT_INCOMPLETE instead of UNKNOWN_UNIT (the name is not wrong, it is incomplete)', () => {
    const registry = grid('单位名录', [['单位名称'], ['县农业农村局']]);
    const r = checkWorkbook([table, registry], { today: TODAY });
    expect(r.issues.filter((i) => i.cell === 'B2').map((i) => i.code).sort()).toEqual(['UNIT_INCOMPLETE', 'UNIT_VAGUE']);
  });
});

describe('a units cell pasted from a PDF, its names broken where the printed column wrapped', () => {
  // 平顶山 2018's cells wrap so in the printed table ("加强水资源保\n护"); a units column wraps the same way
  test.each([
    ['县委宣传\n部', [{ head: '县委宣传', tail: '部', joined: '县委宣传部' }]],
    ['县文明办、县融媒体\n中心', [{ head: '县融媒体', tail: '中心', joined: '县融媒体中心' }]],
    ['县委宣传\n部牵头', [{ head: '县委宣传', tail: '部', joined: '县委宣传部' }]],
    // names on lines of their own (chuzhou-2020, zhonglou-2021 laid out one per line) are no broken name
    ['区财政局\n区税务局', []], ['滁州海关\n市人行', []], ['高新园(邹区镇)\n五星街道', []], ['各村\n各社区', []],
  ])('%j', (cell, found) => expect(brokenNames(cell)).toEqual(found));
  test('read as written and said (UNIT_INCOMPLETE); a registry that knows the joined name reads it whole, and nothing is said', () => {
    const table = grid('S', [['工作任务', '牵头单位', '配合单位'], ['开展宣传', '县委宣传\n部', '县文明办、县融媒体\n中心']]);
    const bare = checkWorkbook([table], { today: TODAY });
    expect([bare.tasks[0].lead, bare.tasks[0].coop]).toEqual([['县委宣传', '部'], ['县文明办', '县融媒体', '中心']]);
    expect(bare.issues.filter((i) => i.code === 'UNIT_INCOMPLETE').map((i) => `${i.cell}:${i.severity}`)).toEqual(['B2:warning', 'C2:warning']);
    const registry = grid('单位名录', [['单位名称'], ['县委宣传部'], ['县文明办'], ['县融媒体中心']]);
    const known = checkWorkbook([table, registry], { today: TODAY });
    expect([known.tasks[0].lead, known.tasks[0].coop]).toEqual([['县委宣传部'], ['县文明办', '县融媒体中心']]);
    expect(known.issues.filter((i) => i.code === 'UNIT_INCOMPLETE')).toEqual([]);
  });
});

describe('南陵 2024: people and units as its 分解表 prints them', () => {
  test('padded two-character names run together are as many names; one padded name stays one', () => {
    expect(splitPeople('陆 明俞 悦')).toEqual(['陆明', '俞悦']);
    expect(splitPeople('俞 悦')).toEqual(['俞悦']);
    expect(splitPeople('张三 李四')).toEqual(['张三', '李四']);
  });
  test('县各有关单位 names no definite set', () => expect(isVagueReference('县各有关单位')).toBe(true));
});
