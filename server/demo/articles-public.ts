/**
 * Articles of the public rubriques: what a collège tells families and visitors.
 * Hand-written; the generator picks, dates and signs them.
 */
import type { ArticleTemplate } from './templates.ts';

const vieEtablissement: ArticleTemplate[] = [
  {
    title: 'Sortie {lieu} pour les {niveau}',
    summary: 'Les élèves de {niveau} ont découvert {sujet}. Une journée qui prolonge le travail mené en classe.',
    body: [
      'Accompagnés de leurs professeurs, les élèves de {niveau} se sont rendus {lieu} pour découvrir {sujet}.',
      "Par petits groupes, ils ont suivi une visite guidée puis participé à un atelier. Leurs productions seront exposées au CDI jusqu'aux prochaines vacances.",
      "Merci aux parents accompagnateurs et à l'équipe du site pour leur accueil.",
    ],
    theme: 'musee',
    cases: [
      { lieu: 'au musée des Beaux-Arts', niveau: '5e', sujet: 'les peintres de la Renaissance italienne' },
      { lieu: "au muséum d'histoire naturelle", niveau: '6e', sujet: "l'évolution des espèces et la classification du vivant" },
      { lieu: 'au Mémorial de la Résistance', niveau: '3e', sujet: "la vie quotidienne sous l'Occupation" },
      { lieu: 'au musée de la Préhistoire', niveau: '6e', sujet: 'les premiers outils et l’art des grottes ornées' },
      { lieu: "à l'abbaye de Fontfroide", niveau: '5e', sujet: "l'architecture romane et la vie des moines" },
      { lieu: "au musée d'Art moderne", niveau: '4e', sujet: "l'art abstrait et le surréalisme" },
      { lieu: 'au planétarium', niveau: '5e', sujet: 'le système solaire et les mouvements de la Terre', theme: 'sciences' },
    ],
  },
  {
    title: '{evenement} au collège',
    summary: '{accroche} Retour sur quelques jours bien remplis.',
    body: [
      '{detail}',
      'Au programme :',
      ['{a}', '{b}', '{c}'],
      "Merci à tous les élèves et à l'équipe éducative pour leur implication.",
    ],
    cases: [
      {
        evenement: 'La Semaine du goût', months: '10', theme: 'cantine',
        accroche: 'Saveurs du monde et produits locaux ont régalé les demi-pensionnaires.',
        detail: "Pendant toute la semaine, l'équipe de cuisine a proposé chaque jour un menu venu d'une région différente.",
        a: 'un petit-déjeuner équilibré offert aux 6e', b: 'un atelier de dégustation à l’aveugle en SVT', c: "la visite d'un maraîcher de la commune",
      },
      {
        evenement: 'La Fête de la science', months: '10', theme: 'sciences',
        accroche: 'Expériences, défis et démonstrations ont animé les laboratoires.',
        detail: 'Les élèves de 4e ont présenté leurs expériences aux classes de CM2 du secteur.',
        a: 'des fusées à eau lancées dans la cour', b: 'un escape game sur la lumière', c: 'une conférence sur la biodiversité du ruisseau voisin',
      },
      {
        evenement: 'La journée contre le harcèlement', months: '11', theme: 'reunion',
        accroche: 'Toutes les classes ont participé à des ateliers de prévention.',
        detail: 'Encadrés par les élèves ambassadeurs, les ateliers ont permis de parler des situations de harcèlement et de savoir à qui s’adresser.',
        a: 'la projection du court-métrage lauréat du prix « Non au harcèlement »', b: 'des jeux de rôle en vie de classe', c: 'une boîte à lettres confidentielle installée près de la vie scolaire',
      },
      {
        evenement: 'La Semaine des mathématiques', months: '3', theme: 'sciences',
        accroche: 'Énigmes, jeux et défis ont occupé les récréations.',
        detail: 'Cette année, le thème retenu invitait les élèves à chercher les mathématiques cachées dans les jeux.',
        a: 'un rallye mathématique entre classes de 6e', b: 'des énigmes quotidiennes affichées au foyer', c: 'un tournoi de jeux de stratégie au CDI',
      },
      {
        evenement: 'La Semaine des langues', months: '9 10', theme: 'voyage',
        accroche: 'Anglais, espagnol et allemand se sont invités dans tous les cours.',
        detail: 'Les professeurs de langues vivantes ont proposé des activités ouvertes à tous, même aux élèves qui débutent.',
        a: 'un quiz culturel européen', b: 'des chansons apprises en chorale', c: 'un goûter aux spécialités européennes',
      },
      {
        evenement: 'La Semaine européenne du développement durable', months: '9 10', theme: 'nature',
        accroche: 'Les éco-délégués ont mené plusieurs actions dans le collège.',
        detail: 'Les éco-délégués ont préparé la semaine avec leurs professeurs et le conseil de la vie collégienne.',
        a: 'une collecte de piles et de cartouches usagées', b: 'la plantation de trois arbres fruitiers', c: 'une pesée des déchets de la cantine',
      },
      {
        evenement: 'La Journée du sport scolaire', months: '9', theme: 'sport',
        accroche: "Les élèves ont pu s'essayer à toutes les activités de l'association sportive.",
        detail: "L'après-midi était consacrée à la découverte des activités proposées par l'AS le mercredi.",
        a: 'initiation au badminton et au tennis de table', b: "un parcours d'escalade au gymnase", c: 'un relais géant dans la cour',
      },
    ],
  },
  {
    title: 'Rencontre avec {invite} pour les {niveau}',
    summary: '{resume} Les élèves avaient préparé leurs questions en classe.',
    body: [
      'Les élèves de {niveau} ont accueilli {invite} pour une rencontre préparée avec leurs professeurs.',
      '{resume}',
      'Les échanges ont été nombreux et se poursuivront en classe.',
    ],
    theme: 'reunion',
    cases: [
      { niveau: '3e', invite: 'une juge des enfants', resume: 'Elle a expliqué le fonctionnement de la justice des mineurs.' },
      { niveau: '5e', invite: 'une astrophysicienne', resume: "Elle a raconté son métier et la recherche d'exoplanètes.", theme: 'sciences' },
      { niveau: '4e', invite: 'des sapeurs-pompiers volontaires', resume: 'Ils ont présenté les gestes qui sauvent et leur engagement.' },
      { niveau: '6e', invite: 'un illustrateur jeunesse', resume: 'Il a dessiné en direct et dévoilé les étapes de fabrication d’un album.', theme: 'livres' },
      { niveau: '3e', invite: "la fille d'un résistant déporté", resume: "Elle a fait vivre la mémoire de son père à partir de lettres et de photographies." },
    ],
  },
  {
    title: 'Élection des {qui} : les résultats',
    summary: 'Les élèves ont voté pour désigner leurs {qui}. Félicitations aux élus, qui seront formés dans les prochaines semaines.',
    body: [
      'Les élections des {qui} se sont déroulées dans de bonnes conditions, avec une participation de plus de 90 %.',
      'Les élus représenteront leurs camarades {role}.',
      'Une formation leur sera proposée par la conseillère principale d’éducation.',
    ],
    theme: 'reunion',
    months: [9, 10],
    cases: [
      { qui: 'délégués de classe', role: 'aux conseils de classe et auprès des équipes' },
      { qui: 'éco-délégués', role: 'dans les projets liés au développement durable', theme: 'nature' },
      { qui: 'représentants au conseil de la vie collégienne', role: 'pour proposer des projets qui améliorent la vie au collège' },
    ],
  },
  {
    title: 'Travaux : le nouveau préau est terminé',
    summary: 'Les élèves disposent désormais d’un grand préau couvert dans la cour. Il a été financé par le Département.',
    body: [
      "Commencés au printemps, les travaux du préau se sont achevés pendant l'été.",
      'Ce nouvel espace abrite des bancs, des tables de tennis de table et un coin lecture les jours de beau temps.',
    ],
    theme: 'nature',
    months: [9, 10],
  },
  {
    title: 'Photo de classe : les bons de commande sont distribués',
    summary: 'Les bons de commande ont été remis aux élèves. Ils sont à retourner avant la date indiquée, accompagnés du règlement.',
    body: [
      'Les photographies individuelles et de groupe ont été prises la semaine dernière.',
      'La commande est facultative. Les bons sont à rendre au professeur principal, le règlement se fait par chèque à l’ordre du photographe.',
    ],
    theme: 'reunion',
    months: [9, 10, 11],
  },
  {
    title: 'Exercice d’évacuation incendie : le bilan',
    summary: "Le collège a été évacué en moins de quatre minutes. Les consignes ont été bien respectées.",
    body: [
      "Comme chaque trimestre, un exercice d'évacuation a eu lieu ce matin.",
      'Tous les élèves ont rejoint les points de rassemblement dans le calme. Quelques rappels seront faits en classe :',
      ['ne jamais revenir chercher ses affaires', 'rester avec son professeur jusqu’à l’appel', 'laisser les portes fermées derrière soi'],
    ],
    theme: 'reunion',
  },
  {
    title: 'Cérémonie de remise des diplômes du brevet',
    summary: 'Les anciens élèves de 3e sont revenus recevoir leur diplôme. Une soirée conviviale pleine de souvenirs.',
    body: [
      "Les lauréats du diplôme national du brevet de la session de juin ont été accueillis au collège par Mme Moreau, principale.",
      'Après la remise des diplômes, les familles et les professeurs ont partagé un verre de l’amitié.',
    ],
    theme: 'reunion',
    months: [10, 11],
  },
  {
    title: "Exposition « Regards sur la Méditerranée » au foyer",
    summary: "Les 5e exposent leurs travaux d'arts plastiques. L'exposition est ouverte aux familles les soirs de réunion.",
    body: [
      "Photographies, carnets de voyage et maquettes : les élèves de 5e ont travaillé toute la période sur le thème de la Méditerranée.",
      "L'exposition est visible au foyer des élèves et lors des réunions parents-professeurs.",
    ],
    theme: 'musee',
  },
  {
    title: 'Collecte de bouchons au profit d’une association',
    summary: 'Un collecteur est installé dans le hall. Les bouchons recyclés financent du matériel pour des personnes en situation de handicap.',
    body: [
      "À l'initiative des éco-délégués, un collecteur de bouchons en plastique est installé dans le hall d'entrée.",
      'Tous les bouchons de boissons sont acceptés. Merci à chacun de contribuer !',
    ],
    theme: 'nature',
  },
  {
    title: 'Concert de la chorale pour le Téléthon',
    summary: "La chorale du collège donnera un concert au profit du Téléthon. L'entrée est libre, une urne recueillera les dons.",
    body: [
      'Les choristes, de la 6e à la 3e, répètent depuis la rentrée avec Mme Chevalier.',
      'Au programme : chansons françaises, extraits de comédies musicales et un chant en occitan.',
    ],
    theme: 'musique',
    months: [11, 12],
  },
  {
    title: 'Course solidaire « Mets tes baskets »',
    summary: 'Tous les élèves ont couru pour soutenir la lutte contre les leucodystrophies. Bravo pour votre générosité !',
    body: [
      'Organisée avec l’association ELA, la course a réuni les élèves de toutes les classes autour du stade.',
      'Chaque tour parcouru a été parrainé par les familles et les commerçants du village.',
    ],
    theme: 'sport',
    months: [10, 11],
  },
  {
    title: "Le conseil de la vie collégienne présente ses projets",
    summary: 'Bancs dans la cour, casiers et horloge au réfectoire : les élus ont présenté leurs idées. Plusieurs seront réalisées cette année.',
    body: [
      'Réunis avec la direction, les élus du conseil de la vie collégienne ont présenté leurs propositions.',
      ['des casiers pour les élèves demi-pensionnaires', 'une horloge au réfectoire', 'des jeux de société au foyer', 'une fresque sur le mur du préau'],
      'Les projets retenus seront présentés au prochain conseil d’administration.',
    ],
    theme: 'reunion',
  },
  {
    title: 'Ateliers théâtre avec une compagnie professionnelle',
    summary: "Deux classes de 4e travaillent avec une compagnie en résidence. Une représentation est prévue en fin d'année.",
    body: [
      "Dans le cadre du dispositif d'éducation artistique et culturelle, deux classes de 4e bénéficient de dix séances d'atelier.",
      'Les élèves écrivent et mettent en scène de courtes pièces sur le thème de la rencontre.',
    ],
    theme: 'theatre',
  },
  {
    title: 'Le collège équipé de nouveaux ordinateurs',
    summary: 'Trente ordinateurs portables et deux classes mobiles sont arrivés. Ils seront disponibles dans toutes les salles.',
    body: [
      "Grâce au plan d'équipement du Département, le collège a reçu de nouveaux ordinateurs et deux classes mobiles.",
      'Les enseignants les réservent depuis l’ENT. Une charte d’utilisation sera signée par chaque élève.',
    ],
    theme: 'numerique',
  },
  {
    title: "Vente de gâteaux au profit du foyer socio-éducatif",
    summary: 'Les élèves du foyer organisent une vente de gâteaux à la récréation. Les bénéfices financeront les sorties de fin d’année.',
    body: [
      'Parents et élèves sont invités à confectionner des gâteaux, à déposer le matin au foyer.',
      "Prix unique : 1 € la part. Merci de ne pas apporter de préparation contenant des fruits à coque, pour les élèves allergiques.",
    ],
    theme: 'cantine',
  },
  {
    title: 'Concours de dessin : les lauréats',
    summary: 'Plus de cent dessins ont été déposés sur le thème « Mon collège dans vingt ans ». Découvrez les lauréats.',
    body: [
      'Le jury, composé d’élèves et de professeurs, a eu bien du mal à départager les participants.',
      "Les dessins primés sont affichés dans le hall et seront imprimés sur l'agenda du collège de l'an prochain.",
    ],
    theme: 'musee',
  },
  {
    title: 'Cérémonie du 11-Novembre : les élèves au monument aux morts',
    summary: "Des élèves de 3e ont lu des lettres de poilus lors de la cérémonie. Un beau moment de mémoire partagé avec la commune.",
    body: [
      'À l’invitation de la municipalité, une délégation d’élèves de 3e a participé à la cérémonie commémorative.',
      "Les élèves ont lu des extraits de lettres écrites depuis le front, travaillées en cours d'histoire et de français.",
    ],
    theme: 'reunion',
    months: [11],
  },
  {
    title: 'Plantation d’une haie avec les éco-délégués',
    summary: 'Cinquante arbustes ont été plantés le long du terrain de sport. Ils accueilleront oiseaux et insectes.',
    body: [
      "Avec l'aide d'une association de protection de la nature, les éco-délégués ont planté une haie d'essences locales.",
      'Chaque classe de 6e parraine une portion de la haie et en assurera le suivi.',
    ],
    theme: 'nature',
    months: [11, 12, 1, 2, 3],
  },
  {
    title: 'Portes ouvertes : les futurs 6e découvrent le collège',
    summary: 'Les élèves de CM2 et leurs parents ont visité le collège. Les élèves de 6e se sont transformés en guides.',
    body: [
      'Visites des salles, démonstrations en sciences, présentation des options : le collège a ouvert ses portes aux familles du secteur.',
      'Les dossiers d’inscription seront distribués dans les écoles au mois de mai.',
    ],
    theme: 'reunion',
    months: [1, 2, 3, 4],
  },
];

