import type { LayoutProps } from 'react-admin';
import { AccountLayout } from '../../account/AccountLayout';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { useLevelOneHeading } from '../../layout/useLevelOneHeading';
import { FIT_TO_WINDOW } from '../../layout/fitToWindow';
import { LegalLinks } from '../../layout/LegalLinks';
import { LiveSaisinesAnnouncer } from './LiveSaisinesAnnouncer';

/**
 * The back-office's layout, plus the live stream of the user's court (urgent arrivals, refreshes),
 * on every screen; it also names the browser tab after the screen, gives each screen one level-1
 * heading and keeps pages to the window's width.
 */
export const LiveLayout = ({ children, ...props }: LayoutProps) => {
  useDocumentTitle();
  useLevelOneHeading();
  return (
    <AccountLayout {...props} sx={FIT_TO_WINDOW}>
      {children}
      <LegalLinks />
      <LiveSaisinesAnnouncer />
    </AccountLayout>
  );
};
