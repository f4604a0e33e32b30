// Validation: issues, their Chinese messages, the workbook check, fixes and computed columns.
export * from './check-json';
export * from './check-report';
export * from './computed-columns';
export * from './fixes';
export * from './issue-groups';
export * from './issues';
export * from './messages';
export * from './validate';