const restauration: ArticleTemplate[] = [
  {
    title: 'Un repas végétarien chaque semaine',
    summary: 'Comme le prévoit la loi, un menu végétarien est servi une fois par semaine. Il est repéré par une feuille verte sur les menus.',
    body: [
      "L'équipe de cuisine élabore des menus végétariens équilibrés, riches en légumineuses et en céréales.",
      'Les menus de la semaine sont publiés chaque vendredi dans cette rubrique.',
    ],
    theme: 'cantine',
  },
  {
    title: 'Lutte contre le gaspillage : les résultats de la pesée',
    summary: 'Pendant une semaine, les restes des plateaux ont été pesés. Le gaspillage a baissé de 20 % depuis l’an dernier.',
    body: [
      'Avec les éco-délégués, les élèves ont pesé chaque jour le pain et les restes laissés sur les plateaux.',
      'Prochaine étape : un gâchimètre à pain installé à la sortie du self.',
    ],
    theme: 'nature',
  },
  {
    title: 'Tarifs et paiement de la demi-pension',
    summary: 'Les tarifs votés par le Département sont en ligne. Le paiement peut se faire en ligne, par chèque ou en espèces.',
    body: [
      'La demi-pension est facturée au forfait, par trimestre.',
      ['forfait 4 jours : 2,95 € le repas', 'forfait 5 jours : 2,85 € le repas', 'repas occasionnel : 4,10 €'],
      "Les familles qui rencontrent des difficultés peuvent solliciter le fonds social auprès du secrétariat d'intendance.",
    ],
    theme: 'cantine',
    months: [9, 10],
  },
  {
    title: 'Repas à thème : saveurs d’Italie',
    summary: "Le self s'est mis aux couleurs de l'Italie. Au menu : minestrone, lasagnes et panna cotta.",
    body: ["Pour ce repas à thème, la salle de restauration a été décorée par les élèves de l'atelier d'arts plastiques.", 'Prochain voyage culinaire : le Maroc.'],
    theme: 'cantine',
  },
  {
    title: 'Produits locaux : nos fournisseurs à l’honneur',
    summary: 'Fromages, fruits et viande viennent de producteurs du département. Découvrez qui nourrit les demi-pensionnaires.',
    body: [
      'Plus de la moitié des produits servis au self sont locaux ou issus de l’agriculture biologique.',
      ['le lait et les yaourts de la ferme des Prés', 'les pommes du verger communal', 'le pain de la boulangerie du village'],
    ],
    theme: 'cantine',
  },
];

