// Plans: a 宣传方案's text → its measures (units, deadline, quota, source paragraph) for a 任务分工表.
export * from './attachments';
export * from './outline';
export * from './phrases';
export * from './plan-table';
export * from './plan-units';
export * from './read-plan';
export { toSimplified } from '../sheets/traditional';
export * from './plan-sheets';
export * from './web-copy';
