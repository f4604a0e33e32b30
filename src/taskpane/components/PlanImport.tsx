// 导入方案: pick a .docx/.txt or paste text, review each measure found (editable, with its paragraph), then write it.
import { Badge, Button, Caption1, Field, Input, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular, TextBulletListSquare20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { Plan } from '../../core/plans/read-plan';
import { quotaCell } from '../../core/plans/plan-sheets';
import { describeError } from '../errors';
import { MeasureEdit, PlanSource, applyEdits, planOf, readPlanSource } from '../plan-import';
import { Strings } from '../strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '12px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '8px', margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '8px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  head: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

export interface PlanImportProps {
  readonly t: Strings;
  /** Writes the reviewed plan; returns the names written. */
  readonly onWrite: (plan: Plan, source: string) => Promise<string[]>;
  /** The label of the write button (a new sheet in Excel, a new workbook in the browser page). */
  readonly writeLabel: string;
}

export function PlanImport({ t, onWrite, writeLabel }: PlanImportProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [doc, setDoc] = useState<PlanSource | null>(null);
  const [source, setSource] = useState('');
  const [edits, setEdits] = useState<Map<number, MeasureEdit>>(new Map());
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  /** Shows a reading of the document: what was found, from where, what was cleaned, what is missing. */
  const show = (source: PlanSource, basis?: Plan['basis']) => {
    const found = planOf(source, basis);
    setPlan(found);
    setEdits(new Map());
    const months = found.publicityMonths.map((m) => `${m}月`).join('、');
    const lines = [found.measures.length ? t.planFound(found.measures.length, found.measures.filter((m) => m.unsure).length, found.year, months) : t.planNone];
    if (found.basis === 'table') lines.push(t.planBasisTable(found.context.length));
    else if (found.hasTable) lines.push(t.planBasisText(found.context.length));
    if (found.cleaning.boilerplate.length + found.cleaning.chunks > 0) lines.push(t.planCleaned(found.cleaning.boilerplate.length, found.cleaning.chunks));
    if (found.cleaning.warning) lines.push(found.cleaning.warning);
    if (found.year === null && found.measures.length) lines.push(t.planYearMissing);
    // doubts that are no measure (a notice's dated duty, a dated line outside the items): named, never lost unseen
    const measured = new Set(found.measures.map((m) => m.paragraph));
    const others = found.unsure.filter((u) => !measured.has(u.paragraph));
    if (others.length) lines.push(t.planOtherDoubts(others.map((u) => `${t.planParagraph(u.paragraph)}（${u.why}）`).join('；')));
    setNote(lines.join(' '));
  };

  const read = async (input: Parameters<typeof readPlanSource>[0], name: string) => {
    setBusy(true);
    setNote(null);
    try {
      const source = await readPlanSource(input);
      setDoc(source);
      setSource(name);
      show(source);
    } catch (error) {
      setNote(describeError(error, t));
    } finally {
      setBusy(false);
    }
  };

  const edit = (i: number, patch: MeasureEdit) => setEdits((prev) => new Map(prev).set(i, { ...prev.get(i), ...patch }));

  const write = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      setNote(t.planWritten(await onWrite(applyEdits(plan, edits), source)));
    } catch (error) {
      setNote(describeError(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.box} aria-label={t.planTitle} data-testid="plan-import">
      <Subtitle2>{t.planTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{t.planHint}</Caption1>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="plan-file"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) await read({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, file.name);
        }}
      />
      <Field label={t.planPaste} size="small">
        <Textarea size="small" resize="vertical" value={text} disabled={busy} onChange={(_e, d) => setText(d.value)} data-testid="plan-text" />
      </Field>
      <div className={styles.row}>
        <Button size="small" icon={<DocumentArrowUp20Regular />} disabled={busy} onClick={() => fileInput.current?.click()}>
          {t.planPick}
        </Button>
        <Button size="small" icon={<TextBulletListSquare20Regular />} disabled={busy || !text.trim()} onClick={() => void read({ text }, t.planPaste)}>
          {t.planRead}
        </Button>
      </div>
      {note && <Caption1 data-testid="plan-note">{note}</Caption1>}
      {plan && doc && plan.hasTable && (
        <div className={styles.row}>
          <Button size="small" disabled={busy} data-testid="plan-switch" onClick={() => show(doc, plan.basis === 'table' ? 'text' : 'table')}>
            {plan.basis === 'table' ? t.planUseText : t.planUseTable}
          </Button>
        </div>
      )}
      {plan && plan.measures.length > 0 && (
        <>
          <ol className={styles.list} data-testid="plan-measures">
            {plan.measures.map((m, i) => {
              const e = edits.get(i) ?? {};
              const why = plan.unsure.find((u) => u.paragraph === m.paragraph)?.why;
              return (
                <li key={`${m.paragraph}-${i}`} className={styles.item} data-paragraph={m.paragraph}>
                  <div className={styles.head}>
                    <Badge appearance="outline" size="small">{t.planParagraph(m.paragraph)}</Badge>
                    {m.seq && <Badge appearance="tint" size="small">{t.planSeq(m.seq)}</Badge>}
                    {m.title && <Caption1>{m.title}</Caption1>}
                    {m.unsure && <Badge color="warning" size="small">{t.planUnsure(why ?? '')}</Badge>}
                  </div>
                  <Textarea size="small" aria-label={t.planTask} value={e.task ?? m.task} onChange={(_ev, d) => edit(i, { task: d.value })} />
                  <Input size="small" aria-label={t.planLead} placeholder={t.planLead} value={e.lead ?? m.lead.join('、')} onChange={(_ev, d) => edit(i, { lead: d.value })} />
                  <Input size="small" aria-label={t.planCoop} placeholder={t.planCoop} value={e.coop ?? m.coop.join('、')} onChange={(_ev, d) => edit(i, { coop: d.value })} />
                  <div className={styles.row}>
                    <Input size="small" aria-label={t.planDeadline} placeholder={t.planDeadline} value={e.deadline ?? m.deadline.text ?? ''} onChange={(_ev, d) => edit(i, { deadline: d.value })} />
                    <Input size="small" aria-label={t.planQuota} placeholder={t.planQuota} value={e.quota ?? quotaCell(m) ?? ''} onChange={(_ev, d) => edit(i, { quota: d.value })} />
                  </div>
                </li>
              );
            })}
          </ol>
          <Button appearance="primary" disabled={busy} onClick={() => void write()}>
            {writeLabel}
          </Button>
        </>
      )}
    </section>
  );
}
