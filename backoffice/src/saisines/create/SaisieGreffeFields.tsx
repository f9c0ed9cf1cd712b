import { Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  FileField,
  FileInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import {
  ADMINISTRATION_KIND_LABELS,
  CHANNEL_LABELS,
  PERSON_ROLE_LABELS,
  PERSON_TYPE_LABELS,
  PIECE_JOINTE_TYPES_TEXT,
  SAISIE_GREFFE_CHANNELS,
  SAISINE_KIND_LABELS,
} from '@info-parquet/common';
import { choicesOf } from '../labels';
import { CommuneInput } from './CommuneInput';
import { requiredMark } from './requiredMark';

const CHANNEL_CHOICES = SAISIE_GREFFE_CHANNELS.map((id) => ({ id, name: CHANNEL_LABELS[id] }));
const Heading = ({ children }: { children: string }) => (
  <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
    {children}
  </Typography>
);
const wide = { width: '100%', maxWidth: 720 };

/** The public form's fields (same names, same shared schema), laid out for a clerk copying a letter. */
export const SaisieGreffeFields = () => (
  <>
    <Typography variant="body2" sx={{ mt: 1 }}>
      Les champs marqués d’un astérisque (*) sont obligatoires.
    </Typography>
    <Heading>Réception</Heading>
    <RadioButtonGroupInput source="channel" {...requiredMark('channel')} label="Reçue par" choices={CHANNEL_CHOICES} />
    <DateInput source="receivedDate" {...requiredMark('receivedDate')} label="Date de réception (portée sur le courrier ou le courriel)" />

    <Heading>Expéditeur</Heading>
    <TextInput source="sender.administration" {...requiredMark('sender.administration')} label="Administration" sx={wide} />
    <SelectInput source="sender.administrationKind" {...requiredMark('sender.administrationKind')} label="Type d’administration" choices={choicesOf(ADMINISTRATION_KIND_LABELS)} />
    <TextInput source="sender.service" {...requiredMark('sender.service')} label="Service" sx={wide} />
    <TextInput source="sender.agentName" {...requiredMark('sender.agentName')} label="Nom de l’agent" />
    <TextInput source="sender.agentFunction" {...requiredMark('sender.agentFunction')} label="Fonction de l’agent" />
    <TextInput
      source="sender.email"
      label="Adresse électronique de l’agent"
      helperText="Facultative pour un courrier : sans elle, aucun accusé de réception n’est envoyé par courriel."
      type="email"
    />
    <TextInput source="sender.phone" {...requiredMark('sender.phone')} label="Téléphone" />

    <Heading>Saisine</Heading>
    <SelectInput source="kind" {...requiredMark('kind')} label="Type de saisine" choices={choicesOf(SAISINE_KIND_LABELS)} />
    <BooleanInput source="urgent" {...requiredMark('urgent')} label="Saisine urgente" />
    <FormDataConsumer<{ urgent?: boolean }>>
      {({ formData }) => formData.urgent && <TextInput source="urgencyReason" {...requiredMark('urgencyReason', { urgent: true })} label="Motif de l’urgence" multiline sx={wide} />}
    </FormDataConsumer>
    <TextInput source="qualification" {...requiredMark('qualification')} label="Qualification proposée" sx={wide} />
    <TextInput source="natinf" {...requiredMark('natinf')} label="Code NATINF" />

    <Heading>Faits</Heading>
    <TextInput source="facts.narrative" {...requiredMark('facts.narrative')} label="Exposé des faits" multiline minRows={5} sx={wide} />
    <DateInput source="facts.startDate" {...requiredMark('facts.startDate')} label="Date des faits (ou de début)" />
    <DateInput source="facts.endDate" {...requiredMark('facts.endDate')} label="Date de fin" />
    <CommuneInput source="facts.communeInsee" {...requiredMark('facts.communeInsee')} />
    <TextInput source="facts.address" {...requiredMark('facts.address')} label="Adresse des faits" sx={wide} />
    <TextInput source="facts.knowledge" {...requiredMark('facts.knowledge')} label="Comment l’agent a eu connaissance des faits" multiline sx={wide} />

    <Heading>Personnes</Heading>
    <ArrayInput source="persons" label="Personnes mises en cause, victimes, témoins">
      <SimpleFormIterator inline>
        <SelectInput source="role" label="Rôle" choices={choicesOf(PERSON_ROLE_LABELS)} />
        <SelectInput source="type" label="Type" choices={choicesOf(PERSON_TYPE_LABELS)} />
        <TextInput source="lastName" label="Nom" />
        <TextInput source="firstName" label="Prénom" />
        <DateInput source="birthDate" label="Date de naissance" />
        <TextInput source="name" label="Dénomination (personne morale)" />
        <TextInput source="siret" label="SIRET" />
      </SimpleFormIterator>
    </ArrayInput>

    <Heading>Pièces jointes</Heading>
    <FileInput
      source="pieces"
      label={`Documents numérisés (${PIECE_JOINTE_TYPES_TEXT})`}
      multiple
      // The dropzone's own file input is hidden but reachable: it is named like the field.
      inputProps={{ 'aria-label': `Documents numérisés (${PIECE_JOINTE_TYPES_TEXT})` }}
    >
      <FileField source="src" title="title" />
    </FileInput>
  </>
);