const cdi: ArticleTemplate[] = [
  {
    title: 'Nouveautés au CDI : {genre}',
    summary: "De nouveaux titres viennent d'arriver : {genre}. Ils sont à emprunter dès maintenant.",
    body: [
      'Le CDI vient de recevoir une commande de {genre}, choisis avec les élèves du club lecture.',
      "Les nouveautés sont présentées sur le présentoir à l'entrée du CDI. Prêt pour deux semaines, renouvelable une fois.",
    ],
    theme: 'livres',
    cases: [
      { genre: 'des romans policiers' },
      { genre: 'des mangas' },
      { genre: 'des bandes dessinées' },
      { genre: "des documentaires sur l'espace", theme: 'sciences' },
      { genre: "des romans d'aventure" },
      { genre: 'des livres audio' },
      { genre: 'des romans en anglais faciles à lire', theme: 'voyage' },
    ],
  },
  {
    title: 'Prix des lecteurs : découvrez la sélection',
    summary: "Six romans sont en lice pour le prix des lecteurs. Les élèves volontaires ont jusqu'au printemps pour les lire.",
    body: [
      "Le prix des lecteurs réunit les collèges du département autour d'une sélection de romans récents.",
      "Inscription au CDI : il suffit d'avoir lu au moins trois livres de la sélection pour voter.",
    ],
    theme: 'livres',
    months: [9, 10, 11],
  },
  {
    title: 'Prix des lecteurs : premier débat',
    summary: 'Les lecteurs inscrits ont défendu leurs romans préférés. Les débats ont été animés !',
    body: ['Le premier débat du prix des lecteurs a réuni une trentaine d’élèves au CDI.', 'Le vote final aura lieu en mai lors de la rencontre avec les autres collèges.'],
    theme: 'livres',
    months: [11, 12, 1, 2, 3],
  },
  {
    title: 'Rencontre avec {auteur}, {qui}',
    summary: '{auteur} est venu{e} parler de son métier avec les {niveau}. Une rencontre préparée au CDI avec les professeurs de français.',
    body: [
      'Les élèves de {niveau} avaient lu {livre} avant la rencontre.',
      "{auteur} a répondu aux questions sur l'écriture, les personnages et les métiers du livre, puis a dédicacé les exemplaires du CDI.",
    ],
    theme: 'livres',
    cases: [
      { auteur: 'Claire Delorme', e: 'e', qui: 'autrice de romans jeunesse', niveau: '6e', livre: 'son roman « Le Secret du moulin »' },
      { auteur: 'Yacine Ferhat', e: '', qui: 'auteur de bandes dessinées', niveau: '5e', livre: 'sa série « Les Gardiens de la forêt »' },
      { auteur: 'Anne Vasseur', e: 'e', qui: 'poétesse', niveau: '4e', livre: 'son recueil « Petites Lumières »' },
    ],
  },
  {
    title: 'Éducation aux médias : {sujet}',
    summary: 'Les {niveau} ont appris à {sujet}. Une séance menée au CDI par la professeure documentaliste.',
    body: [
      'En lien avec le cours {cours}, les élèves de {niveau} ont suivi une séance au CDI pour apprendre à {sujet}.',
      'Les outils présentés sont rassemblés sur le portail documentaire du CDI.',
    ],
    theme: 'numerique',
    cases: [
      { sujet: 'repérer une fausse information', niveau: '4e', cours: "d'éducation morale et civique" },
      { sujet: 'vérifier l’origine d’une image', niveau: '3e', cours: "d'histoire-géographie" },
      { sujet: 'citer ses sources', niveau: '6e', cours: 'de français' },
      { sujet: 'comprendre les algorithmes des réseaux sociaux', niveau: '3e', cours: 'de technologie' },
    ],
  },
  {
    title: 'Le Petit Moulin, journal du collège : le numéro {n} est paru',
    summary: 'Le nouveau numéro du journal des élèves est disponible au CDI et en ligne. Au sommaire : {sommaire}.',
    body: [
      "L'équipe de rédaction, composée d'élèves de la 5e à la 3e, a travaillé pendant plusieurs semaines sur ce numéro.",
      'Au sommaire : {sommaire}.',
      'Envie de rejoindre la rédaction ? Rendez-vous au CDI le jeudi à 12 h 30.',
    ],
    theme: 'livres',
    cases: [
      { n: '12', sommaire: 'une interview de la principale, la recette du cuisinier et un dossier sur la rentrée' },
      { n: '13', sommaire: 'le cross du collège, un reportage au CDI et des jeux' },
      { n: '14', sommaire: 'les coulisses de la cantine, une enquête sur le sommeil et des critiques de films' },
    ],
  },
  {
    title: 'Concours {concours} : à vos plumes !',
    summary: '{resume} Les textes sont à déposer au CDI.',
    body: ['{resume}', 'Règlement et dates limites au CDI et auprès des professeurs de français.'],
    theme: 'livres',
    cases: [
      { concours: 'de nouvelles', resume: 'Écrivez une nouvelle de trois pages maximum sur le thème « La porte ».' },
      { concours: 'de poésie', resume: 'Composez un poème qui utilise au moins cinq des dix mots de l’édition de cette année.' },
      { concours: "d'éloquence", resume: 'Les élèves de 3e sont invités à préparer un discours de trois minutes sur un sujet de société.', theme: 'theatre' },
    ],
  },
  {
    title: 'Horaires d’ouverture du CDI',
    summary: 'Le CDI est ouvert tous les jours de 8 h à 17 h, sauf le mercredi après-midi. Le prêt se fait aux récréations.',
    body: [
      'Le CDI accueille les élèves pour lire, emprunter, faire des recherches et travailler en groupe.',
      ['lundi, mardi, jeudi : 8 h – 17 h', 'mercredi : 8 h – 12 h', 'vendredi : 8 h – 16 h'],
    ],
    theme: 'livres',
    months: [9, 10],
  },
  {
    title: 'Réserver un livre depuis le portail documentaire',
    summary: "Le catalogue du CDI est accessible depuis l'ENT. On peut y réserver un livre déjà emprunté.",
    body: [
      "Le portail documentaire du CDI permet de chercher un livre, un magazine ou un site conseillé.",
      'Pour réserver, connectez-vous avec votre compte ENT puis cliquez sur « Réserver » dans la fiche du document.',
    ],
    theme: 'numerique',
  },
  {
    title: 'Exposition au CDI : {expo}',
    summary: "Une exposition sur {expo} est à découvrir au CDI. Les classes peuvent la visiter avec leur professeur.",
    body: ['Prêtée par {preteur}, l’exposition présente {expo} en une quinzaine de panneaux illustrés.', 'Un questionnaire est à disposition pour accompagner la visite.'],
    theme: 'musee',
    cases: [
      { expo: 'les femmes de sciences', preteur: 'l’université', theme: 'sciences' },
      { expo: "l'histoire de l'écriture", preteur: 'la médiathèque départementale' },
      { expo: 'les océans et le climat', preteur: 'une association', theme: 'nature' },
    ],
  },
  {
    title: 'Sélection de lectures pour {occasion}',
    summary: 'La documentaliste a préparé une sélection de livres pour {occasion}. Romans, BD et documentaires sont à emprunter.',
    body: ['Une table de lectures pour {occasion} est installée au CDI.', 'Pensez à emprunter vos livres avant le dernier jour de classe !'],
    theme: 'livres',
    cases: [
      { occasion: 'les vacances de la Toussaint', months: '10' },
      { occasion: 'les vacances de Noël', months: '12' },
      { occasion: 'les soirées d’hiver', months: '12 1 2' },
      { occasion: 'les vacances de printemps', months: '3 4' },
    ],
  },
  {
    title: 'Club lecture : les rendez-vous du jeudi',
    summary: 'Le club lecture se réunit chaque jeudi midi au CDI. Les nouveaux membres sont les bienvenus.',
    body: ['Partager ses coups de cœur, découvrir des livres, choisir les achats du CDI : le club lecture est ouvert à tous les élèves.', 'Inscription auprès de Mme Roux.'],
    theme: 'livres',
  },
  {
    title: 'Dix minutes de lecture chaque jour : le quart d’heure lecture',
    summary: 'Chaque jour après la récréation, tout le collège lit en silence. Chacun apporte le livre de son choix.',
    body: [
      'Élèves, professeurs et personnels : tout le monde lit, chaque jour à 10 h 15, pendant dix minutes.',
      'Pas de livre ? Le CDI prête des livres à chaque classe pour le quart d’heure lecture.',
    ],
    theme: 'livres',
  },
];

