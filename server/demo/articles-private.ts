/**
 * Articles of the private rubriques: the staff room, the governing board, the classes,
 * the parents' association. No illustration here: a private rubrique's image must
 * never be reachable by URL.
 */
import type { ArticleTemplate } from './templates.ts';

const salleDesProfesseurs: ArticleTemplate[] = [
  {
    title: 'Compte rendu du conseil pédagogique',
    summary: 'Le conseil pédagogique a travaillé sur l’évaluation par compétences et le projet d’établissement. Le compte rendu complet est joint.',
    body: [
      'Points abordés :',
      ['harmonisation des barèmes de compétences en 6e', 'organisation du brevet blanc', 'propositions de formations pour le plan académique'],
      'Prochaine réunion dans un mois ; les coordonnateurs de discipline font remonter les propositions d’ici là.',
    ],
  },
  {
    title: 'Planning des conseils de classe du trimestre',
    summary: 'Les dates et horaires des conseils de classe sont fixés. Merci de saisir vos appréciations 48 heures avant.',
    body: ['Les conseils se tiendront en salle de réunion, présidés par la principale ou le principal adjoint.', 'Les appréciations doivent être saisies dans Pronote au plus tard deux jours avant le conseil.'],
    months: [11, 12, 2, 3, 5, 6],
  },
  {
    title: 'Rappel : saisie des appréciations dans Pronote',
    summary: 'La saisie des appréciations ferme vendredi à 18 h. Pensez aussi aux bilans de compétences du socle.',
    body: ['Les professeurs principaux rédigent l’appréciation générale après le conseil de classe.', 'En cas de difficulté, M. Garnier se tient à votre disposition.'],
    months: [11, 12, 3, 6],
  },
  {
    title: 'Formation Pix : inscriptions ouvertes',
    summary: 'Une formation à la certification Pix est proposée un mercredi après-midi. Inscriptions auprès du référent numérique.',
    body: ['La formation présente la plateforme Pix Orga, le suivi des campagnes et l’organisation de la certification des 3e.', 'Elle a lieu en salle informatique.'],
  },
  {
    title: 'Réservation des salles informatiques : nouveau fonctionnement',
    summary: 'Les salles informatiques et les classes mobiles se réservent désormais dans l’ENT. Les réservations papier sont supprimées.',
    body: ['Menu « Réservation de ressources » de l’ENT : choisissez la salle, le créneau et la classe.', 'Merci d’annuler vos réservations inutilisées pour libérer le créneau.'],
  },
  {
    title: 'Commande de manuels : dernier délai',
    summary: 'Les commandes de manuels et de cahiers d’exercices doivent parvenir à l’intendance avant la fin du mois.',
    body: ['Les coordonnateurs de discipline centralisent les demandes.', 'Le budget est identique à celui de l’an dernier.'],
  },
  {
    title: 'Sorties pédagogiques : circuit de validation',
    summary: 'Toute sortie doit être déclarée un mois à l’avance. Le formulaire est disponible dans cette rubrique.',
    body: [['remplir la fiche de sortie', 'la faire viser par la direction', 'transmettre la liste des élèves et des accompagnateurs à la vie scolaire', 'prévenir la cantine des élèves absents']],
  },
  {
    title: 'PPMS : nouveau protocole de mise à l’abri',
    summary: "Le plan particulier de mise en sûreté a été mis à jour. Merci d'en prendre connaissance avant l'exercice.",
    body: ['Les consignes de confinement et d’évacuation ont été revues avec la gendarmerie.', 'Un exemplaire est affiché dans chaque salle de classe.'],
  },
  {
    title: 'Stage de 3e : appel aux professeurs référents',
    summary: 'Chaque professeur de 3e suit quelques élèves pendant leur stage. Merci de vous inscrire sur le tableau partagé.',
    body: ['Le professeur référent contacte le tuteur en entreprise pendant la semaine de stage.', 'Il évalue le rapport de stage avec le professeur principal.'],
    months: [10, 11, 12, 1],
  },
  {
    title: "Plan académique de formation : les candidatures sont ouvertes",
    summary: 'Les inscriptions aux formations du plan académique sont ouvertes jusqu’à la fin du mois. Pensez aux formations d’établissement.',
    body: ['Les formations sont consultables sur le site de l’école académique de la formation continue.', 'La formation d’établissement porte cette année sur la différenciation pédagogique.'],
    months: [9, 10],
  },
  {
    title: 'Photocopieur de la salle des professeurs : codes personnels',
    summary: 'Chaque professeur dispose désormais d’un code personnel pour le photocopieur. Le quota annuel est de 5 000 copies.',
    body: ['Votre code est disponible auprès du secrétariat.', 'Privilégiez les documents partagés dans l’ENT pour limiter les impressions.'],
  },
  {
    title: 'Brevet blanc : répartition des surveillances',
    summary: 'Le tableau des surveillances du brevet blanc est disponible. Merci de vérifier vos créneaux.',
    body: ['Les épreuves ont lieu au gymnase et dans les salles du bâtiment B.', 'Les copies sont corrigées par deux professeurs différents de la classe.'],
    months: [11, 12, 1, 3, 4],
  },
  {
    title: 'Devoirs faits : recherche d’intervenants',
    summary: 'Le dispositif Devoirs faits cherche des professeurs pour deux créneaux supplémentaires. Les heures sont rémunérées.',
    body: ['Les créneaux concernés sont le lundi et le jeudi de 16 h à 17 h.', 'Merci de vous signaler auprès de M. Garnier.'],
  },
  {
    title: 'Accueil des professeurs stagiaires',
    summary: 'Trois professeurs stagiaires rejoignent l’équipe. Réservez-leur le meilleur accueil !',
    body: ['Ils enseigneront en mathématiques, en anglais et en EPS, en alternance avec leur formation à l’INSPÉ.', 'Leurs tuteurs sont désignés par l’inspection.'],
    months: [9, 10],
  },
  {
    title: 'Rendez-vous de carrière : réunion d’information',
    summary: 'Les collègues concernés par un rendez-vous de carrière cette année sont invités à une réunion. Les modalités y seront présentées.',
    body: ['La réunion présente le déroulement de l’inspection et de l’entretien avec le chef d’établissement.', 'Les documents de référence sont joints à cet article.'],
  },
  {
    title: 'Pot de fin de période en salle des professeurs',
    summary: 'Un pot sera offert en salle des professeurs le dernier jour avant les vacances. Venez nombreux !',
    body: ['Merci à l’amicale des personnels pour l’organisation.', 'Chacun peut apporter une spécialité sucrée ou salée.'],
    months: [10, 12, 2, 4],
  },
  {
    title: 'Bilan des heures de soutien',
    summary: 'Le bilan des heures de soutien et d’accompagnement personnalisé est disponible. Il sera présenté au conseil pédagogique.',
    body: ['Plus de cent élèves ont bénéficié d’au moins un module de soutien.', 'Les professeurs sont invités à compléter le tableau de suivi.'],
  },
  {
    title: 'Projet d’établissement : groupes de travail',
    summary: 'Le nouveau projet d’établissement se prépare en trois groupes de travail. Chacun peut y participer.',
    body: [['réussite de tous les élèves', 'climat scolaire et bien-être', 'ouverture culturelle et internationale'], 'Les groupes se réunissent le mardi de 17 h à 18 h.'],
  },
];

