import { ADMINISTRATION_KIND_LABELS } from '@info-parquet/common';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

/** The sending service and the agent the parquet will answer (the step's title is the heading). */
export function SenderSection() {
  return (
    <>
      <TextField
        name="sender.administration"
        label="Administration"
        hint="Exemple : Direction départementale des finances publiques de Loir-et-Cher"
        required
        autoComplete="organization"
      />
      <SelectField name="sender.administrationKind" label="Type d’administration" required options={ADMINISTRATION_KIND_LABELS} />
      <TextField name="sender.service" label="Service" hint="Facultatif. Exemple : Pôle de contrôle fiscal" />
      <TextField name="sender.agentName" label="Prénom et nom de l’agent" required autoComplete="name" />
      <TextField name="sender.agentFunction" label="Fonction" required autoComplete="organization-title" />
      <TextField
        name="sender.email"
        label="Adresse électronique professionnelle"
        hint="L’accusé de réception et les réponses du parquet y seront envoyés. Format attendu : nom@domaine.gouv.fr"
        required
        type="email"
        autoComplete="email"
      />
      <TextField name="sender.phone" label="Téléphone" hint="Facultatif. Exemple : 02 54 00 00 00" type="tel" autoComplete="tel" />
    </>
  );
}
