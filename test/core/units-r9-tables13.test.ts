// Units cells as round 9's real tables write them: square brackets around units holding round ones, 县属有关部门 (vague).
import { splitUnitRoles, unwrapBrackets } from '../../src/core/units/unit-roles';

describe('units cells of round 9\'s tables', () => {
  test('嘉鱼 2021: square brackets where the units hold round ones are read inside', () => {
    const cell = '[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]';
    expect(unwrapBrackets(cell)).toBe('牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区');
    const roles = splitUnitRoles(cell, 'lead');
    expect([roles.lead, roles.coop]).toEqual([['县发改局(粮食局)'], ['各镇人民政府', '嘉鱼经济开发区']]);
    // two bracketed parts are no wrapping
    expect(unwrapBrackets('[县财政局](县税务局)')).toBe('[县财政局](县税务局)');
  });
  test('嵊泗 2023: 县属有关部门 names no definite set', () => {
    const roles = splitUnitRoles('县发改局、县人力社保局、县农业农村局、县属有关部门、各乡镇人民政府', 'lead');
    expect(roles.lead).toEqual(['县发改局', '县人力社保局', '县农业农村局', '各乡镇人民政府']);
    expect(roles.vague).toEqual(['县属有关部门']);
  });
});
