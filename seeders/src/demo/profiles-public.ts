import type { AdministrationProfile } from './profile-types';

/** Health, schools, préfectures, environment, local authorities, national bodies. */
export const PUBLIC_PROFILES: readonly AdministrationProfile[] = [
  {
    kind: 'ars',
    weight: 6,
    saisineKinds: [['signalement_article_40', 9], ['plainte', 1]],
    functions: [['Inspectrice de l’action sanitaire et sociale', 'Inspecteur de l’action sanitaire et sociale'], ['Médecin inspectrice de santé publique', 'Médecin inspecteur de santé publique'], ['Pharmacienne inspectrice de santé publique', 'Pharmacien inspecteur de santé publique']],
    services: ['Direction de la santé publique', 'Pôle inspection-contrôle', 'Délégation départementale'],
    emailDomain: 'ars.sante.test',
    knowledge: ['Constaté lors d’une inspection d’établissement', 'Réclamation d’une famille', 'Signalement d’un professionnel de santé'],
    moraleShare: 0.35,
    victims: 'patient',
    qualifications: [
      {
        qualification: 'Exercice illégal de la médecine',
        mecType: 'physique',
        intros: ['{mec} propose à {commune} des consultations et des traitements sans être titulaire d’un diplôme de médecin.'],
        details: [
          'Des patients atteints de pathologies graves ont interrompu leur traitement sur ses conseils.',
          'L’intéressé promeut son activité sur les réseaux sociaux.',
        ],
      },
      {
        qualification: 'Violences sur personnes vulnérables',
        intros: ['L’inspection de l’établissement d’hébergement pour personnes âgées dépendantes géré par {mec} a révélé des faits de maltraitance.'],
        details: [
          'Plusieurs résidents présentaient des ecchymoses inexpliquées.',
          'Des soignants ont rapporté des contentions prolongées sans prescription.',
          'La direction n’avait pas signalé les événements indésirables graves.',
        ],
      },
      {
        qualification: 'Soumission de personnes vulnérables à des conditions d’hébergement indignes',
        mecType: 'physique',
        intros: ['Le logement loué par {mec} à {commune} a été déclaré insalubre et demeure occupé par {nombre} personnes.'],
        details: [
          'Les occupants versent un loyer en espèces sans quittance.',
          'L’installation électrique présente un risque d’incendie immédiat.',
        ],
      },
    ],
  },
  {
    kind: 'education',
    weight: 8,
    saisineKinds: [['signalement_article_40', 10]],
    functions: [['Principale de collège', 'Principal de collège'], ['Directrice d’école', 'Directeur d’école'], ['Proviseure', 'Proviseur'], ['Conseillère technique de service social', 'Conseiller technique de service social']],
    services: ['Collège', 'École élémentaire', 'Lycée professionnel', 'Service social en faveur des élèves'],
    emailDomain: 'ac-education.test',
    knowledge: ['Confidences d’un élève', 'Constaté par l’équipe éducative', 'Signalement d’un parent d’élève'],
    moraleShare: 0,
    victims: 'mineur',
    qualifications: [
      {
        qualification: 'Violences habituelles sur mineur de quinze ans',
        mecType: 'physique',
        intros: ['Un élève a confié à l’infirmière scolaire subir des violences de la part de {mec}.'],
        details: [
          'Des traces de coups ont été constatées à plusieurs reprises {periode}.',
          'L’enfant exprime une peur de rentrer à son domicile.',
          'Une information préoccupante avait déjà été transmise au conseil départemental.',
        ],
      },
      {
        qualification: 'Harcèlement scolaire',
        mecType: 'physique',
        mecAge: [12, 16],
        intros: ['Une élève fait l’objet depuis plusieurs mois de moqueries et de menaces répétées, y compris sur les réseaux sociaux.'],
        details: [
          'Des messages humiliants ont été diffusés dans un groupe de classe.',
          'L’élève a manqué les cours à de nombreuses reprises.',
          'Les mesures éducatives prises n’ont pas fait cesser les faits.',
        ],
      },
      {
        qualification: 'Menaces de mort envers un personnel de l’éducation nationale',
        mecType: 'physique',
        intros: ['{mec} a proféré des menaces de mort à l’encontre d’un enseignant devant l’établissement.'],
        details: [
          'Les menaces ont été réitérées par messages le lendemain.',
          'Plusieurs membres du personnel ont été témoins des faits.',
        ],
      },
    ],
  },
  {
    kind: 'prefecture',
    weight: 8,
    saisineKinds: [['signalement_article_40', 9], ['plainte', 1]],
    functions: [['Cheffe du bureau de l’immigration', 'Chef du bureau de l’immigration'], ['Attachée d’administration de l’État', 'Attaché d’administration de l’État'], ['Référente fraude documentaire', 'Référent fraude documentaire']],
    services: ['Bureau de l’immigration et de l’intégration', 'Bureau des titres', 'Cellule de lutte contre la fraude documentaire'],
    emailDomain: 'interieur.gouv.test',
    knowledge: ['Détecté lors de l’instruction d’une demande de titre', 'Analyse de la cellule fraude documentaire', 'Signalement d’un service de l’État'],
    moraleShare: 0.05,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Fraude documentaire',
        mecType: 'physique',
        intros: ['{mec} a présenté à l’appui d’une demande de titre de séjour des documents d’état civil présumés falsifiés.'],
        details: [
          'L’expertise documentaire conclut à une contrefaçon.',
          'Les mêmes pièces ont été utilisées dans un autre dossier.',
        ],
      },
      {
        qualification: 'Usurpation d’identité',
        mecType: 'physique',
        intros: ['Le service a constaté l’utilisation de l’identité d’un tiers pour obtenir un permis de conduire.'],
        details: [
          'La personne dont l’identité a été usurpée a déposé une réclamation.',
          'Les photographies produites ne correspondent pas au titulaire réel.',
        ],
      },
      {
        qualification: 'Apologie du terrorisme',
        mecType: 'physique',
        intros: ['Le service a été alerté de publications de {mec} faisant l’apologie d’actes terroristes.'],
        details: ['Les publications ont été conservées par capture d’écran.', 'L’intéressé se présente comme prêt à passer à l’acte.'],
        specialised: 'pnat',
      },
    ],
  },
  {
    kind: 'environnement',
    weight: 7,
    saisineKinds: [['proces_verbal', 7], ['signalement_article_40', 3]],
    functions: [['Inspectrice de l’environnement', 'Inspecteur de l’environnement'], ['Technicienne de l’environnement', 'Technicien de l’environnement'], ['Inspectrice des installations classées', 'Inspecteur des installations classées']],
    services: ['Service départemental', 'Unité départementale', 'Service eau et biodiversité'],
    emailDomain: 'environnement.gouv.test',
    knowledge: ['Constaté lors d’une tournée de surveillance', 'Signalement de riverains', 'Constaté lors d’une inspection d’installation classée'],
    moraleShare: 0.6,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Atteinte à l’environnement : pollution d’un cours d’eau',
        intros: ['Un rejet d’effluents provenant du site exploité par {mec} a provoqué une mortalité piscicole sur plusieurs kilomètres.'],
        details: [
          'Les prélèvements montrent une concentration élevée d’ammoniac.',
          'Un précédent rejet avait donné lieu à une mise en demeure.',
          'Le cours d’eau traverse la commune de {commune}.',
        ],
      },
      {
        qualification: 'Dépôt illégal de déchets',
        intros: ['Un dépôt d’environ {nombre} tonnes de déchets de chantier a été constaté sur une parcelle agricole à {commune}.'],
        details: [
          'Les déchets contiennent des matériaux amiantés.',
          'Les témoignages recueillis désignent une entreprise de travaux locale.',
          'Le propriétaire de la parcelle affirme ne pas avoir donné son accord.',
        ],
      },
      {
        qualification: 'Destruction d’espèces protégées',
        senders: ['biodiversité', 'territoires'],
        intros: ['Une haie abritant des nids d’espèces protégées a été détruite en période de reproduction par {mec}.'],
        details: ['Aucune dérogation n’avait été sollicitée.', 'Les travaux ont été réalisés malgré un avertissement oral.'],
      },
    ],
  },
  {
    kind: 'collectivite',
    weight: 6,
    saisineKinds: [['signalement_article_40', 7], ['plainte', 3]],
    functions: [['Maire', 'Maire'], ['Directrice générale des services', 'Directeur général des services'], ['Adjointe au maire', 'Adjoint au maire']],
    services: ['Cabinet du maire', 'Direction générale des services', 'Service urbanisme'],
    emailDomain: 'mairie.test',
    knowledge: ['Constaté par un agent municipal', 'Signalement d’administrés', 'Découvert lors d’un audit interne'],
    moraleShare: 0.3,
    victims: 'usager',
    qualifications: [
      {
        qualification: 'Infraction au code de l’urbanisme',
        senders: ['Mairie', 'Ville de'],
        intros: ['Une construction a été édifiée sans permis de construire par {mec} sur une parcelle classée en zone naturelle à {commune}.'],
        details: ['Un arrêté interruptif de travaux a été notifié sans effet.', 'La construction est désormais habitée.'],
      },
      {
        qualification: 'Détournement de fonds publics',
        intros: ['Un audit interne a mis en évidence des paiements irréguliers au profit de {mec}.'],
        details: ['Les factures correspondantes ne reposent sur aucune prestation réalisée.', 'Le montant en cause est estimé à {montant} euros.'],
        specialised: 'pnf',
      },
      {
        qualification: 'Menaces envers un élu',
        senders: ['Mairie', 'Ville de'],
        mecType: 'physique',
        intros: ['{mec} a menacé le maire de {commune} lors d’une permanence en mairie.'],
        details: ['Les menaces visaient aussi la famille de l’élu.', 'Deux agents municipaux ont assisté à la scène.'],
      },
    ],
  },
  {
    kind: 'autre',
    weight: 2,
    saisineKinds: [['signalement_article_40', 9], ['autre', 1]],
    functions: [['Chargée de mission', 'Chargé de mission'], ['Analyste', 'Analyste'], ['Cheffe de département', 'Chef de département']],
    services: ['Département des enquêtes', 'Direction juridique'],
    emailDomain: 'etat.test',
    knowledge: ['Analyse de déclarations de soupçon', 'Contrôle de l’autorité', 'Signalement d’un lanceur d’alerte'],
    moraleShare: 0.6,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Blanchiment',
        intros: ['L’analyse des flux financiers de {mec} révèle des mouvements sans justification économique apparente.'],
        details: ['Des fonds transitent par plusieurs comptes ouverts à l’étranger.', 'Le montant des flux suspects atteint {montant} euros.'],
        specialised: 'pnf',
      },
      {
        qualification: 'Corruption',
        intros: ['Des éléments laissent penser que {mec} a versé des avantages à un agent public pour obtenir des marchés.'],
        details: ['Plusieurs marchés ont été attribués dans des conditions inhabituelles.', 'Les avantages consentis sont évalués à {montant} euros.'],
        specialised: 'pnf',
      },
    ],
  },
];
