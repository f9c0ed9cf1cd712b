import type { CourtRouting } from '../commune/use-court-routing';
import type { SpecialisedParquets } from '../commune/use-specialised-parquets';
import { PiecesJointesSection } from '../pieces/PiecesJointesSection';
import type { PiecesJointes } from '../pieces/use-pieces-jointes';
import { CommuneSection } from '../sections/CommuneSection';
import { FactsSection } from '../sections/FactsSection';
import { NatureSection } from '../sections/NatureSection';
import { PersonsSection } from '../sections/PersonsSection';
import { QualificationSection } from '../sections/QualificationSection';
import { SenderSection } from '../sections/SenderSection';
import { SaisineSummary } from '../summary/SaisineSummary';
import type { StepId } from './steps';

interface StepContentProps {
  step: StepId;
  routing: CourtRouting;
  specialised: SpecialisedParquets;
  pieces: PiecesJointes;
  parquet: string | null;
  onEdit: (step: StepId) => void;
}

/** The fields of one step; the values of the others stay in formik. */
export function StepContent({ step, routing, specialised, pieces, parquet, onEdit }: StepContentProps) {
  switch (step) {
    case 'service':
      return <SenderSection />;
    case 'nature':
      return <NatureSection />;
    case 'faits':
      return (
        <>
          <FactsSection />
          <CommuneSection routing={routing} specialised={specialised} />
        </>
      );
    case 'personnes':
      return <PersonsSection />;
    case 'qualification':
      return <QualificationSection />;
    case 'pieces':
      return <PiecesJointesSection pieces={pieces} />;
    case 'recapitulatif':
      return <SaisineSummary parquet={parquet} pieces={pieces} onEdit={onEdit} />;
  }
}
