import { Alert } from '@mui/material';
import type { EventChain } from '../types';

const plural = (count: number, word: string) => `${word}${count > 1 ? 's' : ''}`;

/** The result of the API's check of the hash chain that links the referral's events. */
export const ChainIntegrity = ({ chain }: { chain: EventChain }) => {
  const counted = `${chain.checked} ${plural(chain.checked, 'événement')}`;
  return chain.ok ? (
    <Alert severity="success" variant="outlined">
      {`Journal intègre : ${counted} ${plural(chain.checked, 'vérifié')}`}
    </Alert>
  ) : (
    <Alert severity="error">
      {`Intégrité du journal compromise : la chaîne des événements est rompue (${counted} ${plural(chain.checked, 'contrôlé')}). ` +
        'Cette chronologie ne peut pas être tenue pour fiable : prévenez l’administrateur national.'}
    </Alert>
  );
};
