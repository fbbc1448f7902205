/**
 * « Voir en tant que »: who the preview is for, as the preview route's `as` takes it
 * (null for an anonymous visitor; a profile, with a niveau for pupils and parents).
 */
export type ViewerChoice = 'anonyme' | 'eleve' | 'parent' | 'enseignant' | 'personnel';

export const viewerChoices: { value: ViewerChoice; label: string }[] = [
  { value: 'anonyme', label: 'Visiteur anonyme' },
  { value: 'eleve', label: 'Élève' },
  { value: 'parent', label: 'Parent' },
  { value: 'enseignant', label: 'Enseignant' },
  { value: 'personnel', label: 'Personnel' },
];

export const niveaux = ['6e', '5e', '4e', '3e'];

export const takesNiveau = (choice: ViewerChoice) => choice === 'eleve' || choice === 'parent';

export type PreviewAs = null | { profile: Exclude<ViewerChoice, 'anonyme'>; niveau?: string };

export function previewAs(choice: ViewerChoice, niveau: string): PreviewAs {
  if (choice === 'anonyme') return null;
  return takesNiveau(choice) ? { profile: choice, niveau } : { profile: choice };
}
