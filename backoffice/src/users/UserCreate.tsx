import { Alert } from '@mui/material';
import { Create } from 'react-admin';
import { UserForm, toAccountBody } from './UserForm';

/**
 * A new account has no password: the administrator never knows a user's secret. The user will
 * choose it through the e-mailed reset link (issue 5, to come); until then they cannot sign in.
 */
const UserCreate = () => (
  <Create title="Nouveau compte" redirect="list" transform={toAccountBody}>
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      Le compte est créé sans mot de passe. L’utilisateur le choisira grâce au lien de réinitialisation envoyé par
      courriel (fonction à venir) ; d’ici là, il ne peut pas se connecter.
    </Alert>
    <UserForm defaultValues={{ active: true }} />
  </Create>
);

export default UserCreate;
