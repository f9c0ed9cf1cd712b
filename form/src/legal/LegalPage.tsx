import type { ReactNode } from 'react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { InformationsLegales } from '@info-parquet/common';
import { usePageTitle } from '../layout/use-page-title';
import { useInformationsLegales } from './use-informations-legales';

/** A legal page: its title, then its text once the operator's facts have arrived. */
export function LegalPage({ title, children }: { title: string; children: (info: InformationsLegales) => ReactNode }) {
  usePageTitle(title);
  const state = useInformationsLegales();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>{title}</h1>
        {state.status === 'loading' && <p role="status">Chargement…</p>}
        {state.status === 'error' && <Alert severity="error" title="Cette page n’a pas pu être chargée" description={state.message} small={false} />}
        {state.status === 'found' && children(state.data)}
      </div>
    </div>
  );
}
