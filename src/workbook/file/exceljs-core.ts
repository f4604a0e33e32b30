// exceljs's Workbook and value types, without the streaming reader and writer that the package's entry also loads
// (unzipper, archiver, fast-csv's streams: about 170 ms of each command that opens a workbook through exceljs).
// The browser build replaces this module with exceljs-core.browser.ts (webpack.config.js).
import type ExcelJS from 'exceljs';

/* eslint-disable @typescript-eslint/no-require-imports */
export const Workbook: typeof ExcelJS.Workbook = require('exceljs/lib/doc/workbook');
export const ValueType: typeof ExcelJS.ValueType = require('exceljs/lib/doc/enums').ValueType;
