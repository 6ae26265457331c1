import { AutoDismissFlag, FlagGroup } from '@atlaskit/flag';

export interface FlagMessage {
  id: string;
  text: string;
}

/** Success messages in the corner (created, removed); they dismiss themselves after a few seconds. */
export function SuccessFlags({ flags, onDismiss }: { flags: FlagMessage[]; onDismiss: (id: string) => void }) {
  return (
    <FlagGroup onDismissed={(id) => onDismiss(String(id))}>
      {flags.map((flag) => (
        <AutoDismissFlag key={flag.id} id={flag.id} appearance="success" title={flag.text} testId="success-flag" />
      ))}
    </FlagGroup>
  );
}
