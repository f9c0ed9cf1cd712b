import { getMuiDsfrThemeOptions } from '@codegouvfr/react-dsfr/mui';
import { fr } from '@codegouvfr/react-dsfr/fr';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

type Components = NonNullable<RaThemeOptions['components']>;

/** react-admin's component settings, with the DSFR's on top where both style the same component. */
function mergeComponents(base: Components, top: Components): Components {
  const merged: Record<string, Record<string, unknown>> = { ...(base as Record<string, Record<string, unknown>>) };
  for (const [name, settings] of Object.entries(top as Record<string, Record<string, unknown>>)) {
    const previous = merged[name] ?? {};
    merged[name] = {
      ...previous,
      ...settings,
      defaultProps: { ...(previous.defaultProps as object), ...(settings.defaultProps as object) },
      styleOverrides: { ...(previous.styleOverrides as object), ...(settings.styleOverrides as object) },
    };
  }
  return merged as Components;
}

/** The French State's design system (colours, Marianne, square corners) applied to react-admin. */
export function createTheme(): RaThemeOptions {
  const dsfr = getMuiDsfrThemeOptions({ isDark: false, breakpointsValues: fr.breakpoints.getPxValues() });
  return {
    ...defaultLightTheme,
    ...dsfr,
    // The DSFR's spacing only knows its positive "w" steps (1w = 8px…); react-admin also asks for
    // negative and fractional ones (e.g. the skip link hidden at spacing(-10)). Same 8px grid.
    spacing: 8,
    components: mergeComponents(defaultLightTheme.components ?? {}, dsfr.components ?? {}),
  } as RaThemeOptions;
}

export const theme = createTheme();
