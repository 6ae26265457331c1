import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import type { Language } from '../../i18n/messages';
import { ColourPicker } from './colour-picker';
import { FieldProblem, hintStyle, labelStyle } from './field-message';
import { OwnerField } from './owner-field';
import type { Problem } from './settings-draft';
import { settingsText } from './settings-messages';
import type { StreamDraft } from './stream-draft';
import type { JqlCheck } from './use-jql-checks';

export interface StreamRowProps {
  language: Language;
  stream: StreamDraft;
  position: number;
  count: number;
  problems: Problem[];
  check: JqlCheck | undefined;
  onChange: (change: Partial<StreamDraft>) => void;
  onCheck: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

function JqlVerdict({ language, check, jql }: { language: Language; check: JqlCheck | undefined; jql: string }) {
  // A verdict about text the admin has since changed says nothing about the field any more.
  if (!check || check.jql !== jql.trim()) return null;
  if (check.state === 'checking') return <p style={hintStyle}>{settingsText(language, 'stream.checking')}</p>;
  if (check.state === 'valid') return <p style={{ ...hintStyle, color: 'var(--ds-text-success, #216e4e)' }}>{settingsText(language, 'stream.jqlValid')}</p>;
  return (
    <ul role="alert" data-testid="jql-errors" style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0 0', paddingLeft: 16 }}>
      {check.messages.map((m) => <li key={m}>{m}</li>)}
    </ul>
  );
}

/** One stream: name, JQL with Jira's verdict, owner, colour, and the move and delete buttons. */
export function StreamRow({ language, stream, position, count, problems, check, onChange, onCheck, onMove, onDelete }: StreamRowProps) {
  const at = (name: string) => `streams.${stream.key}.${name}`;
  const has = (name: string) => problems.some((p) => p.field === at(name));
  const name = stream.name.trim() || settingsText(language, 'stream.unnamed');
  const jqlInvalid = has('jql') || (check?.state === 'invalid' && check.jql === stream.jql.trim());
  return (
    <li data-testid={`stream-${position}`} style={{ listStyle: 'none', border: '1px solid var(--ds-border, #091e4224)', borderLeft: `6px solid ${stream.colour}`, borderRadius: 4, padding: 12, marginBottom: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center' }}>
        <strong>{position + 1}. {name}</strong>
        <div style={{ display: 'flex', gap: 4 }}>
          <Button spacing="compact" aria-label={settingsText(language, 'stream.moveUp', { name })} isDisabled={position === 0} onClick={() => onMove(-1)}>↑</Button>
          <Button spacing="compact" aria-label={settingsText(language, 'stream.moveDown', { name })} isDisabled={position === count - 1} onClick={() => onMove(1)}>↓</Button>
          <Button spacing="compact" appearance="subtle" aria-label={settingsText(language, 'stream.delete', { name })} onClick={onDelete}>✕</Button>
        </div>
      </div>
      <label htmlFor={at('name')} style={labelStyle}>{settingsText(language, 'stream.name')}</label>
      <Textfield id={at('name')} value={stream.name} isInvalid={has('name')} onChange={(e) => onChange({ name: e.currentTarget.value })} />
      <FieldProblem language={language} problems={problems} field={at('name')} />
      <p style={hintStyle} data-testid="stream-id">{settingsText(language, stream.isNew ? 'stream.idNew' : 'stream.id', { id: stream.id || '—' })}</p>
      <label htmlFor={at('jql')} style={labelStyle}>{settingsText(language, 'stream.jql')}</label>
      <div style={{ display: 'flex', gap: 8 }}>
        <div style={{ flex: 1 }}>
          <Textfield id={at('jql')} value={stream.jql} isInvalid={jqlInvalid} isMonospaced onChange={(e) => onChange({ jql: e.currentTarget.value })} onBlur={onCheck} />
        </div>
        <Button onClick={onCheck} isDisabled={stream.jql.trim() === ''}>{settingsText(language, 'stream.check')}</Button>
      </div>
      <FieldProblem language={language} problems={problems} field={at('jql')} />
      <JqlVerdict language={language} check={check} jql={stream.jql} />
      <OwnerField language={language} id={at('owner')} accountId={stream.ownerAccountId} onChange={(ownerAccountId) => onChange({ ownerAccountId })} />
      <FieldProblem language={language} problems={problems} field={at('owner')} />
      <span style={labelStyle}>{settingsText(language, 'stream.colour')}</span>
      <ColourPicker language={language} id={at('colour')} value={stream.colour} invalid={has('colour')} onChange={(colour) => onChange({ colour })} />
      <FieldProblem language={language} problems={problems} field={at('colour')} />
    </li>
  );
}
