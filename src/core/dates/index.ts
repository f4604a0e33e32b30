// Dates: civil dates, Excel serials (1900/1904), the China working-day calendar, Chinese numerals.
export * from './calendar';
export * from './civil-date';
export * from './date-values';
export * from './numerals';
export * from './holiday-notice';
export * from './lunar-new-year';
