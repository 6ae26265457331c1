import type { MeetingView } from '../../../../../src/contract/round-table';
import type { Agenda } from '../../../../../src/domain/round-table/agenda-types';
import type { Series } from '../../../../../src/domain/round-table/series';
import type { Language } from '../../i18n/messages';
import { MinutesItem, type MinutesActions } from './minutes-item';
import { sectionLabel } from './rt-format';
import { usePeople } from './use-people';

/** The minutes: the saved agenda's sections with, per item, the note and the decisions taken on it. */
export function MinutesView({ language, view, agenda, series, siteUrl, actions }: { language: Language; view: MeetingView; agenda: Agenda; series: Series | null; siteUrl: string; actions: MinutesActions }) {
  const people = usePeople(view.decisions.flatMap((d) => (d.ownerAccountId ? [d.ownerAccountId] : [])));
  return (
    <div data-testid="minutes-view">
      {agenda.sections
        .filter((section) => section.items.length > 0)
        .map((section) => (
          <section key={section.sectionId} aria-labelledby={`minutes-${section.sectionId}`} style={{ marginTop: 12 }}>
            <h3 id={`minutes-${section.sectionId}`} style={{ fontSize: 14, margin: '0 0 4px' }}>{sectionLabel(language, series, section.sectionId)}</h3>
            <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {section.items.map((item) => (
                <MinutesItem key={item.id} language={language} view={view} item={item} siteUrl={siteUrl} people={people} actions={actions} />
              ))}
            </ol>
          </section>
        ))}
    </div>
  );
}
