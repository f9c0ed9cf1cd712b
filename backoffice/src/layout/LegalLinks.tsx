import { Box, Link } from '@mui/material';
import { ACCESSIBILITE_CONFORMITE } from '@info-parquet/common';

/** The legal pages, served by the public site (same origin), at the foot of every back-office screen. */
export const LEGAL_LINKS = [
  { href: '/mentions-legales', label: 'Mentions légales' },
  { href: '/donnees-personnelles', label: 'Données personnelles' },
  { href: '/accessibilite', label: `Accessibilité : ${ACCESSIBILITE_CONFORMITE}` },
] as const;

export const LegalLinks = () => (
  <Box component="nav" aria-label="Informations légales" sx={{ mt: 4, mb: 1, px: 2 }}>
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', m: 0, p: 0 }}>
      {LEGAL_LINKS.map((link) => (
        <li key={link.href}>
          <Link href={link.href} variant="body2" color="text.secondary" underline="always">
            {link.label}
          </Link>
        </li>
      ))}
    </Box>
  </Box>
);
