/**
 * The demo's illustrations: small flat SVG files in ./media/, served by the server at
 * /media/demo/. Only public articles use them: an image of a private rubrique must
 * never be reachable by URL, and these files are public by construction.
 */
import { fileURLToPath } from 'node:url';

/** Absolute path of the folder to serve at `demoMediaUrlPrefix`. */
export const demoMediaDir = fileURLToPath(new URL('./media/', import.meta.url));
export const demoMediaUrlPrefix = '/media/demo/';

export const themes = {
  livres: 'Une étagère de livres colorés et un livre ouvert',
  sport: 'Un ballon, un trophée et un coureur sur une piste',
  musee: "La façade d'un musée entourée de tableaux",
  sciences: "Une fiole, des tubes à essai et le dessin d'un atome",
  musique: 'Des notes de musique, une guitare et un clavier',
  voyage: 'Un avion au-dessus des montagnes et une valise',
  cantine: "Une assiette garnie, des couverts, une pomme et une carotte",
  orientation: "Un panneau indicateur à plusieurs flèches et une boussole",
  numerique: 'Un ordinateur portable, une tablette et le symbole du wifi',
  nature: 'Des arbres, une jeune pousse en pot et des fleurs',
  reunion: "Des personnes autour d'une table devant un tableau",
  theatre: 'Deux masques de théâtre devant un rideau rouge',
} as const;

export type Theme = keyof typeof themes;
export const themeNames = Object.keys(themes) as Theme[];

export const illustrationSize = { width: 800, height: 450 } as const;

export function illustrationOf(theme: Theme) {
  return { url: `${demoMediaUrlPrefix}${theme}.svg`, alt: themes[theme], ...illustrationSize };
}

/** The top banner: 2000×453, the size the ENT recommends for the tuile haute. */
export const banner = {
  url: `${demoMediaUrlPrefix}bandeau.svg`,
  alt: 'Collège Jean Moulin, Saint-Aubin-des-Prés',
  width: 2000,
  height: 453,
};

/** Every file the demo references, for the server to check and for the tests. */
export const demoMediaFiles = [...themeNames.map((t) => `${t}.svg`), 'bandeau.svg'];
