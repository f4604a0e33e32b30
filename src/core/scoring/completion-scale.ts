// 按完成比例得分: a unit's points as a share of its own 目标分, full marks once the target is reached (“未完成基本分按完成比例得分，完成基本分得100分”).
import { PointsUnit } from './points-unit';

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The 折算 part bringing `raw` points to `full` × raw ÷ target, at most `full`; null when the unit has no target in the window. */
export function completionScale(raw: number, target: number, full: number, unit: PointsUnit): { label: string; detail: string; points: number } | null {
  if (target <= 0) return null;
  const scaled = Math.min(full, (raw * full) / target);
  const rounded = Math.round(scaled * 100) / 100;
  const reached = raw >= target;
  return {
    label: `按完成比例折算（目标${fmt(target)}${unit}，完成目标计${fmt(full)}${unit}）`,
    detail: reached
      ? `完成${fmt(raw)}${unit}，达到目标${fmt(target)}${unit}，计${fmt(full)}${unit}`
      : `完成${fmt(raw)}${unit} ÷ 目标${fmt(target)}${unit} × ${fmt(full)} = ${fmt(rounded)}`,
    points: rounded - raw,
  };
}
