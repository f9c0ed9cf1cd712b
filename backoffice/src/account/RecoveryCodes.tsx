import { useState } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Stack } from '@mui/material';

/**
 * The recovery codes, shown once: copy, download, and a confirmation that they are kept before
 * going on (`onDone`).
 */
export const RecoveryCodes = ({ codes, onDone, doneLabel = 'Continuer' }: { codes: string[]; onDone: () => void; doneLabel?: string }) => {
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const text = `Codes de secours Info Parquet (chacun ne sert qu’une fois)\n\n${codes.join('\n')}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'codes-de-secours-info-parquet.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack spacing={2}>
      <Alert severity="warning">
        Conservez ces 10 codes de secours en lieu sûr : ils ne seront plus affichés. Chacun remplace une fois le code de votre
        application si vous perdez votre téléphone.
      </Alert>
      <Box
        component="ol"
        aria-label="Codes de secours"
        sx={{ fontFamily: 'monospace', fontSize: '1.05rem', columns: 2, m: 0, pl: 4, bgcolor: 'grey.100', py: 1, borderRadius: 1 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={copy}>
          {copied ? 'Copiés' : 'Copier'}
        </Button>
        <Button variant="outlined" onClick={download}>
          Télécharger
        </Button>
      </Stack>
      <FormControlLabel
        control={<Checkbox checked={saved} onChange={(event) => setSaved(event.target.checked)} />}
        label="J’ai conservé mes codes de secours"
      />
      <Button variant="contained" disabled={!saved} onClick={onDone}>
        {doneLabel}
      </Button>
    </Stack>
  );
};
