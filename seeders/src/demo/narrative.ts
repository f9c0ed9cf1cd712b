import { CLOSINGS, PERIODS } from './profiles';
import type { QualificationProfile } from './profile-types';
import type { Random } from './random';

export interface NarrativeInput {
  qualification: QualificationProfile;
  mecLabel: string;
  communeNom: string;
}

function amount(random: Random): string {
  const value = Math.max(1, Math.round(random.logNormal(40, 1.2))) * 1000;
  return value.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
}

const capitalise = (sentence: string) => sentence.charAt(0).toUpperCase() + sentence.slice(1);

/** Two to five sentences: what was found, one to three details, sometimes a closing line. */
export function writeNarrative(random: Random, input: NarrativeInput): string {
  const { qualification } = input;
  const detailCount = Math.min(qualification.details.length, random.int(1, 3));
  const sentences = [random.pick(qualification.intros), ...random.sample(qualification.details, detailCount)];
  if (random.chance(0.5)) sentences.push(random.pick(CLOSINGS));
  return sentences
    .map((sentence) =>
      capitalise(
        sentence
          .replace(/\{mec\}/g, input.mecLabel || 'la personne en cause')
          .replace(/\{commune\}/g, input.communeNom)
          .replace(/\{montant\}/g, () => amount(random))
          .replace(/\{nombre\}/g, () => String(random.int(2, 12)))
          .replace(/\{periode\}/g, () => random.pick(PERIODS)),
      ),
    )
    .join(' ');
}
