import { Create } from 'react-admin';
import { AdministrationForm, toAdministrationBody } from './AdministrationForm';

const AdministrationCreate = () => (
  <Create title="Nouvelle administration" redirect="list" transform={toAdministrationBody}>
    <AdministrationForm defaultValues={{ active: true }} />
  </Create>
);

export default AdministrationCreate;
