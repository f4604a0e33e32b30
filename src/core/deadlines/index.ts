// Deadlines: the Chinese deadline grammar and a task's status against its deadline.
export * from './deadline';
export * from './task-status';
export * from './schedule';
export * from './lead-progress';
export { LUNAR_RUN } from './lunar-days';
