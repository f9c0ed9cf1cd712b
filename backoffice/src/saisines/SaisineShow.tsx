import { Show, useRecordContext } from 'react-admin';
import { DOCUMENT_TITLE_ATTRIBUTE } from '../layout/useDocumentTitle';
import { SaisineNotFound } from './show/SaisineNotFound';
import { SaisineShowLayout } from './show/SaisineShowLayout';
import type { SaisineDetail } from './types';

// The browser tab puts the reference first (« IP-2026-000123 — Saisine — Info Parquet »): several tabs stay apart.
const SaisineTitle = () => {
  const record = useRecordContext<SaisineDetail>();
  if (!record) return <>Saisine</>;
  return <span {...{ [DOCUMENT_TITLE_ATTRIBUTE]: `${record.reference} — Saisine` }}>Saisine {record.reference}</span>;
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
