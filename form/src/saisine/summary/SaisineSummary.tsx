import { useFormikContext } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { ADMINISTRATION_KIND_LABELS, formatBytes, PERSON_TYPE_LABELS, SAISINE_KIND_LABELS } from '@info-parquet/common';
import { formatCommune } from '../commune/use-commune-search';
import type { SaisineFormValues } from '../form-values';
import type { PiecesJointes } from '../pieces/use-pieces-jointes';
import { personTitle } from '../sections/PersonFields';
import type { StepId } from '../steps/steps';
import { SummaryBlock, type SummaryRow } from './SummaryBlock';
import './summary.css';

/** "2026-01-14" -> "14/01/2026" */
const frenchDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso);

interface SaisineSummaryProps {
  /** The parquet that will receive the referral, as far as the form knows. */
  parquet: string | null;
  pieces: PiecesJointes;
  onEdit: (step: StepId) => void;
}

/** Everything the agent entered, step by step, to check before sending. */
export function SaisineSummary({ parquet, pieces, onEdit }: SaisineSummaryProps) {
  const { values } = useFormikContext<SaisineFormValues>();
  const { sender, facts } = values;
  // A refused file is not sent: only the stored ones, and those still on their way, are listed.
  const received = pieces.items.filter((item) => item.status !== 'error');

  const factsRows: SummaryRow[] = [
    { label: 'Description des faits', value: facts.narrative },
    { label: facts.endDate ? 'Période des faits' : 'Date des faits', value: facts.endDate ? `Du ${frenchDate(facts.startDate)} au ${frenchDate(facts.endDate)}` : frenchDate(facts.startDate) },
    { label: 'Connaissance des faits', value: facts.knowledge },
    { label: 'Commune des faits', value: values.commune ? formatCommune(values.commune) : facts.communeInsee },
    { label: 'Adresse des faits', value: facts.address, feminine: true },
    { label: values.specialise ? 'Parquet spécialisé saisi' : 'Parquet compétent', value: parquet ?? 'Déterminé à l’envoi' },
  ];
  if (values.specialise) factsRows.push({ label: 'Motif du choix de ce parquet', value: values.routingReason });

  return (
    <>
      <p>Vérifiez les informations avant d’envoyer la saisine. Vous pouvez modifier chaque partie.</p>
      <SummaryBlock
        id="service"
        title="Votre service"
        onEdit={() => onEdit('service')}
        rows={[
          { label: 'Administration', value: sender.administration },
          { label: 'Type d’administration', value: sender.administrationKind && ADMINISTRATION_KIND_LABELS[sender.administrationKind] },
          { label: 'Service', value: sender.service },
          { label: 'Agent', value: sender.agentName },
          { label: 'Fonction', value: sender.agentFunction },
          { label: 'Adresse électronique', value: sender.email },
          { label: 'Téléphone', value: sender.phone },
        ]}
      />
      <SummaryBlock
        id="nature"
        title="Nature de la saisine"
        onEdit={() => onEdit('nature')}
        rows={[{ label: 'Type de saisine', value: values.kind && SAISINE_KIND_LABELS[values.kind] }]}
      />
      <SummaryBlock id="faits" title="Les faits et leur lieu" onEdit={() => onEdit('faits')} rows={factsRows} />
      <SummaryBlock id="personnes" title="Personnes concernées" onEdit={() => onEdit('personnes')}>
        {values.persons.length === 0 ? (
          <p>Aucune personne indiquée.</p>
        ) : (
          <ul>
            {values.persons.map((person, index) => (
              <li key={index}>
                <strong>{personTitle(person, index)}</strong> – {PERSON_TYPE_LABELS[person.type]} :{' '}
                {person.type === 'physique'
                  ? [
                      [person.lastName, person.firstName].filter(Boolean).join(' '),
                      person.birthDate && `né(e) le ${frenchDate(person.birthDate)}`,
                    ]
                      .filter(Boolean)
                      .join(', ')
                  : [person.name, person.siret && `SIRET ${person.siret}`].filter(Boolean).join(', ')}
                {person.address && `, ${person.address}`}
              </li>
            ))}
          </ul>
        )}
      </SummaryBlock>
      <SummaryBlock
        id="qualification"
        title="Qualification et urgence"
        onEdit={() => onEdit('qualification')}
        rows={[
          { label: 'Qualification proposée', value: values.qualification, feminine: true },
          { label: 'Code NATINF', value: values.natinf },
          { label: 'Urgence', value: values.urgent ? `Urgente : ${values.urgencyReason}` : 'Non urgente' },
        ]}
      />
      <SummaryBlock id="pieces" title="Pièces jointes" onEdit={() => onEdit('pieces')}>
        {received.length === 0 ? (
          <p>Aucune pièce jointe.</p>
        ) : (
          <ul aria-label="Pièces jointes à envoyer">
            {received.map((item) => (
              <li key={item.key}>
                {item.name} ({formatBytes(item.size)})
                <br />
                <span className={fr.cx('fr-text--sm')}>
                  {item.status === 'done' ? (
                    <>
                      SHA-256 : <code className="ip-piece__hash">{item.piece.sha256}</code>
                    </>
                  ) : (
                    `Envoi en cours : ${item.percent} %`
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </SummaryBlock>
    </>
  );
}