const conseilAdministration: ArticleTemplate[] = [
  {
    title: "Convocation au prochain conseil d'administration",
    summary: "Les membres du conseil d'administration sont convoqués. L'ordre du jour et les documents préparatoires sont joints.",
    body: ['Ordre du jour :', ['approbation du procès-verbal de la séance précédente', 'budget et décisions budgétaires modificatives', 'voyages et sorties', 'questions diverses'], 'En cas d’empêchement, merci de prévenir votre suppléant.'],
  },
  {
    title: "Procès-verbal du conseil d'administration de rentrée",
    summary: 'Le procès-verbal de la séance de rentrée est en ligne. Il sera soumis à l’approbation du prochain conseil.',
    body: ['Le conseil a notamment adopté l’organisation de la semaine scolaire et le règlement de la demi-pension.', 'Le procès-verbal complet est joint.'],
    months: [10, 11],
  },
  {
    title: 'Projet de budget : documents préparatoires',
    summary: 'Le projet de budget pour l’année civile prochaine est en ligne. Il sera présenté en commission permanente.',
    body: ['La dotation de fonctionnement du Département est stable.', 'Les principaux postes : viabilisation, entretien, activités pédagogiques et voyages.'],
    months: [10, 11, 12],
  },
  {
    title: 'Règlement intérieur : propositions de modification',
    summary: 'Plusieurs modifications du règlement intérieur sont proposées. Les membres peuvent transmettre leurs remarques.',
    body: ['Les propositions portent sur l’usage des appareils numériques et sur les sanctions éducatives.', 'Elles ont été préparées avec le conseil de la vie collégienne.'],
  },
  {
    title: 'Tarifs de la restauration : le vote',
    summary: 'Le conseil doit se prononcer sur les tarifs de restauration. La proposition reprend la grille départementale.',
    body: ['Les tarifs votés s’appliqueront au 1er janvier.', 'Le fonds social peut prendre en charge tout ou partie des frais pour les familles en difficulté.'],
    months: [10, 11, 12],
  },
  {
    title: 'Commission permanente : relevé de décisions',
    summary: 'La commission permanente a examiné les voyages et les conventions. Le relevé de décisions est en ligne.',
    body: ['Les avis de la commission seront présentés au conseil d’administration.', 'Trois conventions de partenariat ont reçu un avis favorable.'],
  },
  {
    title: 'Programmation des voyages soumise au vote',
    summary: 'La programmation des voyages scolaires de l’année sera soumise au vote. Elle comprend trois séjours et plusieurs sorties.',
    body: ['Séjour linguistique à Londres (4e), classe de neige (5e), séjour en Espagne (3e).', 'Le coût restant à la charge des familles ne dépasse pas 250 € par séjour.'],
  },
  {
    title: 'Fonds social collégien : bilan des aides',
    summary: 'Le bilan des aides attribuées par le fonds social est disponible. Plus de quarante familles ont été aidées.',
    body: ['Les aides ont principalement concerné la demi-pension et les voyages.', 'Les décisions sont prises dans le respect de la confidentialité.'],
  },
  {
    title: 'Résultats des élections au conseil d’administration',
    summary: 'Les représentants des personnels, des parents et des élèves ont été élus. La liste des membres est à jour.',
    body: ['Le taux de participation des parents atteint 38 %, en hausse par rapport à l’an dernier.', 'La composition complète du conseil est jointe.'],
    months: [10, 11],
  },
  {
    title: 'Dotation horaire globale : présentation',
    summary: 'La dotation horaire de la rentrée prochaine sera présentée au conseil. Le document de répartition est joint.',
    body: ['La dotation tient compte de la prévision d’effectifs et des options.', 'Les propositions du conseil pédagogique y sont intégrées.'],
    months: [1, 2],
  },
];

