import type { FormikErrors } from 'formik';

/**
 * The steps of the form, in the order of issue 3: each owns the top-level fields it validates
 * before "Suivant" (and where an error of the API sends the agent back to).
 */
export const STEPS = [
  { id: 'service', title: 'Votre service', fields: ['sender'] },
  { id: 'nature', title: 'Nature de la saisine', fields: ['kind'] },
  { id: 'faits', title: 'Les faits et leur lieu', fields: ['facts', 'juridictionId', 'parquetSpecialiseId', 'routingReason'] },
  { id: 'personnes', title: 'Personnes concernées', fields: ['persons'] },
  { id: 'qualification', title: 'Qualification et urgence', fields: ['qualification', 'natinf', 'urgent', 'urgencyReason'] },
  { id: 'pieces', title: 'Pièces jointes', fields: ['attachmentIds'] },
  { id: 'recapitulatif', title: 'Récapitulatif', fields: [] },
] as const satisfies readonly { id: string; title: string; fields: readonly string[] }[];

export type StepId = (typeof STEPS)[number]['id'];
export type Step = (typeof STEPS)[number];

export const FIRST_STEP: StepId = 'service';
export const SUMMARY_STEP: StepId = 'recapitulatif';

export const isStepId = (value: unknown): value is StepId => STEPS.some((step) => step.id === value);

export const stepIndex = (id: StepId): number => STEPS.findIndex((step) => step.id === id);

export const stepById = (id: StepId): Step => STEPS[Math.max(0, stepIndex(id))];

/** The step that shows a field, from its path (`facts.narrative`, `persons[1].siret`, `persons.1.siret`). */
export function stepOfPath(path: string): Step | undefined {
  const top = path.split(/[.[]/, 1)[0];
  return STEPS.find((step) => (step.fields as readonly string[]).includes(top));
}

/** The errors of one step only: the rest of the form is checked when the agent gets there. */
export function errorsOfStep<T>(errors: FormikErrors<T>, step: Step): FormikErrors<T> {
  const fields = step.fields as readonly string[];
  return Object.fromEntries(Object.entries(errors).filter(([key, value]) => fields.includes(key) && value !== undefined)) as FormikErrors<T>;
}

/** The first step, in the form's order, that has an error. */
export function firstStepWithErrors<T>(errors: FormikErrors<T>): Step | undefined {
  return STEPS.find((step) => Object.keys(errorsOfStep(errors, step)).length > 0);
}