const vieScolaire: ArticleTemplate[] = [
  {
    title: 'Club {club} : les inscriptions sont ouvertes',
    summary: 'Le club {club} accueille les élèves {jour} de 12 h 30 à 13 h 30. Inscriptions à la vie scolaire.',
    body: ['Encadré par {encadrant}, le club {club} se réunit {jour} pendant la pause méridienne.', 'Il reste quelques places : inscrivez-vous auprès de la vie scolaire.'],
    cases: [
      { club: "d'échecs", jour: 'le lundi', encadrant: 'M. Blanc', theme: 'reunion' },
      { club: 'théâtre', jour: 'le mardi', encadrant: 'un comédien de la compagnie en résidence', theme: 'theatre' },
      { club: 'robotique', jour: 'le jeudi', encadrant: 'M. Blanc', theme: 'numerique' },
      { club: 'dessin manga', jour: 'le vendredi', encadrant: 'un assistant d’éducation', theme: 'livres' },
      { club: 'jardinage', jour: 'le mardi', encadrant: 'Mme Leroy', theme: 'nature' },
      { club: 'de chant', jour: 'le jeudi', encadrant: 'Mme Chevalier', theme: 'musique' },
    ],
  },
  {
    title: 'Téléphone portable : rappel des règles',
    summary: 'Le téléphone reste éteint et rangé dans le sac pendant toute la journée. Le règlement intérieur prévoit une confiscation en cas d’usage.',
    body: [
      "Comme le prévoit la loi, l'usage du téléphone portable est interdit dans l'enceinte du collège, y compris pendant les récréations.",
      "En cas de besoin, les élèves peuvent appeler leur famille depuis la vie scolaire.",
    ],
    theme: 'numerique',
  },
  {
    title: 'Retards : une nouvelle procédure d’accueil',
    summary: 'Un élève en retard passe désormais par la vie scolaire avant de rejoindre sa classe. Les familles sont prévenues par Pronote.',
    body: [
      'Tout élève en retard se présente à la vie scolaire, qui lui remet un billet d’entrée en cours.',
      'Au-delà de trois retards dans le mois, une retenue pourra être donnée.',
    ],
    theme: 'reunion',
  },
  {
    title: 'Le foyer des élèves rouvre ses portes',
    summary: 'Le foyer, rénové cet été, accueille les élèves à la pause méridienne. Jeux, lecture et musique au programme.',
    body: ['Repeint par les élèves volontaires, le foyer dispose maintenant de canapés, de jeux de société et d’un baby-foot.', 'Il est ouvert de 12 h 30 à 13 h 45 sous la responsabilité des assistants d’éducation.'],
    theme: 'reunion',
    months: [9, 10],
  },
  {
    title: 'Devoirs faits : les inscriptions sont ouvertes',
    summary: 'Le dispositif Devoirs faits propose une aide gratuite aux devoirs. Inscriptions auprès du professeur principal.',
    body: ['Les séances ont lieu en fin de journée, encadrées par des professeurs et des assistants d’éducation.', "L'inscription vaut pour un trimestre."],
    theme: 'livres',
    months: [9, 10, 1],
  },
  {
    title: 'Vaccination contre le papillomavirus au collège',
    summary: "Une campagne de vaccination est proposée aux élèves de 5e. L'autorisation parentale est à rendre à l'infirmerie.",
    body: [
      "Comme chaque année, l'Agence régionale de santé propose la vaccination gratuite contre les papillomavirus aux élèves de 5e.",
      "Les formulaires d'autorisation ont été distribués. Pour toute question, l'infirmière reçoit les familles sur rendez-vous.",
    ],
    theme: 'sciences',
    months: [9, 10, 11],
  },
  {
    title: "Assurance scolaire : pensez à l'attestation",
    summary: 'Une attestation d’assurance est demandée pour toutes les sorties facultatives. Merci de la transmettre au professeur principal.',
    body: ["L'assurance scolaire est obligatoire pour les activités facultatives : sorties, voyages, association sportive.", 'Vérifiez que votre contrat couvre la responsabilité civile et les dommages corporels.'],
    theme: 'reunion',
    months: [9],
  },
  {
    title: 'Élèves ambassadeurs contre le harcèlement : une formation réussie',
    summary: 'Quinze élèves ont été formés pour repérer et signaler les situations de harcèlement. Ils sont identifiés par un badge.',
    body: ['Les élèves ambassadeurs ont suivi deux demi-journées de formation avec la CPE et l’infirmière.', 'Un élève qui se sent en difficulté peut aussi écrire au numéro national 3018.'],
    theme: 'reunion',
  },
  {
    title: 'Bulletins du trimestre disponibles sur Pronote',
    summary: 'Les bulletins sont consultables en ligne. Ils ne sont plus envoyés par courrier.',
    body: ['Les bulletins trimestriels sont disponibles dans Pronote, rubrique « Notes ».', "Les familles qui n'ont pas accès à internet peuvent demander une version papier au secrétariat."],
    theme: 'numerique',
    months: [12, 1, 3, 4, 6],
  },
  {
    title: 'Tenue en cours d’EPS : le rappel',
    summary: 'Une tenue de sport et des chaussures adaptées sont obligatoires. Elles doivent être différentes de la tenue de la journée.',
    body: ['Pour la sécurité et l’hygiène de tous, chaque élève apporte une tenue de sport complète.', 'En cas d’oubli répété, les familles seront informées par le professeur d’EPS.'],
    theme: 'sport',
  },
  {
    title: 'Objets trouvés : dernier appel',
    summary: 'Vestes, gourdes et trousses attendent leurs propriétaires à la vie scolaire. Les objets non réclamés seront donnés.',
    body: ['Les objets trouvés sont conservés à la vie scolaire jusqu’aux prochaines vacances.', 'Pensez à marquer les vêtements au nom de votre enfant !'],
    theme: 'reunion',
  },
  {
    title: 'Sécurité routière : les épreuves de l’ASSR',
    summary: 'Les élèves de 5e et de 3e passent l’attestation scolaire de sécurité routière. Elle est nécessaire pour le permis.',
    body: ["L'ASSR de niveau 1 est passée en 5e, celle de niveau 2 en 3e. Les épreuves ont lieu en salle informatique.", 'Des tests d’entraînement sont disponibles sur le site de la Sécurité routière.'],
    theme: 'numerique',
  },
  {
    title: 'Formation des délégués de classe',
    summary: 'Les délégués ont été formés à leur rôle pendant une demi-journée. Ils savent maintenant préparer un conseil de classe.',
    body: ['Jeux de rôle, prise de parole, préparation du conseil de classe : les délégués ont travaillé avec la CPE.', ['recueillir l’avis de la classe', 'prendre des notes pendant le conseil', 'rendre compte à ses camarades']],
    theme: 'reunion',
    months: [10, 11],
  },
  {
    title: 'Permanence : un nouvel espace de travail en autonomie',
    summary: 'Une salle de travail en autonomie accueille les élèves de 4e et 3e. Ils peuvent y travailler en petits groupes.',
    body: ["La salle 14 est désormais réservée au travail en autonomie, sous le regard d'un assistant d'éducation.", "Elle est équipée de quatre ordinateurs et de dictionnaires."],
    theme: 'numerique',
  },
  {
    title: "Sommeil et écrans : l'infirmière répond à vos questions",
    summary: 'Combien d’heures doit dormir un collégien ? Les conseils de l’infirmière scolaire.',
    body: [
      'Un collégien a besoin de neuf heures de sommeil par nuit. Les écrans le soir retardent l’endormissement.',
      ['ranger le téléphone hors de la chambre', 'arrêter les écrans une heure avant le coucher', 'garder des horaires réguliers'],
    ],
    theme: 'nature',
  },
];

