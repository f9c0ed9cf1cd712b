import { Alert, AlertTitle, Box } from '@mui/material';
import { ListButton, useShowContext } from 'react-admin';

/**
 * A referral of another court answers 404 exactly like a missing one (no existence leak):
 * say so plainly instead of the generic "element does not exist" redirect.
 */
export const SaisineNotFound = () => {
  const { error } = useShowContext();
  const status = (error as { status?: number } | null)?.status;
  return (
    <Box sx={{ p: 2 }}>
      {status === 404 ? (
        <Alert severity="warning">
          <AlertTitle>Saisine introuvable</AlertTitle>
          Cette saisine n’existe pas ou ne relève pas de votre juridiction. Vérifiez la référence ou le lien utilisé.
        </Alert>
      ) : (
        <Alert severity="error">
          <AlertTitle>Impossible d’afficher cette saisine</AlertTitle>
          {status === 403
            ? 'Vos droits ne permettent pas de consulter cette saisine.'
            : 'Le serveur n’a pas pu répondre. Réessayez dans quelques instants.'}
        </Alert>
      )}
      <Box sx={{ mt: 2 }}>
        <ListButton label="Retour à la liste des saisines" />
      </Box>
    </Box>
  );
};
