// A task's status from its deadline, whether it is done (and when), and the as-of date.
import { CivilDate, compareDates } from '../dates/civil-date';
import type { WorkCalendar } from '../dates/calendar';
import { DateDeadline, Deadline } from './deadline';
import { onWorkday } from './recurring';

export type TaskStatus = 'done' | 'done_late' | 'overdue' | 'pending' | 'recurring' | 'ongoing' | 'unknown';

/** What the clerk and the leader read for each status. */
export const TASK_STATUS_LABEL: Readonly<Record<TaskStatus, string>> = {
  done: '已完成',
  done_late: '逾期完成',
  overdue: '逾期',
  pending: '未到期',
  recurring: '周期性',
  ongoing: '长期',
  unknown: '无法判断',
};

const DONE = /已完成|已办结|已落实|已结束|^完成$|^已?办结$|^是$|^√$|^✓$|^100(?:\.0+)?\s*[%％]$/;
export const NOT_DONE = /未|尚未|进行|推进|正在|开展中|^否$/;

/** 已完成 with what was finished after it ("已完成立项", "已完成投资3000万元", "已完成80%"): a stage of the task, not the task done. */
const STAGE_DONE = /已完成(?=[\u4e00-\u9fff\d])/g;
/** …unless what was finished is the whole task ("已完成全年任务", "已全部完成", "已完成100%"). */
const WHOLE_DONE = /已完成(?:全部|全年|年度|各项|既定|本项|该项|此项)?(?:目标)?任务|已(?:全部|按期|提前)完成|已完成100(?:\.0+)?\s*[%％]/;

/** Whether a 完成情况 cell says the task is done. */
export function isDoneText(text: string): boolean {
  if (NOT_DONE.test(text)) return false;
  return WHOLE_DONE.test(text) || DONE.test(text.replace(STAGE_DONE, ''));
}

/**
 * The day a dated task is due: the date written, moved to a working day when the cell says so ("12月15日前，遇节假日顺延"
 * and 12月15日 a Sunday: 12月16日) and a calendar is given. A year the calendar lacks keeps the written date
 * (validation says CALENDAR_NOT_COVERED), never a guess.
 */
export function effectiveDueDate(deadline: DateDeadline, calendar?: WorkCalendar): CivilDate {
  return onWorkday(deadline.date, deadline.onRestDay, calendar);
}

/**
 * Status of a task: a dated task is overdue when due before the as-of date and not done;
 * recurring and ongoing tasks are never overdue.
 */
export function taskStatus(deadline: Deadline, done: boolean, doneDate: CivilDate | null, asOf: CivilDate, calendar?: WorkCalendar): TaskStatus {
  if (deadline.kind === 'date') {
    const due = effectiveDueDate(deadline, calendar);
    if (done) return doneDate && compareDates(doneDate, due) > 0 ? 'done_late' : 'done';
    return compareDates(due, asOf) < 0 ? 'overdue' : 'pending';
  }
  if (done) return 'done';
  if (deadline.kind === 'recurring') return 'recurring';
  if (deadline.kind === 'ongoing') return 'ongoing';
  return 'unknown';
}