const associationSportive: ArticleTemplate[] = [
  {
    title: '{titre}',
    summary: '{resume}',
    body: ['{resume}', '{suite}', "Les entraînements ont lieu le mercredi après-midi. Renseignements auprès de M. Mercier."],
    theme: 'sport',
    cases: [
      { titre: 'Handball : les benjamines qualifiées pour les demi-finales', resume: 'Invaincues en poule, les benjamines disputeront les demi-finales départementales.', suite: 'Bravo pour leur solidarité et leur engagement en défense.' },
      { titre: 'Badminton : troisième place pour nos minimes', resume: "L'équipe minimes garçons monte sur le podium du championnat départemental.", suite: 'Une belle progression après une saison de travail.' },
      { titre: "Escalade : premières compétitions pour les débutants", resume: 'Huit grimpeurs ont découvert la compétition sur le mur du gymnase de la ville voisine.', suite: 'Tous ont validé leur premier niveau de difficulté.' },
      { titre: 'Futsal : victoire des benjamins', resume: "Les benjamins s'imposent 5 à 3 face au collège Victor-Hugo.", suite: 'Prochain match à domicile dans deux semaines : venez les encourager !' },
      { titre: 'Tennis de table : deux jeunes en finale académique', resume: 'Inès et Nathan se sont qualifiés pour la finale académique individuelle.', suite: 'Ils seront accompagnés par M. Mercier.' },
      { titre: 'Athlétisme : records battus au meeting en salle', resume: 'Cinq records du collège sont tombés lors du meeting en salle.', suite: 'Mention spéciale au relais 4 × 60 m des minimes filles.' },
      { titre: "Rugby à sept : nos cadets découvrent le niveau régional", resume: "L'équipe termine cinquième sur douze au tournoi régional.", suite: 'Un résultat encourageant pour une équipe formée cette année.' },
      { titre: 'Basket : les minimes filles championnes de district', resume: 'Les minimes filles remportent le titre de district au terme d’une finale serrée.', suite: 'Elles représenteront le district au niveau départemental.' },
    ],
  },
  {
    title: 'Cross du collège : les résultats',
    summary: 'Plus de quatre cents élèves ont pris le départ. Découvrez les vainqueurs de chaque course.',
    body: [
      'Sous un beau soleil, les élèves ont couru de 2 à 4 km selon leur catégorie.',
      ['benjamines : Inès Morel (6e A)', 'benjamins : Hugo Lefebvre (6e A)', 'minimes filles : Manon Gauthier (4e C)', 'minimes garçons : Lucas Perrin (3e D)'],
      "Les vingt premiers de chaque course sont qualifiés pour le cross départemental UNSS.",
    ],
    theme: 'sport',
    months: [10, 11, 12],
  },
  {
    title: 'Cross du collège : parcours et horaires',
    summary: 'Le cross aura lieu au parc municipal. Les parents sont les bienvenus pour encourager les coureurs.',
    body: ['Les cours sont suspendus la matinée du cross. Les élèves se rendent à pied au parc avec leurs professeurs.', ['9 h : benjamines', '9 h 30 : benjamins', '10 h 15 : minimes filles', '10 h 45 : minimes garçons']],
    theme: 'sport',
    months: [10, 11],
  },
  {
    title: 'Cross départemental : nos coureurs dans le top 20',
    summary: "Quatre de nos élèves terminent parmi les vingt premiers. L'équipe des minimes filles est qualifiée pour l'académique.",
    body: ["Sur un parcours boueux et exigeant, nos coureurs ont fait preuve d'une belle combativité.", "Prochaine étape : le cross académique."],
    theme: 'sport',
    months: [11, 12],
  },
  {
    title: 'Jeunes officiels : la formation continue',
    summary: 'Les jeunes officiels apprennent à arbitrer et à organiser les rencontres. Ils ont officié lors du dernier tournoi.',
    body: ["Être jeune officiel, c'est arbitrer, tenir la table de marque, organiser une compétition.", "Les élèves certifiés obtiennent un diplôme reconnu et valorisé au brevet."],
    theme: 'sport',
  },
  {
    title: "Journée nationale du sport scolaire : l'AS en fête",
    summary: "Démonstrations, initiations et goûter : l'AS a présenté ses activités. Plus de quatre-vingts élèves se sont inscrits.",
    body: ["Tout l'après-midi, les élèves ont pu essayer le badminton, l'escalade, le handball et le tennis de table.", 'Les licences sont encore ouvertes pour toute l’année.'],
    theme: 'sport',
    months: [9, 10],
  },
  {
    title: "Sortie ski de l'AS : les inscriptions sont ouvertes",
    summary: "Une journée de ski de fond est proposée aux licenciés. Places limitées à cinquante élèves.",
    body: ['Transport en car, location du matériel et encadrement par les moniteurs sont compris.', 'Participation demandée : 25 €. Inscription auprès de M. Mercier.'],
    theme: 'sport',
    months: [11, 12, 1],
  },
  {
    title: 'Tournoi de futsal interclasses',
    summary: 'Chaque classe a inscrit une équipe mixte. Les finales se joueront devant tout le collège.',
    body: ["Le tournoi se joue pendant la pause méridienne, au gymnase.", "Règle d'or : chaque équipe compte au moins deux filles et deux garçons sur le terrain."],
    theme: 'sport',
  },
  {
    title: 'Planning des entraînements du mercredi',
    summary: 'Voici les créneaux de chaque activité. Les entraînements commencent à 13 h 30 au gymnase.',
    body: [['13 h 30 – 15 h : badminton et tennis de table', '13 h 30 – 15 h 30 : handball', '15 h – 16 h 30 : escalade', '15 h 30 – 17 h : basket']],
    theme: 'sport',
  },
  {
    title: 'Assemblée générale de l’association sportive',
    summary: 'Le bilan de l’an dernier a été présenté et le nouveau bureau élu. Trois élèves y siègent.',
    body: ["L'assemblée générale a réuni les élèves licenciés, des parents et des professeurs.", 'Le budget prévoit l’achat de nouveaux filets de badminton et de chasubles.'],
    theme: 'reunion',
    months: [9, 10],
  },
];

