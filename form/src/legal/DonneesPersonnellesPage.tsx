import { LegalPage } from './LegalPage';

/** « Données personnelles »: what is collected, why, on what basis, for whom, for how long, and the rights. */
export function DonneesPersonnellesPage() {
  return (
    <LegalPage title="Données personnelles">
      {(info) => (
        <>
          <h2>Responsable du traitement</h2>
          <p>{info.responsableTraitement}.</p>
          <h2>Finalités</h2>
          <ul>
            <li>transmettre au procureur de la République compétent les signalements, procès-verbaux et plaintes des administrations, avec leurs pièces ;</li>
            <li>permettre à l’agent qui a envoyé une saisine d’en suivre le traitement et de recevoir la décision ;</li>
            <li>permettre au parquet d’enregistrer, d’attribuer, de traiter et de décider ;</li>
            <li>produire des indicateurs statistiques anonymes sur l’usage du service et les délais de traitement ;</li>
            <li>assurer la sécurité du service (journal des connexions et des accès).</li>
          </ul>
          <h2>Bases légales</h2>
          <p>
            La transmission est une obligation légale de l’agent (article 40 du code de procédure pénale) et le
            traitement relève d’une mission d’intérêt public (article 6, paragraphe 1, c et e du règlement général sur
            la protection des données). Les données relatives aux infractions sont traitées sous le contrôle de
            l’autorité publique (article 10 du règlement) ; une fois reçues par le parquet, elles relèvent du titre III de
            la loi du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés (directive « police-justice »).
          </p>
          <h2>Données traitées</h2>
          <ul>
            <li>l’agent qui transmet : nom, prénom, fonction, adresse électronique et téléphone professionnels, administration et service ;</li>
            <li>les personnes mises en cause, victimes et témoins : identité, date de naissance, adresse, ou pour une personne morale sa dénomination et son numéro SIRET ;</li>
            <li>les faits, leur qualification proposée, les pièces jointes et les échanges avec le parquet ;</li>
            <li>pour les personnels des juridictions : identité, rôle, juridiction, et le journal de leurs connexions et actions.</li>
          </ul>
          <h2>Destinataires</h2>
          <p>
            Les seuls personnels habilités du parquet destinataire (bureau d’ordre et magistrats) et, en cas de
            transfert, ceux du parquet qui reçoit la saisine. Les administrateurs du service ne voient que les comptes
            et les référentiels ; les indicateurs ne contiennent aucune donnée personnelle. Aucune donnée n’est
            transmise hors de l’Union européenne.
          </p>
          <h2>Durées de conservation</h2>
          <ul>
            <li>une saisine et ses pièces : {info.conservationSaisinesAnnees} ans après sa clôture ; seule une ligne statistique anonyme est gardée ensuite ;</li>
            <li>une pièce déposée mais jamais envoyée avec une saisine : {info.conservationPiecesNonRattacheesHeures} heures ;</li>
            <li>le brouillon d’une saisine : dans votre navigateur seulement, jusqu’à son envoi ou son effacement.</li>
          </ul>
          <h2>Vos droits</h2>
          <p>
            Vous disposez d’un droit d’accès, de rectification et de limitation des données qui vous concernent, et d’un
            droit d’opposition sauf lorsque le traitement répond à une obligation légale. Pour les données relatives à
            une procédure pénale, ces droits s’exercent dans les conditions du code de procédure pénale, le cas échéant
            par l’intermédiaire de la Commission nationale de l’informatique et des libertés (droit d’accès indirect).
          </p>
          <p>Pour les exercer, ou pour toute question, écrivez au délégué à la protection des données : {info.delegueProtectionDonnees}.</p>
          <p>
            Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
            réclamation à la Commission nationale de l’informatique et des libertés (CNIL), 3, place de Fontenoy, TSA
            80715, 75334 Paris Cedex 07.
          </p>
        </>
      )}
    </LegalPage>
  );
}
