import type { AdministrationProfile } from './profile-types';

/** Tax, customs, labour, consumer protection, social security, employment. */
export const ECONOMIC_PROFILES: readonly AdministrationProfile[] = [
  {
    kind: 'dgfip',
    weight: 17,
    saisineKinds: [['signalement_article_40', 6], ['plainte', 4]],
    functions: [['Inspectrice des finances publiques', 'Inspecteur des finances publiques'], ['Inspectrice principale', 'Inspecteur principal'], ['Contrôleuse des finances publiques', 'Contrôleur des finances publiques']],
    services: ['Pôle de contrôle fiscal', 'Brigade de vérification', 'Pôle de contrôle et d’expertise', 'Service des impôts des entreprises', 'Pôle pénal fiscal'],
    emailDomain: 'dgfip.finances.gouv.test',
    knowledge: ['Constaté lors d’une vérification de comptabilité', 'Relevé lors d’un contrôle sur pièces', 'Découvert à l’occasion d’un examen de situation fiscale personnelle', 'Signalé par un autre service de la DGFiP'],
    moraleShare: 0.7,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Fraude fiscale',
        intros: [
          'La vérification de comptabilité de {mec} a mis en évidence une minoration de recettes d’environ {montant} euros.',
          'L’examen de la situation fiscale de {mec} révèle des revenus non déclarés pour un montant estimé à {montant} euros.',
        ],
        details: [
          'Des encaissements en espèces n’apparaissent dans aucune écriture comptable {periode}.',
          'Une partie du chiffre d’affaires a été facturée par une société établie à l’étranger sans substance réelle.',
          'Le dirigeant n’a pas répondu aux demandes de justification adressées par le service.',
          'La commission des infractions fiscales a rendu un avis favorable aux poursuites.',
        ],
        specialised: 'pnf',
      },
      {
        qualification: 'Escroquerie à la TVA', mecType: 'morale',
        intros: ['Le service a identifié des demandes de remboursement de crédit de TVA fictives déposées par {mec}.'],
        details: [
          'Les factures produites émanent de fournisseurs inconnus à l’adresse déclarée.',
          'Le montant des remboursements obtenus s’élève à {montant} euros.',
          'Plusieurs sociétés liées ont été créées et radiées en quelques mois, selon un schéma de type carrousel.',
        ],
        specialised: 'parquet-europeen',
      },
      {
        qualification: 'Abus de biens sociaux', mecType: 'morale',
        intros: ['Le contrôle de {mec} a révélé des dépenses personnelles du gérant prises en charge par la société.'],
        details: [
          'Des virements réguliers vers le compte personnel du dirigeant ont été relevés {periode}.',
          'Les dépenses en cause représentent environ {montant} euros.',
          'Aucune délibération des associés n’autorise ces versements.',
        ],
      },
    ],
  },
  {
    kind: 'douane',
    weight: 4,
    saisineKinds: [['proces_verbal', 7], ['signalement_article_40', 3]],
    functions: [['Inspectrice des douanes', 'Inspecteur des douanes'], ['Contrôleuse des douanes', 'Contrôleur des douanes'], ['Agente de constatation des douanes', 'Agent de constatation des douanes']],
    services: ['Brigade de surveillance intérieure', 'Pôle d’action économique', 'Cellule de renseignement'],
    emailDomain: 'douane.finances.gouv.test',
    knowledge: ['Constaté lors d’un contrôle routier', 'Découvert lors d’un contrôle de fret express', 'Renseignement recueilli par le service'],
    moraleShare: 0.4,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Contrebande de tabac manufacturé', mecType: 'physique',
        intros: ['Un contrôle du véhicule de {mec} a permis la découverte de {nombre} cartouches de cigarettes dépourvues de marquage fiscal.'],
        details: [
          'La marchandise était dissimulée dans un double fond aménagé.',
          'L’intéressé a reconnu revendre les cigarettes sur le marché de {commune}.',
          'La marchandise a été saisie et placée sous scellés.',
        ],
      },
      {
        qualification: 'Détention de marchandises contrefaisantes',
        intros: ['Les agents ont découvert chez {mec} un stock de {nombre} articles de marque présumés contrefaisants.'],
        details: [
          'Les titulaires des marques ont confirmé le caractère contrefaisant des articles.',
          'Les articles étaient proposés à la vente sur une plateforme en ligne.',
          'Aucune facture d’achat n’a pu être présentée.',
        ],
      },
      {
        qualification: 'Trafic de stupéfiants', mecType: 'physique',
        intros: ['Le contrôle d’un colis adressé à {mec} a révélé la présence de produits stupéfiants.'],
        details: [
          'Plusieurs envois similaires ont été identifiés {periode}.',
          'Le destinataire semble agir pour le compte d’un réseau structuré.',
        ],
        specialised: 'pnaco',
      },
    ],
  },
  {
    kind: 'inspection_travail',
    weight: 15,
    saisineKinds: [['proces_verbal', 7], ['signalement_article_40', 3]],
    functions: [['Inspectrice du travail', 'Inspecteur du travail'], ['Contrôleuse du travail', 'Contrôleur du travail'], ['Responsable d’unité de contrôle', 'Responsable d’unité de contrôle']],
    services: ['Unité de contrôle', 'Unité régionale d’appui et de contrôle du travail illégal', 'Section d’inspection du travail'],
    emailDomain: 'travail.gouv.test',
    knowledge: ['Constaté lors d’un contrôle sur un chantier', 'Constaté lors d’un contrôle en établissement', 'Signalé par un salarié', 'Enquête après un accident du travail'],
    moraleShare: 0.75,
    victims: 'salarie',
    qualifications: [
      {
        qualification: 'Travail dissimulé', mecType: 'morale',
        intros: [
          'Lors d’un contrôle à {commune}, {nombre} salariés travaillant pour {mec} n’avaient fait l’objet d’aucune déclaration préalable à l’embauche.',
          'Le contrôle de {mec} a établi l’emploi de salariés non déclarés {periode}.',
        ],
        details: [
          'Les bulletins de paie présentés ne mentionnent qu’une partie des heures réellement effectuées.',
          'Les salariés ont déclaré être rémunérés en espèces.',
          'L’employeur n’a pas été en mesure de présenter le registre unique du personnel.',
        ],
      },
      {
        qualification: 'Emploi d’étrangers sans titre de travail', mecType: 'morale',
        intros: ['Le contrôle de {mec} a permis de constater la présence de {nombre} travailleurs étrangers dépourvus d’autorisation de travail.'],
        details: [
          'Les intéressés étaient hébergés dans un local attenant, dans des conditions indignes.',
          'L’employeur affirme ignorer la situation administrative des salariés.',
        ],
      },
      {
        qualification: 'Blessures involontaires dans le cadre du travail', mecType: 'morale',
        intros: ['Un salarié de {mec} a été grièvement blessé à la suite d’une chute de hauteur sur un chantier à {commune}.'],
        details: [
          'Aucune protection collective contre les chutes n’était installée.',
          'Le salarié n’avait reçu aucune formation à la sécurité.',
          'Le plan particulier de sécurité n’avait pas été établi.',
        ],
      },
      {
        qualification: 'Mise en danger de la vie d’autrui', mecType: 'morale',
        intros: ['Le contrôle d’un chantier de désamiantage conduit par {mec} a révélé une exposition des salariés aux fibres d’amiante.'],
        details: [
          'Les équipements de protection respiratoire étaient absents.',
          'Une mise en demeure antérieure est restée sans effet.',
        ],
      },
    ],
  },
  {
    kind: 'dgccrf',
    weight: 10,
    saisineKinds: [['proces_verbal', 6], ['signalement_article_40', 4]],
    functions: [['Inspectrice de la concurrence, de la consommation et de la répression des fraudes', 'Inspecteur de la concurrence, de la consommation et de la répression des fraudes'], ['Contrôleuse de la CCRF', 'Contrôleur de la CCRF']],
    services: ['Service protection économique du consommateur', 'Service sécurité et qualité de l’alimentation', 'Pôle concurrence et loyauté'],
    emailDomain: 'ddpp.gouv.test',
    knowledge: ['Constaté lors d’une enquête de la DGCCRF', 'Plaintes de consommateurs reçues par le service', 'Prélèvements analysés en laboratoire'],
    moraleShare: 0.8,
    victims: 'consommateur',
    qualifications: [
      {
        qualification: 'Tromperie sur les qualités substantielles', mecType: 'morale',
        intros: ['Les analyses des produits commercialisés par {mec} révèlent une composition non conforme à l’étiquetage.'],
        details: [
          'Des produits d’origine étrangère étaient présentés comme français.',
          'Le bénéfice indûment réalisé est estimé à {montant} euros.',
          'Un avertissement avait déjà été adressé au professionnel.',
        ],
      },
      {
        qualification: 'Pratique commerciale trompeuse', mecType: 'morale',
        intros: ['Le service a reçu {nombre} plaintes de consommateurs visant {mec} pour des travaux de rénovation énergétique.'],
        details: [
          'Les démarcheurs se présentaient comme mandatés par un organisme public.',
          'Les travaux facturés n’ont pas été réalisés ou l’ont été de façon défectueuse.',
          'Le préjudice total déclaré dépasse {montant} euros.',
        ],
      },
      {
        qualification: 'Abus de faiblesse', mecType: 'morale',
        intros: ['Plusieurs personnes âgées de {commune} ont signé avec {mec} des contrats de vente à domicile très onéreux.'],
        details: [
          'Les victimes, âgées de plus de 80 ans, n’étaient pas en mesure d’apprécier la portée de leurs engagements.',
          'Les paiements ont été exigés avant l’expiration du délai de rétractation.',
        ],
      },
      {
        qualification: 'Mise en danger de la vie d’autrui', mecType: 'morale',
        intros: ['Un établissement de restauration exploité par {mec} a été contrôlé à la suite d’une intoxication alimentaire collective.'],
        details: [
          'La chaîne du froid n’était pas respectée et des denrées périmées étaient utilisées.',
          'Une fermeture administrative a été prononcée.',
        ],
      },
    ],
  },
  {
    kind: 'securite_sociale',
    weight: 12,
    saisineKinds: [['plainte', 6], ['signalement_article_40', 4]],
    functions: [['Inspectrice du recouvrement', 'Inspecteur du recouvrement'], ['Agente de contrôle assermentée', 'Agent de contrôle assermenté'], ['Responsable de la lutte contre la fraude', 'Responsable de la lutte contre la fraude']],
    services: ['Service lutte contre la fraude', 'Département contrôle', 'Cellule de lutte contre le travail illégal'],
    emailDomain: 'securite-sociale.test',
    knowledge: ['Détecté par croisement de fichiers', 'Constaté lors d’un contrôle à domicile', 'Signalement d’un tiers'],
    moraleShare: 0.4,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Escroquerie aux prestations sociales', mecType: 'physique',
        senders: ['allocations familiales', 'assurance maladie', 'MSA'],
        intros: ['{mec} a perçu des prestations sur la base de déclarations de ressources inexactes {periode}.'],
        details: [
          'Le préjudice subi par l’organisme s’élève à {montant} euros.',
          'L’intéressé résidait en réalité à l’étranger une grande partie de l’année.',
          'Des justificatifs falsifiés ont été produits à l’appui des demandes.',
        ],
      },
      {
        qualification: 'Fraude à l’assurance maladie', mecType: 'physique',
        senders: ['assurance maladie', 'MSA'],
        intros: ['L’analyse de l’activité de {mec} fait apparaître la facturation d’actes non réalisés.'],
        details: [
          'Le nombre d’actes facturés certains jours est incompatible avec une pratique réelle.',
          'Plusieurs patients contestent avoir reçu les soins facturés.',
          'Le montant indûment perçu est évalué à {montant} euros.',
        ],
      },
      {
        qualification: 'Travail dissimulé', mecType: 'morale',
        senders: ['URSSAF', 'MSA'],
        intros: ['Le contrôle de {mec} a mis en évidence une dissimulation d’activité et de salariés.'],
        details: [
          'Les cotisations éludées sont évaluées à {montant} euros.',
          'L’entreprise a été radiée tout en poursuivant son activité.',
        ],
      },
    ],
  },
  {
    kind: 'france_travail',
    weight: 5,
    saisineKinds: [['plainte', 5], ['signalement_article_40', 5]],
    functions: [['Auditrice fraude', 'Auditeur fraude'], ['Responsable de la prévention des fraudes', 'Responsable de la prévention des fraudes']],
    services: ['Service prévention des fraudes', 'Direction régionale, pôle contrôle'],
    emailDomain: 'francetravail.test',
    knowledge: ['Détecté par l’analyse des inscriptions', 'Signalement d’un conseiller', 'Croisement avec les déclarations sociales'],
    moraleShare: 0.3,
    victims: 'aucune',
    qualifications: [
      {
        qualification: 'Escroquerie aux allocations chômage', mecType: 'physique',
        intros: ['{mec} a perçu des allocations tout en exerçant une activité salariée non déclarée {periode}.'],
        details: [
          'Le montant des allocations indûment versées atteint {montant} euros.',
          'Des attestations d’employeur fictives ont été produites.',
        ],
      },
      {
        qualification: 'Faux et usage de faux', mecType: 'physique',
        intros: ['Des attestations de formation falsifiées ont été présentées par {mec} pour obtenir le financement de formations.'],
        details: [
          'L’organisme de formation cité n’a jamais accueilli les stagiaires.',
          '{nombre} dossiers présentent des signatures identiques.',
        ],
      },
    ],
  },
];