const orientation: ArticleTemplate[] = [
  {
    title: 'Découverte des métiers : rencontre avec {metier}',
    summary: "Les 3e ont échangé avec {metier}, venu{e} présenter son parcours. Une intervention organisée dans le cadre du parcours Avenir.",
    body: [
      '{metier} a présenté son métier, sa formation et une journée type.',
      '« {citation} »',
      'Ces rencontres se poursuivent toute l’année : les parents qui souhaitent présenter leur métier peuvent contacter la psychologue de l’Éducation nationale.',
    ],
    theme: 'orientation',
    cases: [
      { metier: 'une infirmière', e: 'e', citation: "Il faut aimer le travail en équipe et garder son calme dans l'urgence." },
      { metier: 'un ingénieur du son', e: '', citation: "J'ai commencé par un bac professionnel, puis j'ai continué en apprentissage.", theme: 'musique' },
      { metier: 'une cheffe de chantier', e: 'e', citation: 'Sur un chantier, chaque journée est différente.' },
      { metier: 'un boulanger', e: '', citation: "L'apprentissage m'a permis d'apprendre auprès d'un maître boulanger.", theme: 'cantine' },
      { metier: 'une développeuse web', e: 'e', citation: 'Les mathématiques du collège me servent tous les jours.', theme: 'numerique' },
      { metier: 'un gendarme', e: '', citation: 'Le sport et le sens du service sont indispensables dans ce métier.' },
    ],
  },
  {
    title: 'Après la 3e : {voie}',
    summary: '{resume} Une fiche de synthèse est disponible dans cet article.',
    body: ['{resume}', '{detail}', 'Pour aller plus loin : <a href="https://www.onisep.fr/">le site de l’Onisep</a>.'],
    theme: 'orientation',
    cases: [
      { voie: 'la voie générale et technologique', resume: 'La seconde générale et technologique prépare à tous les baccalauréats généraux et technologiques.', detail: 'En fin de seconde, l’élève choisit ses spécialités ou une série technologique.' },
      { voie: 'la voie professionnelle', resume: 'Le baccalauréat professionnel se prépare en trois ans, avec des périodes de formation en entreprise.', detail: 'La seconde est organisée par familles de métiers, pour choisir sa spécialité progressivement.' },
      { voie: "l'apprentissage", resume: "Le CAP ou le bac professionnel peuvent se préparer en apprentissage, en alternance entre un CFA et une entreprise.", detail: "L'apprenti est salarié : il faut trouver un employeur avant la rentrée." },
    ],
  },
  {
    title: "Stage d'observation de 3e : mode d'emploi",
    summary: "Chaque élève de 3e effectue un stage d'une semaine en milieu professionnel. La convention est à rendre trois semaines avant.",
    body: [
      "Le stage permet de découvrir un métier et le monde du travail. L'élève cherche lui-même son lieu de stage.",
      ['trouver une entreprise ou une administration d’accueil', 'faire remplir et signer la convention', 'rendre la convention au professeur principal', 'rédiger le rapport de stage au retour'],
    ],
    theme: 'orientation',
    months: [9, 10, 11, 12],
  },
  {
    title: 'Forum des métiers : les parents appelés à témoigner',
    summary: 'Le collège organise son forum des métiers. Les parents qui souhaitent présenter leur profession sont les bienvenus.',
    body: ['Le forum permet aux élèves de 4e et de 3e de rencontrer une trentaine de professionnels.', 'Pour participer, merci de contacter le secrétariat avant la fin du mois.'],
    theme: 'reunion',
    months: [11, 12, 1],
  },
  {
    title: 'Portes ouvertes des lycées du secteur',
    summary: 'Les lycées ouvrent leurs portes aux futurs élèves de seconde. Voici les dates à retenir.',
    body: ['Visiter un lycée aide à se projeter. Les élèves peuvent y aller avec leur famille.', ['lycée général et technologique Marie-Curie', 'lycée professionnel Jean-Jaurès', 'lycée agricole des Prés']],
    theme: 'orientation',
    months: [1, 2, 3, 4],
  },
  {
    title: 'Rendez-vous avec la psychologue de l’Éducation nationale',
    summary: 'Mme Faure reçoit les élèves et les familles au collège. Les rendez-vous se prennent à la vie scolaire.',
    body: ["La psychologue de l'Éducation nationale conseille les élèves dans leur projet d'orientation.", 'Elle est présente au collège le mardi et le jeudi matin.'],
    theme: 'orientation',
  },
  {
    title: 'Mini-stages en lycée professionnel',
    summary: 'Les élèves de 3e peuvent passer une demi-journée dans un lycée professionnel. Inscriptions auprès du professeur principal.',
    body: ['Le mini-stage permet de suivre des cours d’atelier et de rencontrer des élèves de seconde professionnelle.', 'Les places sont limitées : les demandes sont à faire au moins deux semaines avant.'],
    theme: 'orientation',
  },
  {
    title: 'Parcours Avenir : les activités de l’année',
    summary: 'De la 6e à la 3e, le parcours Avenir fait découvrir le monde économique et professionnel. Voici le programme par niveau.',
    body: [[
      '6e : découverte des métiers du collège',
      '5e : visite d’une entreprise locale',
      '4e : forum des métiers et rencontres avec des professionnels',
      '3e : stage d’observation et mini-stages en lycée',
    ]],
    theme: 'orientation',
  },
  {
    title: 'Affectation en lycée : comprendre la procédure',
    summary: "L'affectation en seconde passe par une procédure en ligne. Les vœux se saisissent au printemps.",
    body: ['La procédure d’affectation recueille les vœux des familles et les classe selon des critères académiques.', 'Une réunion d’information sera organisée pour les parents d’élèves de 3e.'],
    theme: 'numerique',
    months: [12, 1, 2, 3, 4, 5],
  },
  {
    title: 'Les guides « Après la 3e » distribués aux élèves',
    summary: 'Chaque élève de 3e a reçu le guide de l’Onisep. Il présente toutes les formations de l’académie.',
    body: ['Le guide est aussi disponible en ligne sur le site de l’Onisep.', 'Prenez le temps de le feuilleter en famille !'],
    theme: 'livres',
    months: [11, 12, 1],
  },
  {
    title: "Salon de l'orientation : un car pour les 3e",
    summary: 'Les élèves de 3e se rendront au salon départemental de l’orientation. Ils y rencontreront lycées et centres de formation.',
    body: ["Préparée en classe, la visite permet de poser ses questions aux formateurs et aux élèves des lycées.", 'Départ en car à 8 h 30, retour pour le déjeuner.'],
    theme: 'orientation',
  },
];

