import { AppBar, AppBarClasses, Layout, Logout, TitlePortal, UserMenu, useGetIdentity, useUserMenu, type LayoutProps } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';

const AccountMenuItem = () => {
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItem component={RouterLink} to="/mon-compte" onClick={onClose}>
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>Mon compte</ListItemText>
    </MenuItem>
  );
};

/**
 * The user menu's button shows the user's name: its accessible name must contain it (RGAA 6.1,
 * axe « label-content-name-mismatch »), where react-admin would say « Profil » alone.
 */
const AccountUserMenu = () => {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ? `${identity.fullName} (menu du compte)` : 'Menu du compte'}>
      <AccountMenuItem />
      <Logout />
    </UserMenu>
  );
};

// The screen's title is its level-1 heading, unless the screen writes its own (useLevelOneHeading).
const AccountAppBar = () => (
  <AppBar userMenu={<AccountUserMenu />}>
    <TitlePortal component="h1" className={AppBarClasses.title} />
  </AppBar>
);

/** react-admin's layout, with « Mon compte » in the user menu. */
export const AccountLayout = (props: LayoutProps) => <Layout {...props} appBar={AccountAppBar} />;
