// Xin ý kiến Ban cố vấn: requests as the question page and the advisor's page show them.
import type { ConsultationStatus, QuestionStatus } from "../model.js";

// One request: who asked whom, when, and the question it is about.
export interface ConsultationItem {
  id: number;
  questionId: number;
  status: ConsultationStatus;
  createdAt: Date;
  answeredAt: Date | null;
  answerMessageId: number | null;
  requestedBy: number;
  requesterName: string;
  requesterRank: string | null;
  advisorId: number;
  advisorName: string;
  advisorRank: string | null;
  questionTitle: string;
  questionStatus: QuestionStatus;
  deadlineAt: Date;
  pausedAt: Date | null; // the question's open pause: its deadline figures are frozen there
}

// The advisor's page: requests still waiting, the oldest first, then the latest answered.
export interface ConsultationDesk {
  open: ConsultationItem[];
  answered: ConsultationItem[];
}

// What the question page shows of consultations (to people who see the internal thread).
export interface ConsultationPanelData {
  items: ConsultationItem[];
  advisors: { id: number; name: string; rank: string | null }[]; // whom the viewer may ask
}
