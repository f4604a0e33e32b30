// What work the 通报 and its sheets are about: 宣传工作 by default, or 设置 通报事项 (政务信息工作, 信息报送及采用 …) — its one home.

/** The work when 设置 names none. */
export const DEFAULT_WORK = '宣传工作';

/**
 * The work's name from 设置 通报事项: offices of 信息 work title their 通报 by it — 潜江市 「关于2023年上半年政务信息报送及
 * 采用情况的通报」, 内蒙古计生协 「关于2024年二季度信息报送及采用情况的通报」, 温县 「关于（三）季度全县政务信息工作情况的通报」 — where a 宣传 office
 * writes 宣传工作. A trailing 情况 or 的通报 the clerk copied from a title is dropped; 宣传工作 when 设置 has none.
 */
export function workName(setting: string | undefined): string {
  const text = (setting ?? '').replace(/\s+/g, '').replace(/[。；;，,]+$/, '').replace(/(?:的)?通报$/, '').replace(/情况$/, '');
  return text || DEFAULT_WORK;
}

/** The work as a noun for honours and closings: 「政务信息工作」, 「信息报送及采用工作」 (吉林省工商局: 「…政务信息工作优秀信息员」). */
export const workNoun = (work: string) => (/工作$/.test(work) ? work : `${work}工作`);
