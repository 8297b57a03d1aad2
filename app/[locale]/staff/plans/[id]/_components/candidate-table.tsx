import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import type { PlanDetailDto } from "@/lib/server/plans/get-plan";
import { SeatEditForm, type RoomChoice } from "./seat-edit-form";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

/** The plan's applicants with ticket, room and seat; seats editable by hand once the plan is held. */
export async function CandidateTable({ plan, rooms }: { plan: PlanDetailDto; rooms: RoomChoice[] }) {
  const t = await getTranslations("staffExam.plan");
  if (plan.candidates.length === 0) return <p className="text-slate-600">{t("noCandidates")}</p>;
  // Whether a seat may be set is the DTO's `canSetSeat`; without rooms there is nothing to choose.
  const noRooms = rooms.length === 0;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full min-w-[48rem] text-sm">
      <THead className="bg-slate-50 text-left">
        <TRow>
          <THeadCell scope="col" className="p-2">
            {t("name")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("idNumber")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("statusHeader")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("channel")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("ticket")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("roomSeat")}
          </THeadCell>
        </TRow>
      </THead>
      <TBody>
        {plan.candidates.map((c) => (
          <TRow key={c.applicationId} className="border-t border-slate-100 align-top">
            <THeadCell scope="row" className="p-2 text-left font-medium whitespace-nowrap">
              {c.name}
              {c.checkedIn ? <span className="ml-1 text-xs text-green-800">（{t("checkedIn")}）</span> : null}
            </THeadCell>
            <TCell className="p-2 font-mono text-xs whitespace-nowrap">{c.maskedIdNumber}</TCell>
            <TCell className="p-2">
              <StatusBadge status={c.status} />
            </TCell>
            <TCell className="p-2">{c.institution ?? t("individual")}</TCell>
            <TCell className="p-2 font-mono text-xs whitespace-nowrap">
              {c.ticketNumber ? displayTicketNumber(c.ticketNumber) : "—"}
            </TCell>
            <TCell className="p-2">
              <p>{c.room ? t("seatOf", { room: c.room, seat: c.seat ?? "—" }) : t("unseated")}</p>
              {c.canSetSeat && !noRooms ? (
                <SeatEditForm applicationId={c.applicationId} roomId={c.roomId} seat={c.seat} rooms={rooms} who={c.name} />
              ) : null}
            </TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
