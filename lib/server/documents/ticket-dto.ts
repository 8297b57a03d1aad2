import type { PhotoDto } from "./photo";

/** What a ticket prints; the use case builds it (masked ID, signed token) and checks access. */
export interface TicketDto {
  ticketNumber: string;
  name: string;
  maskedIdNumber: string;
  photo: PhotoDto | null;
  projectName: string;
  /** YYYY-MM-DD */
  examDate: string;
  /** e.g. "09:00—11:00": the session's time (七: candidates come at the time the ticket gives). */
  examTime: string;
  siteName: string;
  siteAddress: string;
  room: string | null;
  seat: number | null;
  qrToken: string;
  /** e.g. "2025年第5批次" */
  batchLabel: string;
}
