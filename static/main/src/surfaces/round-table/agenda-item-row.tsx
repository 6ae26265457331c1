import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { KeyboardEvent } from 'react';
import type { AgendaItemView } from '../../../../../src/contract/round-table';
import type { Language } from '../../i18n/messages';
import { IssueLink } from '../programme/issue-link';
import { hint } from './rt-format';
import { rt } from './rt-messages';

const SOURCE_APPEARANCE = { live: 'inprogress', submission: 'new', manual: 'default' } as const;

/** The title a person reads: an item about work they may not browse is named as such, never by its content. */
export function itemTitle(language: Language, item: AgendaItemView): string {
  return item.hidden ? rt(language, 'item.hidden') : item.title;
}

/** An item's source, title, detail and issue links — shared by the agenda builder and the minutes. */
export function ItemSummary({ language, item, siteUrl }: { language: Language; item: AgendaItemView; siteUrl: string }) {
  return (
    <div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Lozenge appearance={SOURCE_APPEARANCE[item.source]}>{rt(language, `source.${item.source}`)}</Lozenge>
        {item.hidden ? <em>{itemTitle(language, item)}</em> : <strong>{item.title}</strong>}
        {item.issueKeys.map((key) => (
          <IssueLink key={key} siteUrl={siteUrl} issueKey={key} />
        ))}
      </div>
      {item.detail ? <p style={{ ...hint, whiteSpace: 'pre-wrap' }}>{item.detail}</p> : null}
    </div>
  );
}

/** One agenda item in the builder: focusable, Alt+↑/↓ moves it; buttons move and drop it. */
export function AgendaItemRow(props: { language: Language; item: AgendaItemView; siteUrl: string; first: boolean; last: boolean; canEdit: boolean; onMove: (by: -1 | 1) => void; onDrop: () => void }) {
  const { language, item } = props;
  const keyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!props.canEdit || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' && !props.first) props.onMove(-1);
    else if (event.key === 'ArrowDown' && !props.last) props.onMove(1);
    else return;
    event.preventDefault();
  };
  return (
    <li tabIndex={props.canEdit ? 0 : -1} onKeyDown={keyDown} data-testid={`agenda-item-${item.id}`} data-item-title={itemTitle(language, item)} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '6px 4px', borderBottom: '1px solid var(--ds-border, #091e4224)' }}>
      <ItemSummary language={language} item={item} siteUrl={props.siteUrl} />
      {props.canEdit ? (
        <span style={{ display: 'flex', gap: 4, alignItems: 'flex-start', flexShrink: 0 }}>
          <Button appearance="subtle" spacing="compact" isDisabled={props.first} aria-label={rt(language, 'item.up', { title: itemTitle(language, item) })} onClick={() => props.onMove(-1)}>↑</Button>
          <Button appearance="subtle" spacing="compact" isDisabled={props.last} aria-label={rt(language, 'item.down', { title: itemTitle(language, item) })} onClick={() => props.onMove(1)}>↓</Button>
          <Button appearance="subtle" spacing="compact" aria-label={rt(language, 'item.drop', { title: itemTitle(language, item) })} onClick={props.onDrop}>✕</Button>
        </span>
      ) : null}
    </li>
  );
}
