import "server-only";
import { Canvas, Document, Image, Page } from "@react-pdf/renderer";
import { loadPdfFonts, type Painter, type PdfFonts } from "./canvas-text";
import { CENTER_NAME } from "./center";
import { assertMaskedIdNumber, verificationUrl } from "./document-values";
import { photoSource } from "./photo";
import { qrPng } from "./qr";
import { renderPdf } from "./render";
import { PAGE, PHOTO_BOX, QR_BOX, paintTicket } from "./ticket-layout";
import type { TicketDto } from "./ticket-dto";

export type { TicketDto } from "./ticket-dto";

const abs = (box: { x: number; y: number; width: number; height: number }) =>
  ({ position: "absolute", left: box.x, top: box.y, width: box.width, height: box.height }) as const;

function TicketPage({ ticket, photo, qr, fonts }: { ticket: TicketDto; photo: Buffer | null; qr: Buffer; fonts: PdfFonts }) {
  return (
    <Page size="A4">
      {/* Everything but the two images: see canvas-text.ts for why it is painted, not laid out. */}
      <Canvas
        style={{ position: "absolute", left: 0, top: 0, width: PAGE.width, height: PAGE.height - 1 }}
        paint={(p: Painter) => paintTicket(p, fonts, ticket)}
      />
      {photo ? (
        // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt text; the PDF is printed
        <Image style={{ ...abs(PHOTO_BOX), objectFit: "cover" }} src={photo} />
      ) : null}
      {/* eslint-disable-next-line jsx-a11y/alt-text -- as above */}
      <Image style={abs(QR_BOX)} src={qr} />
    </Page>
  );
}

/**
 * One A4 page per ticket, the whole batch in one PDF (六: institutions print their candidates'
 * tickets together), so the Chinese font is subset and embedded once. Each QR code encodes
 * `<baseUrl>/verify/ticket?token=…`.
 */
export async function renderTicketsPdf(tickets: readonly TicketDto[], baseUrl: string): Promise<Buffer> {
  if (tickets.length === 0) throw new RangeError("no tickets to render");
  for (const t of tickets) assertMaskedIdNumber(t.maskedIdNumber);
  const fonts = await loadPdfFonts();
  // Everything that can refuse input runs before React: an error thrown inside react-pdf's
  // reconciler comes out as an unrelated TypeError.
  const pages = tickets.map((ticket) => ({
    ticket,
    photo: ticket.photo ? photoSource(ticket.photo) : null,
    qr: qrPng(verificationUrl(baseUrl, "ticket", ticket.qrToken)),
  }));
  return renderPdf(
    <Document title="专项职业能力考核准考证" author={CENTER_NAME} creator={CENTER_NAME} producer={CENTER_NAME} language="zh-CN">
      {pages.map(({ ticket, photo, qr }) => (
        <TicketPage key={ticket.ticketNumber} ticket={ticket} photo={photo} qr={qr} fonts={fonts} />
      ))}
    </Document>,
  );
}
