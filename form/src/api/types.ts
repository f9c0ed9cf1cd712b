/** What the public API answers (ARCHITECTURE.md "Public submission, version 1"). */

export interface Commune {
  codeInsee: string;
  nom: string;
  departementCode: string;
  codesPostaux: string[];
}

export interface JuridictionSummary {
  id: string;
  nom: string;
}

/** `GET /api/public/juridictions`: an active court or specialised parquet, with what it deals with. */
export interface JuridictionPublique extends JuridictionSummary {
  type: 'TJ' | 'TPI' | 'SPECIALISE';
  competence: string | null;
}

/** `GET /api/public/communes/<codeInsee>/routage`: the competent court, or the candidates (art. 43 CPP). */
export interface Routage {
  commune: Commune;
  certain: boolean;
  juridiction: JuridictionSummary | null;
  candidates: JuridictionSummary[];
}

/** `201` answer of `POST /api/public/saisines`. */
export interface SaisineReceipt {
  id: string;
  reference: string;
  receivedAt: string;
  juridiction: JuridictionSummary & { adresse?: string | null };
  trackingUrl: string;
  acknowledgement?: {
    reference: string;
    receivedAt: string;
    juridiction?: JuridictionSummary | null;
    message?: string | null;
    /** The PDF acknowledgement (`GET /api/public/suivi/<token>/accuse-reception.pdf`). */
    pdfUrl?: string;
    piecesJointes?: PieceJointe[];
  };
}

/** `201` answer of `POST /api/public/pieces-jointes`: one stored document. */
export interface PieceJointe {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/** `GET /api/public/suivi/<token>`: what the sender may see of their referral. */
export interface Suivi {
  reference: string;
  status: string;
  statusLabel: string;
  receivedAt: string;
  statusDescription?: string;
  juridiction: { nom: string } | null;
  numeroParquet?: string | null;
  /** Once decided (art. 40-2): the family, its detail, and for a classement its reason and the appeal (art. 40-3). */
  decision?: string | null;
  decisionLabel?: string | null;
  decisionDetail?: string | null;
  classementReason?: string | null;
  classementReasonLabel?: string | null;
  appealMention?: string | null;
  events: { at: string; status: string; label: string }[];
  /** The court's requests for more and the sender's messages, oldest first. */
  thread?: SuiviMessage[];
  /** False once the referral is closed: nothing can be added any more. */
  canAddMessage?: boolean;
}

export interface SuiviMessage {
  at: string;
  from: 'parquet' | 'expediteur';
  authorLabel: string;
  message: string;
  pieces: { originalName: string; sizeBytes: number; sha256: string }[];
}

/** The API's error body: `{ "message", "errors": { "facts.narrative": "…" }, "details": {…} }`. */
export interface ApiErrorBody {
  message?: string;
  errors?: Record<string, string>;
  details?: { candidates?: JuridictionSummary[] } & Record<string, unknown>;
}
