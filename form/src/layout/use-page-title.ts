import { useEffect } from 'react';

export const SITE_NAME = 'Info Parquet';

/** Each page has its own title (RGAA 8.6): "<page> – Info Parquet". */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – ${SITE_NAME}`;
  }, [title]);
}
