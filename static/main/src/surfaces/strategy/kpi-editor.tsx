import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Textfield from '@atlaskit/textfield';
import type { Language } from '../../i18n/messages';
import { emptyKpi, type DraftProblem, type KpiDraft } from './node-draft';
import { FormProblem, formLabel } from './form-parts';
import { st } from './strategy-messages';

const NUMBER_FIELDS = ['baseline', 'target', 'current'] as const;

/** The node's KPIs as rows of fields; numbers are typed as text and checked before saving. */
export function KpiEditor({ language, kpis, problems, onChange }: { language: Language; kpis: KpiDraft[]; problems: DraftProblem[]; onChange: (kpis: KpiDraft[]) => void }) {
  const set = (id: string, change: Partial<KpiDraft>) => onChange(kpis.map((k) => (k.id === id ? { ...k, ...change } : k)));
  const invalid = (field: string) => problems.some((p) => p.field === field);
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
      <legend style={formLabel}>{st(language, 'form.kpis')}</legend>
      {kpis.map((kpi, index) => {
        const at = (name: string) => `kpis.${kpi.id}.${name}`;
        const name = kpi.name.trim() || st(language, 'form.kpiNumber', { number: index + 1 });
        return (
          <div key={kpi.id} data-testid="kpi-draft" role="group" aria-label={name} style={{ border: '1px solid var(--ds-border, #091e4224)', borderRadius: 4, padding: 8, marginBottom: 8 }}>
            <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8 }}>
              <div>
                <label htmlFor={at('name')} style={formLabel}>{st(language, 'kpi.name')}</label>
                <Textfield id={at('name')} value={kpi.name} isInvalid={invalid(at('name'))} onChange={(e) => set(kpi.id, { name: e.currentTarget.value })} />
                <FormProblem language={language} problems={problems} field={at('name')} />
              </div>
              <div>
                <label htmlFor={at('unit')} style={formLabel}>{st(language, 'kpi.unit')}</label>
                <Textfield id={at('unit')} value={kpi.unit} onChange={(e) => set(kpi.id, { unit: e.currentTarget.value })} />
              </div>
            </div>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 8 }}>
              {NUMBER_FIELDS.map((field) => (
                <div key={field}>
                  <label htmlFor={at(field)} style={formLabel}>{st(language, `kpi.${field}`)}</label>
                  <Textfield id={at(field)} inputMode="decimal" value={kpi[field]} isInvalid={invalid(at(field))} onChange={(e) => set(kpi.id, { [field]: e.currentTarget.value })} />
                  <FormProblem language={language} problems={problems} field={at(field)} />
                </div>
              ))}
              <div>
                <label htmlFor={at('asOf')} style={formLabel}>{st(language, 'kpi.asOf')}</label>
                <Textfield id={at('asOf')} type="date" value={kpi.asOf} isInvalid={invalid(at('asOf'))} onChange={(e) => set(kpi.id, { asOf: e.currentTarget.value })} />
                <FormProblem language={language} problems={problems} field={at('asOf')} />
              </div>
            </div>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 4 }}>
              <Checkbox label={st(language, 'form.higherIsBetter')} isChecked={kpi.higherIsBetter} onChange={(e) => set(kpi.id, { higherIsBetter: e.currentTarget.checked })} />
              <Button appearance="subtle" spacing="compact" onClick={() => onChange(kpis.filter((k) => k.id !== kpi.id))}>{st(language, 'form.kpiRemove', { name })}</Button>
            </div>
          </div>
        );
      })}
      <FormProblem language={language} problems={problems} field="kpis" />
      <Button spacing="compact" onClick={() => onChange([...kpis, emptyKpi()])}>{st(language, 'form.kpiAdd')}</Button>
    </fieldset>
  );
}
