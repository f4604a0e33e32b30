// The 催办通知's title breaks between words, as the 通报's does: seed 000's notice read 「…宣传填报情 / 况的通知」.
import JSZip from 'jszip';
import { reminderFor } from '../../src/core/returns';
import { reminderDocx } from '../../src/documents/reminder-docx';
import { d } from '../helpers/grids';

test('关于催报屯溪区2022年民生工程宣传 / 填报情况的通知: two lines, no word cut', async () => {
  const owed = { unit: '阳湖镇', reason: '', formOwed: false, shortfall: 1, expected: 2, submitted: 1 };
  const reminder = reminderFor(owed, '屯溪区2022年民生工程宣传', { from: d('2022-06-01'), to: d('2022-06-30') }, d('2022-07-07'), '我办');
  expect(reminder.title).toBe('关于催报屯溪区2022年民生工程宣传填报情况的通知');
  const xml = await (await JSZip.loadAsync(await reminderDocx([reminder], '', '2022年7月5日'))).file('word/document.xml')!.async('string');
  const title = /<w:p>.*?<\/w:p>/s.exec(xml.slice(xml.indexOf('<w:body>')))![0];
  const lines = [...title.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((r) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(r[1])?.[1]);
  expect(lines).toEqual(['关于催报屯溪区2022年民生工程宣传', '填报情况的通知']);
  expect((title.match(/<w:br\/>/g) ?? []).length).toBe(1);
});
