// Returns: 填报表 out to the units, their returns and Word submissions merged into the ledger, and who has not reported.
export * from './form';
export * from './return-reader';
export * from './collect';
export * from './collect-sheet';
export * from './submission-name';
export * from './reminders';
export * from './apply';
export * from './returned-text';
export * from './intake';
export * from './form-identity';
export * from './return-rows';
export * from './merge-progress';
export * from './collect-items';
export * from './returned-dates';
export * from './extra-columns';
export * from './submission-text';
export * from './ledger-index';
