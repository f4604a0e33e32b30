// Unit lists as people write them: "等/等相关/等有关…" trimmed, and 和/及/以及/与 split between two units — never inside one name.

/**
 * "等", "等部门", "等相关区直部门", "等有关单位" after a name, wherever the name stands in the cell.
 * 高等/中等/同等/平等/对等/均等 are words, not "and the like".
 */
// (the character before 等 is matched, not looked behind at: Safari before 16.4 cannot parse a lookbehind)
const ETC_TAIL = /(^|[^高中初同平对均])等(?:相关|有关|其他|其它|各)?(?:[\u4e00-\u9fff]{0,6}?(?:部门|单位|乡镇|镇|街道|镇街|科室|股室|处室|机构|企业|县区|区县|成员单位|方面))?$/;

/** The name with a trailing "等…部门" taken off; the name itself when nothing would be left. */
export function trimEtc(name: string): string {
  const m = ETC_TAIL.exec(name);
  const at = m ? m.index + m[1].length : -1; // where 等 starts
  if (!m || at < 2) return name;
  return name.slice(0, at);
}

/** Role words a list's last name may still carry ("…县政府负责", "…市人民政府配合", "…政府分工负责"): unit-roles reads them later. */
export const ROLE_TAIL = '(?:分别|共同)?(?:牵头负责|牵头落实|牵头|负总责|主办|具体负责|负责落实|负责|配合落实|配合|参与|协助|协办|协同|按(?:照)?职责分工负责|按(?:照)?职责分工|分工负责)?';

/** Endings of a unit name: a piece ending so can stand alone before 和/及 ("市委宣传部和市文明办"). */
export const UNIT_END = /(?:局|委|办|部|院|所|站|台|社|行|队|会|团|联|协|厅|处|科|办公室|科室|股|组|镇|乡|中心|政府|管委|公司|街道|社区|单位|部门|集团|馆|园区|区|人大|政协|法院|检察院)$/;
/** A right-hand part that is a unit, a group or a vague reference ("州直相关单位", "各镇（街道）"). */
export const GROUPISH = /^各|相关|有关|所属|成员/;
const CONJUNCTION = /以及|和|及|与/g;

/**
 * Splits a name at 和/及/以及/与 where both sides are units: the left ends as a unit does (局, 委, 办 …) or
 * `isName` knows it, and the right is one too. "市文化和旅游局", "市发展和改革委员会" and any name `isName`
 * knows stay whole.
 */
export function splitConjunctions(piece: string, isName?: (name: string) => boolean): string[] {
  if (!/和|及|与/.test(piece) || isName?.(piece)) return [piece];
  const out: string[] = [];
  let start = 0;
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(piece); m; m = CONJUNCTION.exec(piece)) {
    const left = piece.slice(start, m.index);
    const right = piece.slice(m.index + m[0].length);
    if (left.length < 2 || right.length < 2 || /[（(][^）)]*$/.test(left)) continue; // never inside brackets
    // a unit's office may close its name in brackets ("环保局(宣)及各相关单位": the bureau's 宣教科)
    const leftIsUnit = UNIT_END.test(left.replace(/[（(][^（()）]*[）)]$/, '')) || isName?.(left) === true;
    const rightIsUnit = UNIT_END.test(right.replace(/[（(][^）)]*[）)]$/, '')) || GROUPISH.test(right) || isName?.(right) === true;
    if (!leftIsUnit || !rightIsUnit) continue;
    out.push(left);
    start = m.index + m[0].length;
  }
  out.push(piece.slice(start));
  return out;
}
