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
    <Heading>Réception</Heading>
    <RadioButtonGroupInput source="channel" label="Reçue par" choices={CHANNEL_CHOICES} />
    <DateInput source="receivedDate" label="Date de réception (portée sur le courrier ou le courriel)" />

    <Heading>Expéditeur</Heading>
    <TextInput source="sender.administration" label="Administration" sx={wide} />
    <SelectInput source="sender.administrationKind" label="Type d’administration" choices={choicesOf(ADMINISTRATION_KIND_LABELS)} />
    <TextInput source="sender.service" label="Service" sx={wide} />
    <TextInput source="sender.agentName" label="Nom de l’agent" />
    <TextInput source="sender.agentFunction" label="Fonction de l’agent" />
    <TextInput
      source="sender.email"
      label="Adresse électronique de l’agent"
      helperText="Facultative pour un courrier : sans elle, aucun accusé de réception n’est envoyé par courriel."
      type="email"
    />
    <TextInput source="sender.phone" label="Téléphone" />

    <Heading>Saisine</Heading>
    <SelectInput source="kind" label="Type de saisine" choices={choicesOf(SAISINE_KIND_LABELS)} />
    <BooleanInput source="urgent" label="Saisine urgente" />
    <FormDataConsumer<{ urgent?: boolean }>>
      {({ formData }) => formData.urgent && <TextInput source="urgencyReason" label="Motif de l’urgence" multiline sx={wide} />}
    </FormDataConsumer>
    <TextInput source="qualification" label="Qualification proposée" sx={wide} />
    <TextInput source="natinf" label="Code NATINF" />

    <Heading>Faits</Heading>
    <TextInput source="facts.narrative" label="Exposé des faits" multiline minRows={5} sx={wide} />
    <DateInput source="facts.startDate" label="Date des faits (ou de début)" />
    <DateInput source="facts.endDate" label="Date de fin" />
    <CommuneInput source="facts.communeInsee" />
    <TextInput source="facts.address" label="Adresse des faits" sx={wide} />
    <TextInput source="facts.knowledge" label="Comment l’agent a eu connaissance des faits" multiline sx={wide} />

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
    <FileInput source="pieces" label={`Documents numérisés (${PIECE_JOINTE_TYPES_TEXT})`} multiple>
      <FileField source="src" title="title" />
    </FileInput>
  </>
);
