import { getIn, useFormikContext } from 'formik';
import type { SaisineFormStatus } from '../use-saisine-submission';

/**
 * The DSFR state of a field: the schema's message once the agent has left the field or tried to
 * send, else the API's message as long as the field keeps the value that the API refused.
 */
export function useFieldError(name: string) {
  const { errors, touched, submitCount, values, status } = useFormikContext();
  const clientError = getIn(errors, name) as unknown;
  const shownClientError =
    typeof clientError === 'string' && (Boolean(getIn(touched, name)) || submitCount > 0) ? clientError : undefined;
  const rejected = (status as SaisineFormStatus | undefined)?.rejected;
  const serverError =
    rejected && getIn(values, name) === getIn(rejected.values, name) ? rejected.errors[name] : undefined;
  const message = shownClientError ?? serverError;
  return {
    message,
    dsfrState: message !== undefined ? ('error' as const) : ('default' as const),
    ariaInvalid: message !== undefined ? true : undefined,
  };
}
