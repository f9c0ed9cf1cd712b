import { emptyPerson, emptySaisine, type SaisineFormValues } from '../form-values';
import { FIRST_STEP, isStepId } from '../steps/steps';

/** One draft per browser: the form's values (never the files), as the agent left them. */
const KEY = 'info-parquet:brouillon-saisine';
const VERSION = 1;

interface StoredDraft {
  version: number;
  savedAt: string;
  values: SaisineFormValues;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The empty form overlaid with what was stored: a draft of an older shape still fills what it can. */
function merge(stored: Record<string, unknown>): SaisineFormValues {
  const empty = emptySaisine();
  const sender = isRecord(stored.sender) ? stored.sender : {};
  const facts = isRecord(stored.facts) ? stored.facts : {};
  return {
    ...empty,
    ...stored,
    sender: { ...empty.sender, ...sender },
    facts: { ...empty.facts, ...facts },
    persons: Array.isArray(stored.persons)
      ? stored.persons.filter(isRecord).map((person) => ({ ...emptyPerson(), ...person }) as SaisineFormValues['persons'][number])
      : [],
    step: isStepId(stored.step) ? stored.step : FIRST_STEP,
  } as SaisineFormValues;
}

/** Storage may be absent, full or refused (private browsing): a draft is a help, never a failure. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(): { values: SaisineFormValues; savedAt: string } | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<StoredDraft>;
    if (stored.version !== VERSION || !isRecord(stored.values)) return null;
    return { values: merge(stored.values), savedAt: String(stored.savedAt ?? '') };
  } catch {
    return null;
  }
}

/** Saves the values, or forgets the draft when the form is back to empty. */
export function saveDraft(values: SaisineFormValues): void {
  try {
    if (JSON.stringify(values) === JSON.stringify(emptySaisine())) {
      storage()?.removeItem(KEY);
      return;
    }
    const draft: StoredDraft = { version: VERSION, savedAt: new Date().toISOString(), values };
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage refused: the form goes on without a draft.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
