import { SAISINE_KIND_LABELS } from '@info-parquet/common';
import { RadioField } from '../fields/RadioField';

/** What the administration sends: a report (art. 40 CPP), an offence report, a complaint… */
export function NatureSection() {
  return <RadioField name="kind" legend="Type de saisine" required options={SAISINE_KIND_LABELS} />;
}
