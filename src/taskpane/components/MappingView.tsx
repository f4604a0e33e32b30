// The detected column mapping under the sheet picker: each header column with a role dropdown (the choice is saved in 设置).
import { Caption1, Field, Select } from '@fluentui/react-components';
import { ROLE_NAMES, MappedColumn } from '../../core/sheets/column-map';
import { TaskField } from '../../core/sheets/headers';
import { inferenceReason } from '../../core/validation/messages';
import { Strings } from '../strings';

/** The role names offered: one per field, the short name Duban writes. */
const CHOICES = ROLE_NAMES.filter(([, f], i) => f !== 'responsible' && ROLE_NAMES.findIndex(([, g]) => g === f) === i) as [string, TaskField][];

export function MappingView(props: {
  mapping: readonly MappedColumn[];
  t: Strings;
  disabled: boolean;
  onChange: (col: number, field: TaskField | null) => void;
}) {
  const { mapping, t, disabled, onChange } = props;
  if (mapping.length === 0) return null;
  return (
    <Field label={t.mappingLabel} size="small">
      <div data-testid="mapping" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr auto', gap: '2px 6px', alignItems: 'center' }}>
        {mapping.map((m) => (
          <div key={m.col} style={{ display: 'contents' }} data-testid={`mapping-${m.letter}`}>
            <Caption1>{m.letter}</Caption1>
            <Caption1 title={m.inferred ? `${t.mappingInferred}${inferenceReason(m.inferred)}` : m.header}>
              {m.header || '—'}
              {m.inferred && (
                <span data-testid={`inferred-${m.letter}`} style={{ display: 'block', opacity: 0.75 }}>
                  {t.mappingInferred}
                  {inferenceReason(m.inferred)}
                </span>
              )}
            </Caption1>
            <Select
              size="small"
              aria-label={`${m.letter} ${m.header}`}
              value={m.field ?? ''}
              disabled={disabled}
              onChange={(_e, data) => onChange(m.col, data.value === '' ? null : (data.value as TaskField))}
            >
              <option value="">{t.mappingNone}</option>
              {CHOICES.map(([name, field]) => (
                <option key={field} value={field}>
                  {name}
                </option>
              ))}
            </Select>
          </div>
        ))}
      </div>
    </Field>
  );
}
