import { Show, useRecordContext } from 'react-admin';
import { SaisineNotFound } from './show/SaisineNotFound';
import { SaisineShowLayout } from './show/SaisineShowLayout';
import type { SaisineDetail } from './types';

const SaisineTitle = () => {
  const record = useRecordContext<SaisineDetail>();
  return <>{record ? `Saisine ${record.reference}` : 'Saisine'}</>;
};

// The default redirects to the list with "element does not exist": we explain in place instead.
const keepErrorInPlace = { onError: () => undefined };

const SaisineShow = () => (
  <Show
    title={<SaisineTitle />}
    actions={false}
    component="div"
    emptyWhileLoading
    queryOptions={keepErrorInPlace}
    error={<SaisineNotFound />}
  >
    <SaisineShowLayout />
  </Show>
);

export default SaisineShow;
