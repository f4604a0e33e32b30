// exceljs-core.ts for the browser build: the same two names from exceljs's browser bundle (aliased in webpack.config.js).
import ExcelJS from 'exceljs';

export const Workbook = ExcelJS.Workbook;
export const ValueType = ExcelJS.ValueType;
