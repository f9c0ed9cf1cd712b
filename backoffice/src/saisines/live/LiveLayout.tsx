import type { LayoutProps } from 'react-admin';
import { AccountLayout } from '../../account/AccountLayout';
import { LiveSaisinesAnnouncer } from './LiveSaisinesAnnouncer';

/** The back-office's layout, plus the live stream of the user's court (urgent arrivals, refreshes), on every screen. */
export const LiveLayout = ({ children, ...props }: LayoutProps) => (
  <AccountLayout {...props}>
    {children}
    <LiveSaisinesAnnouncer />
  </AccountLayout>
);
