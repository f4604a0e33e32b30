// What a clerk is told about a file that is no .xlsx, by what its bytes are and the name they know it by.
import { notWorkbookMessage } from '../../src/workbook/package/sniff';

test('a WPS .et file is named as WPS 表格 and saved as .xlsx in WPS, an .xls as Excel 97-2003', () => {
  expect(notWorkbookMessage('xls', '任务分工表.et')).toBe('文件“任务分工表.et”是 WPS 表格（.et）文件，督办只能读取 .xlsx：请在 WPS 中“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”后再试');
  expect(notWorkbookMessage('xls', '模板.ETT')).toContain('WPS 表格（.et）');
  expect(notWorkbookMessage('xls', '任务分工表.xls')).toContain('旧版 Excel 97-2003（.xls）');
  expect(notWorkbookMessage('xls', '任务分工表.xlsx')).toContain('旧版 Excel 97-2003（.xls）');
});
