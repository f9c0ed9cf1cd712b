import { Edit, TopToolbar } from 'react-admin';
import { UnlockButton } from './UnlockButton';
import { UserForm, toAccountBody } from './UserForm';

/** A change of role, court or activation ends the user's sessions (the API logs it). */
const UserEdit = () => (
  <Edit
    title="Modifier le compte"
    mutationMode="pessimistic"
    transform={toAccountBody}
    actions={
      <TopToolbar>
        <UnlockButton />
      </TopToolbar>
    }
  >
    <UserForm />
  </Edit>
);

export default UserEdit;