/**
 * Class rubriques: the same habits in every class, filled with the class's own values:
 * `{classe}` (6e A), `{niveau}` (6e), `{pp}` (the professeur principal, "M. Bernard").
 */
const classe: ArticleTemplate[] = [
  {
    title: 'Bienvenue dans l’espace de la {classe}',
    summary: 'Cet espace réunit les informations de la classe. Élèves et parents y trouveront les dates importantes.',
    body: ['Bienvenue à tous ! Cet espace est réservé aux élèves de la {classe}, à leurs parents et à l’équipe pédagogique.', 'Votre professeur principal cette année est {pp}.'],
    months: [9],
  },
  {
    title: '{classe} : élection des délégués',
    summary: 'Les élèves de la {classe} ont élu leurs délégués. Ils représenteront la classe aux conseils de classe.',
    body: ['Après une campagne animée, la classe a élu ses deux délégués titulaires et leurs suppléants.', 'Ils seront formés par la CPE dans les prochaines semaines.'],
    months: [9, 10],
  },
  {
    title: '{classe} : ce qu’il faut retenir du conseil de classe',
    summary: 'Le conseil de classe s’est réuni. {pp} vous en présente la synthèse.',
    body: ['Le conseil de classe a fait le point sur le travail et le comportement de la classe.', 'Les bulletins sont disponibles sur Pronote. {pp} reste disponible pour rencontrer les familles qui le souhaitent.'],
    months: [12, 1, 3, 4, 6],
  },
  {
    title: '{classe} : heure de vie de classe, le compte rendu des délégués',
    summary: 'Les délégués ont préparé le compte rendu de la dernière heure de vie de classe. Plusieurs propositions ont été retenues.',
    body: ['Sujets abordés :', ['le bruit en cours et pendant les changements de salle', "l'organisation des devoirs dans la semaine", 'un projet de sortie de fin d’année']],
  },
  {
    title: '{classe} : contrôle commun de {matiere}',
    summary: 'Un contrôle commun de {matiere} aura lieu la semaine prochaine. Voici les notions à réviser.',
    body: ['Le contrôle porte sur les chapitres étudiés depuis la rentrée.', 'Des exercices d’entraînement corrigés sont disponibles dans le cahier de textes.'],
    cases: [{ matiere: 'mathématiques' }, { matiere: 'français' }],
  },
  {
    title: '{classe} : sortie {sortie}, autorisations à rendre',
    summary: 'La classe se rendra {sortie}. Merci de rendre l’autorisation signée avant vendredi.',
    body: ['Le coût de la sortie est pris en charge par le foyer socio-éducatif.', 'Prévoir un pique-nique, une tenue adaptée et une gourde.'],
    cases: [
      { sortie: 'au théâtre municipal', only: '6e-a 5e-b' },
      { sortie: 'à la médiathèque', only: '6e-a' },
      { sortie: 'au musée départemental', only: '4e-c 3e-d 5e-b' },
      { sortie: 'au lycée professionnel voisin', only: '3e-d' },
    ],
  },
  {
    title: '{classe} : calendrier des exposés',
    summary: 'Voici l’ordre de passage des exposés. Chaque groupe dispose de dix minutes.',
    body: ['Les exposés se dérouleront en cours, selon le calendrier affiché en classe.', 'Pensez à déposer votre diaporama dans l’espace documentaire de la classe la veille.'],
  },
  {
    title: '{classe} : matériel obligatoire',
    summary: 'Rappel du matériel à avoir dans son cartable chaque jour. Les oublis répétés seront signalés aux familles.',
    body: [['agenda ou cahier de textes', 'trousse complète et calculatrice', 'cahiers et classeurs de la journée', 'tenue de sport les jours d’EPS']],
  },
  {
    title: '{classe} : emploi du temps modifié la semaine prochaine',
    summary: 'En raison d’une sortie, l’emploi du temps change la semaine prochaine. Les modifications sont dans Pronote.',
    body: ['Les cours de l’après-midi du jeudi sont déplacés au vendredi.', 'Pensez à vérifier l’emploi du temps chaque soir.'],
  },
  {
    title: '{classe} : le mot du professeur principal',
    summary: '{pp} fait le point sur le début d’année. Le travail est sérieux mais le bavardage reste trop présent.',
    body: ['La classe est dynamique et participe volontiers à l’oral.', 'Il faudra cependant plus de régularité dans le travail personnel. Bon courage à tous !'],
  },
  {
    title: '{classe} : lectures conseillées',
    summary: 'Le professeur de français propose une liste de lectures. Les livres sont disponibles au CDI.',
    body: ['Chaque élève choisit au moins un livre de la liste et en présentera une fiche de lecture.', ['un roman d’aventure', 'un recueil de contes', 'une bande dessinée historique']],
  },
  {
    title: '{classe} : projet {projet}',
    summary: 'La classe se lance dans un projet : {projet}. Il sera présenté aux familles en fin d’année.',
    body: ['Le projet associe plusieurs disciplines et se déroulera sur toute l’année.', 'Les élèves travailleront en groupes et tiendront un carnet de bord.'],
    cases: [
      { projet: 'potager du collège', only: '6e-a' },
      { projet: 'correspondance avec une classe allemande', only: '5e-b' },
      { projet: 'court-métrage', only: '4e-c' },
      { projet: 'exposition sur la Grèce antique', only: '6e-a' },
      { projet: 'webradio', only: '3e-d 4e-c' },
    ],
  },
  {
    title: '{classe} : oral du brevet, choix des sujets',
    summary: 'Les élèves de 3e choisissent le sujet de leur oral. Le choix est à faire avant les vacances d’hiver.',
    body: ["L'oral porte sur un projet mené en histoire des arts, dans un parcours éducatif ou en EPI.", 'Il dure quinze minutes : exposé puis entretien avec le jury.'],
    only: ['3e-d'],
  },
  {
    title: '{classe} : conventions de stage à rendre',
    summary: 'Les conventions de stage sont à rendre au plus tard trois semaines avant le stage. Aucun élève ne partira sans convention signée.',
    body: ['La convention est signée par l’entreprise, la famille et le collège.', '{pp} reste disponible pour aider les élèves qui n’ont pas encore trouvé de stage.'],
    only: ['3e-d'],
  },
  {
    title: '{classe} : réunion de rentrée avec les familles',
    summary: 'Les familles ont rencontré l’équipe pédagogique. Le diaporama de la réunion est joint.',
    body: ['{pp} a présenté l’organisation de l’année, les attendus et les projets de la classe.', 'Pour toute question, utilisez la messagerie de l’ENT.'],
    months: [9, 10],
  },
];

