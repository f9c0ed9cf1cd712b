import { Alert } from '@mui/material';
import { Create } from 'react-admin';
import { UserForm, toAccountBody } from './UserForm';

/**
 * A new account has no password: the administrator never knows a user's secret. An active new
 * account is sent an activation link (valid 72 hours) through which the user chooses it.
 */
const UserCreate = () => (
  <Create title="Nouveau compte" redirect="list" transform={toAccountBody}>
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      Le compte est créé sans mot de passe. Un lien d’activation, valable 72 heures, est envoyé par courriel à
      l’utilisateur pour qu’il le choisisse ; d’ici là, il ne peut pas se connecter. S’il expire, l’utilisateur
      demande un nouveau lien avec « Mot de passe oublié ? ».
    </Alert>
    <UserForm defaultValues={{ active: true }} />
  </Create>
);

export default UserCreate;