const voyagesScolaires: ArticleTemplate[] = [
  {
    title: 'Séjour à {ville} : {etape}',
    summary: 'Retour sur le séjour des {niveau} à {ville}. {resume}',
    body: [
      '{resume}',
      'Les élèves ont tenu un carnet de voyage, qui sera présenté aux familles lors de la prochaine réunion.',
      'Merci aux accompagnateurs et au foyer socio-éducatif, qui a financé une partie du séjour.',
    ],
    theme: 'voyage',
    cases: [
      { ville: 'Londres', niveau: '4e', etape: 'une semaine en immersion', resume: 'Greenwich, le British Museum et une comédie musicale : les élèves ont pratiqué leur anglais du matin au soir.' },
      { ville: 'Barcelone', niveau: '3e', etape: 'les œuvres de Gaudí', resume: 'Visite de la Sagrada Família et du parc Güell, carnet de croquis à la main.', theme: 'musee' },
      { ville: 'Berlin', niveau: '3e', etape: 'sur les traces du Mur', resume: 'Les germanistes ont visité le mémorial du Mur, le Reichstag et le musée de la RDA.', theme: 'musee' },
      { ville: 'Édimbourg', niveau: '4e', etape: 'entre châteaux et légendes', resume: 'Château, vieille ville et randonnée sur Arthur’s Seat : un séjour placé sous le signe des légendes écossaises.' },
      { ville: 'Rome', niveau: '4e', etape: "l'Antiquité grandeur nature", resume: 'Le Colisée, le Forum et la villa d’Hadrien ont fait revivre les cours de latin.', theme: 'musee' },
    ],
  },
  {
    title: 'Classe de neige des 5e : la liste du trousseau',
    summary: 'Le trousseau à préparer pour la classe de neige est en ligne. Pensez à marquer tous les vêtements.',
    body: ['Voici la liste à respecter :', ['un anorak et un pantalon de ski', 'des gants et un bonnet', 'des lunettes de soleil et de la crème solaire', 'des chaussures de neige'], 'Le matériel de ski est loué sur place.'],
    theme: 'voyage',
    months: [11, 12, 1, 2],
  },
  {
    title: 'Échange avec Tübingen : nos correspondants sont arrivés',
    summary: 'Vingt élèves allemands sont accueillis dans les familles du collège. Au programme : cours, visites et activités communes.',
    body: ['Les correspondants de notre collège partenaire de Tübingen passent une semaine chez nous.', 'Les germanistes de 4e et de 3e leur rendront visite au printemps.'],
    theme: 'voyage',
    months: [9, 10, 11],
  },
  {
    title: 'Voyage en Espagne : réunion d’information pour les familles',
    summary: 'Le programme, le coût et les modalités du séjour seront présentés aux familles. La réunion a lieu en salle polyvalente.',
    body: ['Le séjour concerne les élèves hispanistes de 3e.', 'Les aides possibles (fonds social, comité d’entreprise, paiement en plusieurs fois) seront présentées.'],
    theme: 'voyage',
    months: [9, 10, 11, 12],
  },
  {
    title: 'Erasmus+ : notre partenariat avec un collège italien',
    summary: 'Le collège participe à un projet Erasmus+ avec un établissement de Turin. Les élèves échangent sur le thème de l’eau.',
    body: ['Le projet dure deux ans et prévoit des mobilités d’élèves et de professeurs.', 'Les échanges se font en anglais et en italien, sur une plateforme sécurisée.'],
    theme: 'voyage',
  },
  {
    title: 'Sortie {lieu} pour les {niveau}',
    summary: '{resume} Une journée préparée en classe depuis plusieurs semaines.',
    body: ['{resume}', 'Départ en car à 7 h 30 devant le collège, retour prévu vers 18 h.'],
    theme: 'voyage',
    cases: [
      { lieu: 'à Paris', niveau: '3e', resume: "Les élèves de 3e visitent l'Assemblée nationale à l'invitation de la députée de la circonscription.", theme: 'musee' },
      { lieu: 'à Carcassonne', niveau: '5e', resume: 'Les 5e découvrent la cité médiévale et ses remparts.' },
      { lieu: 'au pont du Gard', niveau: '6e', resume: 'Les 6e étudient l’aqueduc romain et la vie dans une cité antique.' },
      { lieu: 'sur les plages du Débarquement', niveau: '3e', resume: 'Les élèves de 3e se recueillent au cimetière américain de Colleville et visitent le Mémorial de Caen.', theme: 'musee' },
      { lieu: 'à la Cité de l’espace', niveau: '4e', resume: 'Les 4e explorent la conquête spatiale et s’entraînent comme des astronautes.', theme: 'sciences' },
    ],
  },
  {
    title: 'Financer un voyage scolaire : les aides possibles',
    summary: 'Aucun élève ne doit renoncer à un voyage pour des raisons financières. Plusieurs aides existent.',
    body: [['le fonds social collégien, sur demande au secrétariat', 'le paiement en plusieurs fois', 'les actions du foyer socio-éducatif (ventes, tombola)'], 'Les demandes sont confidentielles.'],
    theme: 'voyage',
  },
  {
    title: 'eTwinning : une correspondance avec une classe {pays}',
    summary: "Une classe de 5e correspond avec des élèves {pays}. Lettres, vidéos et projets communs sont au programme.",
    body: ['Grâce à la plateforme eTwinning, les élèves échangent en toute sécurité avec leurs correspondants.', 'Un projet commun sur les fêtes traditionnelles sera présenté en fin d’année.'],
    theme: 'numerique',
    cases: [{ pays: 'irlandaise' }, { pays: 'polonaise' }],
  },
  {
    title: 'Séjour linguistique : le programme définitif',
    summary: 'Le programme jour par jour du séjour est disponible. Une liste des documents à fournir l’accompagne.',
    body: ['Chaque élève doit avoir une carte d’identité ou un passeport en cours de validité et une autorisation de sortie du territoire.', 'La carte européenne d’assurance maladie est à demander à la caisse d’assurance maladie.'],
    theme: 'voyage',
  },
];

