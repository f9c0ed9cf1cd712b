import { todayInParis } from '@info-parquet/common';
import { TextField } from '../fields/TextField';

/** What happened, when, and how the agent learned of it. */
export function FactsSection() {
  return (
    <section className="fr-mb-4w" aria-labelledby="section-faits">
      <h3 id="section-faits" className="fr-h5">
        Les faits
      </h3>
      <TextField
        name="facts.narrative"
        label="Description des faits"
        hint="Décrivez les faits constatés : qui, quoi, comment, avec les montants ou préjudices connus (20 caractères au moins)."
        required
        textArea
        rows={8}
        maxLength={20000}
      />
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        <div className="fr-col-12 fr-col-md-6">
          <TextField name="facts.startDate" label="Date des faits" hint="Ou date de début s’ils se sont répétés" required type="date" max={todayInParis()} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <TextField name="facts.endDate" label="Date de fin" hint="Facultatif, si les faits ont duré" type="date" max={todayInParis()} />
        </div>
      </div>
      <TextField
        name="facts.knowledge"
        label="Comment avez-vous eu connaissance des faits ?"
        hint="Exemple : constaté lors d’un contrôle sur place"
        required
        textArea
        rows={3}
        maxLength={2000}
      />
    </section>
  );
}
