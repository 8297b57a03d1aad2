import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import type { PlanDetailDto } from "@/lib/server/plans/get-plan";
import { SeatEditForm, type RoomChoice } from "./seat-edit-form";

/** The plan's applicants with ticket, room and seat; seats editable by hand once the plan is held. */
export async function CandidateTable({ plan, rooms }: { plan: PlanDetailDto; rooms: RoomChoice[] }) {
  const t = await getTranslations("staffExam.plan");
  if (plan.candidates.length === 0) return <p className="text-slate-600">{t("noCandidates")}</p>;
  // Whether a seat may be set is the DTO's `canSetSeat`; without rooms there is nothing to choose.
  const noRooms = rooms.length === 0;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-sm">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="p-2">
              {t("name")}
            </th>
            <th scope="col" className="p-2">
              {t("idNumber")}
            </th>
            <th scope="col" className="p-2">
              {t("statusHeader")}
            </th>
            <th scope="col" className="p-2">
              {t("channel")}
            </th>
            <th scope="col" className="p-2">
              {t("ticket")}
            </th>
            <th scope="col" className="p-2">
              {t("roomSeat")}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.candidates.map((c) => (
            <tr key={c.applicationId} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-left font-medium whitespace-nowrap">
                {c.name}
                {c.checkedIn ? <span className="ml-1 text-xs text-green-800">（{t("checkedIn")}）</span> : null}
              </th>
              <td className="p-2 font-mono text-xs whitespace-nowrap">{c.maskedIdNumber}</td>
              <td className="p-2">
                <StatusBadge status={c.status} />
              </td>
              <td className="p-2">{c.institution ?? t("individual")}</td>
              <td className="p-2 font-mono text-xs whitespace-nowrap">
                {c.ticketNumber ? displayTicketNumber(c.ticketNumber) : "—"}
              </td>
              <td className="p-2">
                <p>{c.room ? t("seatOf", { room: c.room, seat: c.seat ?? "—" }) : t("unseated")}</p>
                {c.canSetSeat && !noRooms ? (
                  <SeatEditForm applicationId={c.applicationId} roomId={c.roomId} seat={c.seat} rooms={rooms} who={c.name} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
