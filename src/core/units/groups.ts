// Group names (各镇, 区直各责任单位, 市民生工作领导小组成员单位): how to tell one, and the key near-identical spellings share.

/** A name that reads as a group of units rather than one unit: 各镇, 区直各责任单位, 成员单位, 县直有关部门. */
const GROUP_LIKE = /^各|各.{0,8}(?:单位|部门|镇|乡|街道|县区|社区)$|^[区县市州]直(?:各|有关|相关)?.{0,4}(?:单位|部门)$|成员单位$|(?:有关|相关|成员)(?:单位|部门)$/;

/** Whether a (normalised) name reads as a group of units. */
export function isGroupLikeName(name: string): boolean {
  return GROUP_LIKE.test(name.replace(/\s+/g, ''));
}

/**
 * The key under which near-identical group names meet, from a normalised name: 区直各责任单位,
 * 区直责任单位 and 区直各责任部门 are one group (各/有关/相关 dropped, 部门 read as 单位). Null for a
 * name that is no group.
 */
export function looseGroupKey(normalized: string): string | null {
  if (!isGroupLikeName(normalized)) return null;
  return normalized.replace(/各|有关|相关/g, '').replace(/(?:部门单位|部门)$/, '单位') || normalized;
}
