// Units written once for the measures below ("（牵头单位：县文旅局，配合单位：各乡镇，下同）"): given to each later measure of the
// same part that names none, as the office wrote them — until a measure names its own or the part ends.
import type { PlanMeasure } from './read-plan';

/** Gives the units of a measure whose list closes with 下同 to the measures after it, in place (`measures` in paragraph order). */
export function carryDown(measures: PlanMeasure[]): void {
  let carried: { lead: string[]; coop: string[]; section: string | null } | null = null;
  measures.forEach((m, i) => {
    if (m.unitsDownward && m.lead.length > 0) {
      carried = { lead: m.lead, coop: m.coop, section: m.section };
      return;
    }
    if (!carried || m.section !== carried.section || m.leadFromHeading) {
      carried = null;
      return;
    }
    // a measure naming its own units ends the run (its own are no 下同); one naming none (or only the subject of its sentence) takes them
    if (m.lead.length > 0 && !m.leadFromSubject) {
      carried = null;
      return;
    }
    measures[i] = { ...m, lead: [...carried.lead], coop: [...carried.coop], unsure: m.cutAtEnd === true, leadFromSubject: undefined };
  });
}
