// The knowledge base (kho hỏi – đáp) as readers and the advisory board see it: search hits, an
// entry, its versions, the review queue and the second review (Duyệt lần hai).
import type { KbStatus, ProposalStatus, SecondReviewStatus } from "../model.js";
import type { LawChange } from "./regulations.js";

// An entry flagged for review: the law it cites changed.
export interface ReviewFlag {
  flaggedAt: Date;
  reason: string | null; // as written when flagged; shown when the register no longer shows a change
  changes: LawChange[];
}

export interface KbSearchHit {
  id: number;
  ref: string;
  title: string;
  snippet: string;
  score: number;
  categoryName: string;
  highlights: string[]; // folded syllables to mark in title and snippet
  flag: ReviewFlag | null; // flagged for review: the law it cites changed
}

// A citation of the law (căn cứ) as written in an entry.
export interface Citation {
  document: string;
  article: string;
}

// … and the register's document and article it was matched to, if any.
export interface LinkedCitation extends Citation {
  regulationId: number | null;
  articleId: number | null;
}

// An entry as its page and the editor show it (drafts and retired ones only to the board).
export interface EntryDetail {
  id: number;
  ref: string;
  title: string;
  question: string;
  answer: string;
  status: KbStatus;
  version: number;
  categoryId: number;
  categoryName: string;
  sourceQuestionId: number | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  retiredAt: Date | null;
  reviewedAt: Date | null;
  flaggedAt: Date | null;
  flagReason: string | null;
  supersededBy: { id: number; ref: string; title: string } | null;
  tags: string[];
  citations: LinkedCitation[];
}

// One version of an entry in its history, with its change note and what became of its second review.
export interface EntryVersion {
  version: number;
  title: string;
  question: string;
  answer: string;
  categoryName: string;
  tags: string[];
  citations: Citation[];
  editorName: string | null;
  createdAt: Date;
  note: string | null;
  reviewStatus: SecondReviewStatus | null;
  reviewReason: string | null;
}

// What the question page says about the knowledge base: the entry made from it, or a pending proposal.
export interface QuestionKbState {
  entry: { id: number; ref: string; title: string } | null;
  proposal: { id: number; status: ProposalStatus; createdAt: Date; proposerName: string } | null;
}

// A version waiting for a second advisor, with who wrote it (the decision is offered to someone else).
export interface PendingReview {
  id: number;
  entryId: number;
  ref: string;
  entryStatus: KbStatus;
  publishedVersion: number;
  version: number;
  title: string;
  note: string | null;
  piiWaived: boolean;
  requestedBy: number;
  requestedAt: Date;
  requesterName: string;
  isNew: boolean; // a waiting draft is a new entry; otherwise it would replace the published version
  authorIds: number[];
}

// An entry's request still in play (waiting, or sent back), for the banner on the entry and the editor.
export interface OpenReview {
  id: number;
  version: number;
  status: SecondReviewStatus;
  reason: string | null;
  requestedAt: Date;
  requesterName: string;
  decidedAt: Date | null;
  deciderName: string | null;
}

// An entry in the board's lists (flagged for review, drafts in progress).
export interface ReviewQueueEntry {
  id: number;
  ref: string;
  title: string;
  categoryName: string;
  updatedAt: Date;
  flaggedAt: Date | null;
  flagReason: string | null;
  authorName: string | null;
}

// The board's desk (/review): open proposals, versions waiting for a second advisor, entries flagged
// for review, drafts in progress.
export interface ReviewQueue {
  proposals: {
    id: number;
    note: string | null;
    createdAt: Date;
    questionId: number;
    questionTitle: string;
    categoryName: string;
    proposerName: string;
    proposerRank: string | null;
  }[];
  secondReviews: PendingReview[];
  flagged: ReviewQueueEntry[];
  drafts: ReviewQueueEntry[];
}
