// Sheets: the grid model, header synonyms, and the readers and templates of every sheet Duban knows.
export * from './column-map';
export * from './csv';
export * from './grid';
export * from './header-roles';
export * from './headers';
export * from './holiday-sheet';
export * from './ledger-sheet';
export * from './locate';
export * from './media-sheet';
export * from './range-tables';
export * from './rules-sheet';
export * from './sample';
export * from './settings-sheet';
export * from './sheet-spec';
export * from './spotcheck-sheet';
export * from './task-sheet';
export * from './template';