/** Templates per public rubrique slug. */
export const publicTemplates: Record<string, ArticleTemplate[]> = {
  'vie-etablissement': vieEtablissement,
  restauration,
  cdi,
  'vie-scolaire': vieScolaire,
  'association-sportive': associationSportive,
  orientation,
  'voyages-scolaires': voyagesScolaires,
};

/** Dishes for the weekly menus of the restauration rubrique. */
export const menus = {
  entrees: ['Carottes râpées au citron', 'Salade de lentilles', 'Velouté de potiron', 'Betteraves vinaigrette', 'Taboulé', 'Œuf mayonnaise', 'Salade verte et croûtons', 'Céleri rémoulade'],
  plats: [
    'Poulet rôti et haricots verts', 'Lasagnes à la bolognaise', 'Poisson pané et purée', 'Chili sin carne et riz',
    'Sauté de porc au caramel et semoule', 'Omelette et pommes de terre sautées', 'Boulettes de bœuf et coquillettes',
    'Curry de pois chiches et riz basmati', 'Filet de colin et riz aux petits légumes', 'Hachis parmentier',
  ],
  desserts: ['Yaourt nature et pomme', 'Compote de poires', 'Fromage blanc au miel', 'Clémentines', 'Gâteau au yaourt', 'Crème dessert au chocolat', 'Tarte aux pommes', 'Kiwi'],
};
