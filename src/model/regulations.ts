// The register of legal documents (Văn bản) and what changed in the law an entry cites.
import type { RegulationStatus } from "../model.js";

export type ChangedStatus = Exclude<RegulationStatus, "in_force">;

// One cited document and, when the citation points at one, an article, with their statuses.
export interface CitedLaw {
  regulationId: number;
  document: string;
  number: string | null;
  documentStatus: RegulationStatus;
  documentSince: string | null; // "YYYY-MM-DD"
  articleId: number | null;
  article: string | null; // "Điều 20"
  articleStatus: RegulationStatus | null;
  articleSince: string | null;
}

export interface LawChange {
  regulationId: number;
  articleId: number | null; // null: the whole document changed
  document: string;
  number: string | null;
  article: string | null;
  status: ChangedStatus;
  since: string | null;
}

// A document of the register.
export interface RegulationRow {
  id: number;
  title: string;
  number: string | null;
  issuer: string | null;
  effectiveDate: string | null; // "YYYY-MM-DD"
  status: RegulationStatus;
  statusSince: string | null; // "YYYY-MM-DD"
  statusChangedAt: Date | null;
  aliases: string[];
  incomplete: boolean;
  createdAt: Date;
}

// One article of a document.
export interface ArticleRow {
  id: number;
  regulationId: number;
  label: string; // "Điều 20"
  heading: string;
  text: string;
  position: number;
  status: RegulationStatus;
  statusSince: string | null;
  statusChangedAt: Date | null;
}

export type RegulationSummary = RegulationRow & { articleCount: number };
