/**
 * The evergreen articles every collège keeps within reach: timetable, ENT codes, how to
 * report an absence... Fixed ids, because the demo pages link to them (top tile,
 * selections). All public, all published, all illustrated. The last few are scheduled:
 * written already, online in the coming days.
 */
import type { Theme } from './media.ts';

export interface PinnedArticle {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  body: string;
  theme: Theme;
  author: string;
  /** Days before today (moved to a school day); negative: scheduled that many days ahead. */
  daysAgo: number;
  /** Updated that many days before today, with this note appended. */
  update?: { daysAgo: number; note: string };
}

export const pinnedArticles: PinnedArticle[] = [
  {
    id: 'horaires-et-calendrier',
    rubrique: 'vie-etablissement',
    title: "Horaires du collège et calendrier de l'année",
    summary: "Les horaires des cours, de l'accueil et les dates des vacances scolaires. À garder sous la main toute l'année.",
    body:
      '<p>Le collège accueille les élèves du lundi au vendredi. Le portail ouvre à <strong>7 h 45</strong>.</p>' +
      '<ul><li>lundi, mardi, jeudi et vendredi : 8 h – 17 h</li><li>mercredi : 8 h – 12 h (association sportive l’après-midi)</li>' +
      '<li>secrétariat : 8 h – 12 h et 13 h 30 – 17 h</li></ul>' +
      '<p>Les dates des vacances figurent dans l’agenda du collège et sur ' +
      '<a href="https://www.education.gouv.fr/calendrier-scolaire-100148">le calendrier scolaire officiel</a>.</p>',
    theme: 'reunion',
    author: 'claire.moreau',
    daysAgo: 79,
  },
  {
    id: 'codes-acces-ent-educonnect',
    rubrique: 'vie-etablissement',
    title: "Obtenir ses codes d'accès à l'ENT et à EduConnect",
    summary: "Élèves et parents se connectent à l'ENT avec leur compte EduConnect. Voici comment l'activer ou retrouver ses codes.",
    body:
      '<p>Un seul compte donne accès à l’ENT, à Pronote et aux démarches en ligne : le compte <strong>EduConnect</strong>.</p>' +
      '<ul><li>les parents activent leur compte avec le numéro de téléphone portable donné au collège</li>' +
      '<li>les élèves reçoivent leurs identifiants de leur professeur principal</li>' +
      '<li>codes perdus ? Le secrétariat les réinitialise sur simple demande</li></ul>' +
      '<p>Se connecter : <a href="https://educonnect.education.gouv.fr/">educonnect.education.gouv.fr</a></p>',
    theme: 'numerique',
    author: 'sylvie.lambert',
    daysAgo: 77,
    update: { daysAgo: 6, note: 'les parents peuvent aussi se connecter avec FranceConnect.' },
  },
  {
    id: 'aides-financieres',
    rubrique: 'vie-etablissement',
    title: 'Bourses et fonds social : les aides pour les familles',
    summary: "La bourse de collège se demande en ligne en début d'année. Le fonds social peut aider ponctuellement pour la cantine ou un voyage.",
    body:
      '<p>La <strong>bourse de collège</strong> est attribuée selon les ressources de la famille. La demande se fait en ligne avec le compte ' +
      '<a href="https://educonnect.education.gouv.fr/">EduConnect</a> du responsable légal, ou sur papier au secrétariat.</p>' +
      '<p>Le <strong>fonds social collégien</strong> aide les familles qui rencontrent une difficulté passagère : demi-pension, sorties, voyages, fournitures.</p>' +
      '<p>Les demandes sont étudiées en toute confidentialité. Contact : secrétariat d’intendance, M. Henry.</p>',
    theme: 'reunion',
    author: 'pascal.henry',
    daysAgo: 74,
  },
  {
    id: 'charte-numerique',
    rubrique: 'vie-etablissement',
    title: "Charte d'usage de l'ENT et du numérique",
    summary: "Messagerie, documents, publications : les règles pour utiliser l'ENT. Chaque élève la signe en début d'année.",
    body:
      '<p>L’ENT est un espace de travail et d’échange réservé à la communauté du collège. Son usage suppose quelques règles simples :</p>' +
      '<ul><li>ne jamais communiquer son mot de passe</li><li>rester courtois dans la messagerie et les commentaires</li>' +
      '<li>ne publier que des contenus dont on a les droits</li><li>signaler à un adulte tout message inapproprié</li></ul>' +
      '<p>La charte complète est annexée au règlement intérieur.</p>',
    theme: 'numerique',
    author: 'claire.moreau',
    daysAgo: 72,
  },
  {
    id: 'label-e3d',
    rubrique: 'vie-etablissement',
    title: 'Le collège obtient le label E3D',
    summary: 'Le collège est reconnu « établissement en démarche de développement durable ». Une belle récompense pour les éco-délégués et toute la communauté éducative.',
    body:
      '<p>Le rectorat vient d’attribuer au collège le label <strong>E3D</strong>, au niveau « approfondissement ».</p>' +
      '<p>Le jury a salué les actions menées depuis deux ans :</p>' +
      '<ul><li>la lutte contre le gaspillage alimentaire au self</li><li>le potager et la haie plantés par les 6e</li>' +
      '<li>le tri des papiers dans toutes les salles</li><li>l’engagement des éco-délégués de chaque classe</li></ul>' +
      '<p>Bravo à tous, et rendez-vous au printemps pour la fête du jardin !</p>',
    theme: 'nature',
    author: 'claire.moreau',
    daysAgo: 3,
  },
  {
    id: 'signaler-une-absence',
    rubrique: 'vie-scolaire',
    title: 'Signaler une absence ou un retard',
    summary: "Toute absence doit être signalée le jour même à la vie scolaire. Au retour, l'élève présente un justificatif.",
    body:
      '<p>En cas d’absence, prévenez la vie scolaire <strong>avant 9 h</strong> :</p>' +
      '<ul><li>par téléphone au 01 23 45 67 90</li><li>ou par Pronote, rubrique « Vie scolaire »</li></ul>' +
      '<p>Au retour, l’élève passe à la vie scolaire avec le coupon du carnet de liaison rempli et signé. ' +
      'Une absence prévisible (rendez-vous médical) se signale à l’avance.</p>',
    theme: 'reunion',
    author: 'personnel.demo',
    daysAgo: 78,
  },
  {
    id: 'inscriptions-association-sportive',
    rubrique: 'association-sportive',
    title: "Inscriptions à l'association sportive",
    summary: "Badminton, handball, escalade, tennis de table : l'AS accueille tous les élèves le mercredi après-midi. La licence coûte 20 € pour l'année.",
    body:
      '<p>L’association sportive du collège, affiliée à l’UNSS, propose entraînements et compétitions le mercredi après-midi.</p>' +
      '<ul><li>licence : 20 € pour l’année (une aide du foyer est possible)</li><li>autorisation parentale signée</li>' +
      '<li>questionnaire de santé rempli avec les parents</li></ul>' +
      '<p>Dossiers à rendre à M. Mercier, professeur d’EPS. Plus d’informations sur <a href="https://unss.org/">le site de l’UNSS</a>.</p>',
    theme: 'sport',
    author: 'antoine.mercier',
    daysAgo: 76,
  },
  // Scheduled: publishedAt in the future, visible to nobody until then.
  {
    id: 'brevet-blanc-planning',
    rubrique: 'vie-etablissement',
    title: 'Brevet blanc : le planning des épreuves',
    summary: 'Les élèves de 3e passeront bientôt le brevet blanc, dans les conditions de l’examen. Voici le planning et les consignes.',
    body:
      '<p>Le brevet blanc se déroule sur deux jours, au gymnase et dans les salles du bâtiment B.</p>' +
      '<ul><li>premier jour : français le matin, mathématiques l’après-midi</li>' +
      '<li>second jour : histoire-géographie et enseignement moral et civique le matin, sciences l’après-midi</li></ul>' +
      '<p>Les élèves apportent leur convocation, une pièce d’identité et leur matériel. Les téléphones sont interdits dans les salles.</p>',
    theme: 'livres',
    author: 'olivier.garnier',
    daysAgo: -3,
  },
  {
    id: 'cdi-ferme-pour-inventaire',
    rubrique: 'cdi',
    title: 'Fermeture exceptionnelle du CDI pour inventaire',
    summary: 'Le CDI sera fermé une journée pour l’inventaire annuel. Merci de rapporter vos livres avant.',
    body:
      '<p>Chaque année, tous les documents du CDI sont comptés et rangés : le CDI sera exceptionnellement fermé ce jour-là.</p>' +
      '<p>Merci de rapporter les livres empruntés avant la fermeture. Les élèves en permanence seront accueillis en salle 14.</p>',
    theme: 'livres',
    author: 'isabelle.roux',
    daysAgo: -5,
  },
  {
    id: 'forum-des-metiers-programme',
    rubrique: 'orientation',
    title: 'Forum des métiers : le programme complet',
    summary: 'Une trentaine de professionnels viendront présenter leur métier aux élèves de 4e et de 3e. Découvrez la liste des stands.',
    body:
      '<p>Le forum se tient au gymnase, de 8 h 30 à 16 h 30. Chaque classe y passe deux heures, accompagnée d’un professeur.</p>' +
      '<ul><li>santé et social : infirmière, aide-soignant, éducatrice spécialisée</li>' +
      '<li>industrie et bâtiment : électricien, cheffe de chantier, technicien de maintenance</li>' +
      '<li>numérique : développeuse web, technicien réseaux</li>' +
      '<li>services : gendarme, agent immobilier, cuisinier</li></ul>' +
      '<p>Les élèves préparent leurs questions en classe avec la fiche disponible auprès du professeur principal.</p>',
    theme: 'orientation',
    author: 'aurelie.faure',
    daysAgo: -9,
  },
];
