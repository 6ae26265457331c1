import Button from '@atlaskit/button/new';
import { Fragment, useState } from 'react';
import type { SettingsView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { EmptyState } from '../../states';
import { FieldProblem, hintStyle, sectionStyle } from './field-message';
import { FirstRunOffer } from './first-run-offer';
import { offersFirstRun, streamsFromProjects } from './first-run';
import type { Problem } from './settings-draft';
import { settingsText } from './settings-messages';
import { moveStream, nextColour, withDerivedIds, type StreamDraft } from './stream-draft';
import { DeleteConfirmation } from './stream-delete-confirmation';
import { StreamRow } from './stream-row';
import type { JqlCheck } from './use-jql-checks';

export interface StreamsSectionProps {
  language: Language;
  view: SettingsView;
  streams: StreamDraft[];
  problems: Problem[];
  checks: ReadonlyMap<string, JqlCheck>;
  onStreams: (streams: StreamDraft[]) => void;
  onCheck: (streamKey: string, jql: string) => void;
}

let newStreamCount = 0;

/** The ordered stream list with create, edit, reorder and delete (after a confirmation). */
export function StreamsSection({ language, view, streams, problems, checks, onStreams, onCheck }: StreamsSectionProps) {
  const [deleting, setDeleting] = useState<StreamDraft | null>(null);
  // New streams take their id from their name: recompute after every change to the list.
  const update = (next: StreamDraft[]) => onStreams(withDerivedIds(next));
  const add = () => {
    newStreamCount += 1;
    update([...streams, { key: `new-${newStreamCount}`, id: '', isNew: true, name: '', jql: '', ownerAccountId: '', colour: nextColour(streams.map((s) => s.colour)) }]);
  };
  return (
    <section aria-labelledby="streams-title" style={sectionStyle}>
      <h2 id="streams-title">{settingsText(language, 'streams.title')}</h2>
      <p style={hintStyle}>{settingsText(language, 'streams.hint')}</p>
      {offersFirstRun(view, streams.length) ? <FirstRunOffer language={language} projects={view.projects} onCreate={(keys) => update(streamsFromProjects(view.projects, keys))} /> : null}
      {streams.length === 0 ? <EmptyState>{settingsText(language, 'streams.empty')}</EmptyState> : null}
      <ol style={{ padding: 0 }} aria-label={settingsText(language, 'streams.title')}>
        {streams.map((stream, index) => (
          <Fragment key={stream.key}>
            <StreamRow
              language={language}
              stream={stream}
              position={index}
              count={streams.length}
              problems={problems}
              check={checks.get(stream.key)}
              onChange={(change) => update(streams.map((s) => (s.key === stream.key ? { ...s, ...change } : s)))}
              onCheck={() => onCheck(stream.key, stream.jql)}
              onMove={(delta) => update(moveStream(streams, index, delta))}
              onDelete={() => setDeleting(stream)}
            />
            {deleting?.key === stream.key ? (
              <DeleteConfirmation
                language={language}
                stream={deleting}
                onConfirm={() => {
                  update(streams.filter((s) => s.key !== deleting.key));
                  setDeleting(null);
                }}
                onCancel={() => setDeleting(null)}
              />
            ) : null}
          </Fragment>
        ))}
      </ol>
      <FieldProblem language={language} problems={problems} field="streams" />
      <Button onClick={add}>{settingsText(language, 'streams.add')}</Button>
    </section>
  );
}
