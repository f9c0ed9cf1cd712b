import { Link } from 'react-router';
import { ACCESSIBILITE_CONFORMITE } from '@info-parquet/common';
import { usePageTitle } from './use-page-title';

/**
 * The accessibility statement (RGAA model): what was checked, how, what is known not to be
 * accessible yet, and the ways to get help or to complain. Kept true by the browser suite
 * (axe-core on every page of the form) and updated with each audit.
 */
export function AccessibilitePage() {
  usePageTitle('Déclaration d’accessibilité');
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Déclaration d’accessibilité</h1>
        <p>
          Le ministère de la Justice s’engage à rendre ses services numériques accessibles, conformément à l’article 47
          de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique à Info Parquet : le formulaire public
          et le suivi des saisines, et l’espace des juridictions.
        </p>
        <h2>État de conformité</h2>
        <p>
          Info Parquet est <strong>{ACCESSIBILITE_CONFORMITE}</strong> avec le référentiel général d’amélioration de l’accessibilité
          (RGAA) version 4.1 : aucun audit de conformité complet n’a encore été réalisé, seul un audit permet de
          déclarer un taux de conformité.
        </p>
        <h2>Résultats des vérifications</h2>
        <p>
          À chaque version, des tests automatiques parcourent le service dans un vrai navigateur et le vérifient avec
          l’outil axe-core : chaque page du formulaire (chaque étape, avec ses erreurs, le récapitulatif, l’accusé de
          réception, le suivi, la demande de lien perdu, les mentions légales, les données personnelles, cette
          déclaration et la page d’erreur) et, dans l’espace des juridictions, la connexion, la liste des saisines et
          ses menus, la fiche d’une saisine et ses dialogues, l’attribution groupée, la saisie d’une saisine reçue par
          courrier, le compte, les écrans d’administration et les indicateurs : aucune anomalie n’y est relevée, et
          chaque écran a un titre de niveau 1. Le formulaire est aussi rempli et envoyé au clavier seul, de bout en bout,
          comme le travail du greffier (connexion, liste, vues, fiche, enregistrement, attribution groupée).
        </p>
        <h2>Contenus non accessibles</h2>
        <ul>
          <li>sur un écran de téléphone, le tableau des saisines défile horizontalement (critère 10.11).</li>
        </ul>
        <h2>Établissement de cette déclaration</h2>
        <p>Cette déclaration a été établie le 7 décembre 2026.</p>
        <ul>
          <li>technologies utilisées : HTML, CSS, JavaScript (React), système de design de l’État ;</li>
          <li>environnement de test : Chromium 156 sous Debian, à 1 280 pixels de large et sur un écran de téléphone ;</li>
          <li>outils : axe-core 4.14, Lighthouse 12, navigation au clavier.</li>
        </ul>
        <h2>Retour d’information et contact</h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez le bureau d’ordre du parquet concerné
          pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme. Les coordonnées
          du service sont dans les <Link to="/mentions-legales">mentions légales</Link>.
        </p>
        <h2>Voies de recours</h2>
        <p>
          Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que
          vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :
        </p>
        <ul>
          <li>écrire un message au Défenseur des droits (formulaire sur defenseurdesdroits.fr) ;</li>
          <li>contacter le délégué du Défenseur des droits dans votre région ;</li>
          <li>envoyer un courrier (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
        </ul>
      </div>
    </div>
  );
}
