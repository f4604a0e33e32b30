// The deadline phrases of real tables (test/fixtures/real/deadline-phrases.json) as clerks also type them — full-width
// digits, a space before 年/月/日, a line break inside the cell, a closing 。 — must read as the phrase itself does.
import { readFileSync } from 'fs';
import * as path from 'path';
import { formatISO } from '../src/core/dates/civil-date';
import { deadlineJsonKind, parseDeadline } from '../src/core/deadlines/deadline';

interface Phrase { text: string; year: number; kind: string; date?: string; source: string }
const PHRASES = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'real', 'deadline-phrases.json'), 'utf8')) as Phrase[];

const VARIANTS: readonly (readonly [string, (t: string) => string])[] = [
  ['full-width digits', (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ['a space before 年, 月 and 日', (t) => t.replace(/(\d)([年月日])/g, '$1 $2')],
  ['a line break after the year it starts with (Alt+Enter in a narrow cell)', (t) => t.replace(/^((?:于|在)?\d{4}年)(?=.)/, '$1\n')],
  ['a closing 。', (t) => (/[。.]$/.test(t) ? t : `${t}。`)],
];

const read = (text: string, year: number) => {
  const d = parseDeadline(text, year);
  return d.kind === 'date' ? { kind: 'date', date: formatISO(d.date) } : { kind: deadlineJsonKind(d) };
};

describe.each(VARIANTS)('deadline phrases with %s', (_name, change) => {
  const changed = PHRASES.filter((p) => change(p.text) !== p.text);
  test.each(changed.map((p) => [change(p.text), p] as const))('%s', (text, p) => {
    expect(read(text, p.year)).toEqual(p.kind === 'date' ? { kind: 'date', date: p.date } : { kind: p.kind });
  });
});
