import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { DEPENDENCY_STATUSES, type DependencyStatus } from '../../../../../src/domain/dependencies/types';
import type { Stream } from '../../../../../src/domain/programme';
import type { Language } from '../../i18n/messages';
import type { DependencyFilter } from './dependency-filter';
import { streamName } from './labels';
import { pt } from './messages';
import { vt } from './view-state-messages';

interface Option<T> {
  label: string;
  value: T | null;
}

function Chip({ label, clearLabel, onClear, testId }: { label: string; clearLabel: string; onClear: () => void; testId: string }) {
  return (
    <span data-testid={testId} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, padding: '2px 4px 2px 8px', borderRadius: 12, background: 'var(--ds-background-selected, #e9f2ff)', color: 'var(--ds-text-selected, #0c66e4)' }}>
      {label}
      <button type="button" aria-label={clearLabel} onClick={onClear} style={{ border: 'none', background: 'transparent', cursor: 'pointer', color: 'inherit', fontSize: 14, lineHeight: 1 }}>
        ×
      </button>
    </span>
  );
}

/** The filter above the tabs: chips for the matrix pair, a headline count's narrowing and the focused issue, plus status, stream and text. */
export function FilterBar({ language, streams, filter, onChange }: { language: Language; streams: Stream[]; filter: DependencyFilter; onChange: (next: DependencyFilter) => void }) {
  const statusOptions: Array<Option<DependencyStatus>> = [{ label: pt(language, 'filter.allStatuses'), value: null }, ...DEPENDENCY_STATUSES.map((s) => ({ label: pt(language, `status.${s}`), value: s }))];
  const streamOptions: Array<Option<string>> = [{ label: pt(language, 'filter.allStreams'), value: null }, ...streams.map((s) => ({ label: s.name, value: s.id as string }))];
  const pairLabel = filter.pair
    ? pt(language, 'filter.pair', { waiting: streamName(language, streams, filter.pair.waitingStreamId), blocking: streamName(language, streams, filter.pair.blockingStreamId) })
    : '';
  const focusLabel = filter.focusKey ? pt(language, 'filter.focus', { key: filter.focusKey }) : '';
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0' }}>
      {filter.pair ? <Chip testId="pair-chip" label={pairLabel} clearLabel={pt(language, 'filter.clear', { label: pairLabel })} onClear={() => onChange({ ...filter, pair: null })} /> : null}
      {filter.only ? <Chip testId="only-chip" label={vt(language, `only.${filter.only}`)} clearLabel={pt(language, 'filter.clear', { label: vt(language, `only.${filter.only}`) })} onClear={() => onChange({ ...filter, only: null })} /> : null}
      {filter.focusKey ? <Chip testId="focus-chip" label={focusLabel} clearLabel={pt(language, 'filter.clear', { label: focusLabel })} onClear={() => onChange({ ...filter, focusKey: null })} /> : null}
      <div style={{ width: 180 }}>
        <Select<Option<DependencyStatus>, false>
          inputId="filter-status"
          aria-label={pt(language, 'filter.status')}
          options={statusOptions}
          value={statusOptions.find((o) => o.value === filter.status) ?? statusOptions[0]}
          onChange={(option) => onChange({ ...filter, status: option?.value ?? null })}
        />
      </div>
      <div style={{ width: 220 }}>
        <Select<Option<string>, false>
          inputId="filter-stream"
          aria-label={pt(language, 'filter.stream')}
          options={streamOptions}
          value={streamOptions.find((o) => o.value === filter.streamId) ?? streamOptions[0]}
          onChange={(option) => onChange({ ...filter, streamId: option?.value ?? null })}
        />
      </div>
      <div style={{ width: 240 }}>
        <Textfield
          aria-label={pt(language, 'filter.text')}
          placeholder={pt(language, 'filter.text')}
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.currentTarget.value })}
        />
      </div>
    </div>
  );
}
