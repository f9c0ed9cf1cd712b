import { AppBar, Layout, Logout, UserMenu, useUserMenu, type LayoutProps } from 'react-admin';
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

const AccountAppBar = () => (
  <AppBar
    userMenu={
      <UserMenu>
        <AccountMenuItem />
        <Logout />
      </UserMenu>
    }
  />
);

/** react-admin's layout, with « Mon compte » in the user menu. */
export const AccountLayout = (props: LayoutProps) => <Layout {...props} appBar={AccountAppBar} />;