const parentsEleves: ArticleTemplate[] = [
  {
    title: 'Compte rendu de la réunion du bureau des parents',
    summary: 'Le bureau s’est réuni pour préparer les conseils de classe. Voici les principaux points.',
    body: [['répartition des parents délégués dans les conseils de classe', 'préparation des questions pour le conseil d’administration', 'organisation de la bourse aux fournitures']],
  },
  {
    title: 'Élections des représentants de parents : les résultats',
    summary: 'Les résultats des élections des représentants de parents sont connus. Merci aux électeurs !',
    body: ['La liste unique des parents d’élèves obtient tous les sièges au conseil d’administration.', 'La participation est en hausse grâce au vote par correspondance.'],
    months: [10, 11],
  },
  {
    title: 'Parents délégués : appel à candidatures pour les conseils de classe',
    summary: 'Nous cherchons deux parents délégués par classe. Aucune expérience n’est nécessaire.',
    body: ['Le parent délégué recueille l’avis des familles et assiste au conseil de classe.', 'Une courte formation est proposée par le bureau.'],
    months: [9, 10, 11],
  },
  {
    title: 'Les questions posées au conseil d’administration',
    summary: 'Voici les questions que vos représentants ont posées au dernier conseil et les réponses de la direction.',
    body: [['Quand les casiers seront-ils installés ? Avant les vacances d’hiver.', 'Le car du matin peut-il arriver plus tôt ? Une demande est faite à la Région.', 'Les toilettes du bâtiment B seront-elles rénovées ? Les travaux sont programmés.']],
  },
  {
    title: 'Commission menus : retour de la dernière réunion',
    summary: 'Deux parents ont participé à la commission menus. Plus de légumes de saison sont prévus.',
    body: ['La commission réunit le gestionnaire, le chef de cuisine, des élèves et des parents.', 'Elle a validé les menus des six prochaines semaines.'],
  },
  {
    title: 'Café des parents : prochaine rencontre',
    summary: 'Le café des parents permet d’échanger librement autour d’un thème. Prochain sujet : les écrans.',
    body: ['Rendez-vous le samedi matin au foyer du collège, de 9 h 30 à 11 h.', 'Entrée libre, sans inscription.'],
  },
  {
    title: 'Devoirs faits : le dispositif expliqué aux familles',
    summary: 'Comment fonctionne l’aide aux devoirs au collège ? Le point avec la direction.',
    body: ['Devoirs faits est gratuit et ouvert à tous les élèves volontaires.', 'Les séances sont encadrées par des professeurs et des assistants d’éducation.'],
  },
  {
    title: 'Écrans et sommeil : le compte rendu de la conférence',
    summary: 'Près de quatre-vingts parents ont assisté à la conférence. Les diapositives sont disponibles.',
    body: ['Le médecin intervenant a rappelé l’importance du sommeil pour les apprentissages.', 'Quelques conseils simples ont été partagés pour limiter les écrans le soir.'],
  },
  {
    title: 'Transports scolaires : nos demandes à la Région',
    summary: 'Les horaires du car de la ligne 12 posent problème. Nous avons écrit à la Région.',
    body: ['Les élèves de la ligne 12 arrivent après la sonnerie plusieurs fois par semaine.', 'Nous vous tiendrons informés de la réponse.'],
  },
  {
    title: 'Sécurité aux abords du collège : point avec la mairie',
    summary: 'Un passage piéton supplémentaire et un ralentisseur seront installés. La mairie a répondu à notre demande.',
    body: ['Une rencontre a eu lieu avec l’adjoint au maire chargé de la voirie.', 'Les travaux sont prévus pendant les prochaines vacances.'],
  },
  {
    title: 'Vente de chocolats au profit des voyages',
    summary: 'La vente de chocolats finance une partie des voyages scolaires. Les bons de commande sont à rendre avant le 1er décembre.',
    body: ['Les bénéfices réduisent le coût des voyages pour toutes les familles.', 'Les commandes seront livrées au collège avant les vacances de Noël.'],
    months: [11],
  },
  {
    title: 'Pronote : le guide pour les parents',
    summary: 'Notes, cahier de textes, absences : un guide pas à pas pour utiliser Pronote. Il a été rédigé par les représentants de parents.',
    body: ['Le guide explique comment se connecter avec EduConnect et où trouver chaque information.', 'Il est disponible en version imprimée au secrétariat.'],
  },
  {
    title: 'Bourse aux livres et aux fournitures',
    summary: 'Déposez les livres et fournitures dont vous n’avez plus besoin. Ils seront proposés à petit prix.',
    body: ['Les dépôts se font au foyer le mercredi matin.', 'Les bénéfices sont reversés au foyer socio-éducatif.'],
  },
  {
    title: 'Kermesse de fin d’année : appel aux bénévoles',
    summary: 'La kermesse a besoin de bras ! Inscrivez-vous pour tenir un stand ou préparer des gâteaux.',
    body: ['La kermesse aura lieu le dernier samedi de juin.', 'Un tableau d’inscription est en ligne.'],
    months: [4, 5, 6],
  },
  {
    title: 'Harcèlement : les ressources pour les familles',
    summary: 'Comment repérer une situation de harcèlement et à qui s’adresser ? Les contacts utiles.',
    body: [['le professeur principal et la CPE', 'le numéro national 3018, gratuit et anonyme', 'l’infirmière scolaire']],
  },
];

export const privateTemplates: Record<string, ArticleTemplate[]> = {
  'salle-des-professeurs': salleDesProfesseurs,
  'conseil-administration': conseilAdministration,
  'parents-eleves': parentsEleves,
};

export const classTemplates = classe;
