// Scoring: per-unit tallies, scores and ranks, the report and the generated summary sheets.
export * from './breakdown';
export * from './engine';
export * from './movement';
export * from './people';
export * from './periods';
export * from './piece-points';
export * from './rule-model';
export * from './rule-rows';
export * from './ranking';
export * from './relative';
export * from './report-text';
export * from './report';
export * from './score-columns';
export * from './scoring-rules';
export * from './summaries';
export * from './summary-layout';
export * from './tally';
