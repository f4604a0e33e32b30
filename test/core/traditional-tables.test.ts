// A task table pasted from a 繁體 mirror of a mainland document: its header words and unit cells read as the simplified ones.
import { findTaskHeader } from '../../src/core/sheets/task-sheet';
import { normalizeHeader } from '../../src/core/sheets/headers';
import { withoutPinyin } from '../../src/core/sheets/traditional';
import { splitUnitRoles } from '../../src/core/units/unit-roles';
import { replaceUnitName } from '../../src/core/validation/fixes';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

// No mainland office publishes its task tables in traditional characters; third-party mirrors convert them, and search
// engines show the mirrors first: 咸阳 2022 放管服 工作要点 at newton.com.tw (with Taiwan words, 最佳化 for 优化), 凤屯镇's
// 标准目录 at imortgage.com.cn (with pinyin after some characters, "鎮(zhèn)"), 郑州 2012 十大实事 at sebasdess.com. A clerk
// who found the document there pastes it as it is.

// (二)鳳屯鎮政府文件信息領域基層政務公開標準目錄, the header as the mirror https://imortgage.com.cn/info/1475/44091.htm stores it
// (test/fixtures/real/fengtun-zwgk-mulu is the same table typed back in simplified): 公開內容 is the task, 公開主體 the unit,
// 公開時限 the time limit, as in the simplified table.
describe('header words in traditional characters', () => {
  const top = ['序號', '公開事項', '', '公開內(nèi)容(要素)', '公開依據(jù)', '公開時限', '公開主體', '公開渠道和載體', '公開對象', '', '公開方式', '', '公開層級', ''];
  const second = ['', '一級事項', '二級事項', '', '', '', '', '', '全社會', '特定群眾', '主動', '依申請公開', '鎮(zhèn)級', '村級'];
  const row = [1, '政府文件', '政府文件', '政府文件。', '《中華人民共和國政府信息公開條例》(國務院令第711號)', '信息形成或變更之日起3個工作日內(nèi)',
    '鎮(zhèn)人民政府', '■政府網(wǎng)站 ■單位/村委會公示欄(電子屏)', '√', '', '√', '', '√', ''];
  const merges = [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 1, 3], [0, 4, 1, 4], [0, 5, 1, 5], [0, 6, 1, 6], [0, 7, 1, 7], [0, 8, 0, 9], [0, 10, 0, 11], [0, 12, 0, 13]]
    .map(([top, left, bottom, right]) => ({ top, left, bottom, right }));
  test('a header cell compares as its simplified words', () => {
    expect(['序號', '公開時限', '牽頭單位', '責任單位', '配合單位', '完成時限', '責任領導'].map(normalizeHeader))
      .toEqual(['序号', '公开时限', '牵头单位', '责任单位', '配合单位', '完成时限', '责任领导']);
  });
  test('the mirror\'s table reads as the simplified one: task, unit and time-limit columns in place', () => {
    const header = findTaskHeader(grid('目錄', [top, second, row], merges));
    expect(header && { task: header.columns.task, lead: header.columns.lead, deadline: header.columns.deadline }).toEqual({ task: 3, lead: 6, deadline: 5 });
  });
});

// 咸阳市2022年深化“放管服”改革优化营商环境工作要点 measure 1 as the 繁體 mirror stores it
// (https://newton.com.tw/wiki/…, test/fixtures/real/xianyang-2022-fgf-fanti): "X、Y牽頭,Z及W按職責分工負責" — the 牽頭 units lead,
// the ones 按職責分工負責 after them cooperate (汉中's reading), 市級各有關部門 is vague. The units are the registry's own
// names, simplified; the task is quoted as written.
describe('a units cell in traditional characters', () => {
  const units = '(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)';
  const rows = [['序号', '工作任务', '责任单位'], [1, '全面實施行政許可事項清單管理。', units]];
  test('role words read, names simplified', () => {
    const got = checkWorkbook([grid('要點', rows)], { today: TODAY, year: 2022 });
    expect(got.tasks.map((t) => [t.task, t.lead, t.coop])).toEqual([
      ['全面實施行政許可事項清單管理。', ['市政府办公室', '市行政审批制度改革工作领导小组办公室'], ['各县市区政府']],
    ]);
  });
  test('a fix to a name read from a 繁體 cell replaces it where it stands', () => {
    expect(replaceUnitName('市政府辦公室、市級各有關部門', '市政府办公室', '咸阳市人民政府办公室')).toBe('咸阳市人民政府办公室、市級各有關部門');
  });
});

// The same mirror writes pinyin after some characters ("鎮(zhèn)人民政府", "內(nèi)容"): a reading aid, no part of a name.
describe('a mirror\'s pinyin after a character', () => {
  test('is no part of the unit (凤屯镇\'s 公開主體 "鎮(zhèn)人民政府")', () => {
    expect(splitUnitRoles('鎮(zhèn)人民政府', 'lead').lead).toEqual(['镇人民政府']);
  });
  test('a bracket that is a name\'s own stays: 县发改局(粮食局), 区民政局(区委社会工委), an abbreviation without tone marks', () => {
    expect(['县发改局(粮食局)', '区民政局(区委社会工委)', '市发改委(ppp)', '高新园(邹区镇)'].map(withoutPinyin))
      .toEqual(['县发改局(粮食局)', '区民政局(区委社会工委)', '市发改委(ppp)', '高新园(邹区镇)']);
  });
});
