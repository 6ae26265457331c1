import { components, type MultiValueGenericProps, type MultiValueRemoveProps } from '@atlaskit/select';
import { formatMessage } from './format';
import type { Language } from './messages';

/**
 * @atlaskit/select speaks English to screen readers ("Remove Nutzung des Angebotes", "option X, selected", "3 results
 * available"). Spread `selectWords(language)` into a Select to have it speak the user's language instead.
 */
const WORDS = {
  en: {
    remove: 'Remove {label}',
    selected: '{label} selected.',
    deselected: '{label} removed.',
    cleared: 'All chosen options removed.',
    results: '{status} for “{input}”.',
    status: '{count, plural, =0 {No results} one {# result available} other {# results available}}',
    noOptions: 'No options',
    loading: 'Loading…',
  },
  de: {
    remove: '{label} entfernen',
    selected: '{label} ausgewählt.',
    deselected: '{label} entfernt.',
    cleared: 'Alle gewählten Optionen entfernt.',
    results: '{status} für „{input}“.',
    status: '{count, plural, =0 {Keine Treffer} one {# Treffer verfügbar} other {# Treffer verfügbar}}',
    noOptions: 'Keine Optionen',
    loading: 'Wird geladen …',
  },
} as const satisfies Record<Language, Record<string, string>>;

const labelOf = (data: unknown): string => {
  const label = (data as { label?: unknown } | null)?.label;
  return typeof label === 'string' ? label : '';
};

function componentsFor(language: Language) {
  // A label of our own takes react-select off its plain-tag path, whose remove button is hard-wired to English.
  const MultiValueLabel = (props: MultiValueGenericProps) => <components.MultiValueLabel {...props} />;
  const MultiValueRemove = (props: MultiValueRemoveProps) => (
    <components.MultiValueRemove {...props} innerProps={{ ...props.innerProps, 'aria-label': formatMessage(language, WORDS[language].remove, { label: labelOf(props.data) }) }} />
  );
  return { MultiValueLabel, MultiValueRemove };
}
// One set of components per language: new identities on every render would remount every chosen value.
const COMPONENTS = { en: componentsFor('en'), de: componentsFor('de') };

interface LiveChange {
  action: string;
  label?: string;
}

export function selectWords(language: Language) {
  const words = WORDS[language];
  return {
    components: COMPONENTS[language],
    noOptionsMessage: () => words.noOptions,
    loadingMessage: () => words.loading,
    screenReaderStatus: ({ count }: { count: number }) => formatMessage(language, words.status, { count }),
    ariaLiveMessages: {
      onChange: ({ action, label = '' }: LiveChange) => {
        if (action === 'clear') return words.cleared;
        if (!label) return '';
        if (action === 'select-option') return formatMessage(language, words.selected, { label });
        return ['deselect-option', 'pop-value', 'remove-value'].includes(action) ? formatMessage(language, words.deselected, { label }) : '';
      },
      onFilter: ({ inputValue, resultsMessage }: { inputValue: string; resultsMessage: string }) => {
        // `resultsMessage` is our own `screenReaderStatus`, already in the user's language.
        return inputValue ? formatMessage(language, words.results, { status: resultsMessage, input: inputValue }) : '';
      },
    },
  };
}
