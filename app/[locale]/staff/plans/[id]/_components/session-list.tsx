import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatSession } from "@/lib/domain/exam-session";
import type { Actor } from "@/lib/server/auth/session";
import { getExamSessions } from "@/lib/server/exam/set-exam-session";
import { SessionForm } from "@/app/[locale]/staff/plans/[id]/_components/session-form";

/** 七: the plan's sessions and the form that sets them (plan page). */
export async function SessionList({
  actor,
  planId,
  rooms,
}: {
  actor: Actor;
  planId: string;
  rooms: { id: string; label: string }[];
}) {
  const [t, sessions] = await Promise.all([getTranslations("examDay.sessions"), getExamSessions(actor, planId)]);
  const planWide = sessions.some((s) => s.roomId === null);
  return (
    <Card aria-labelledby="sessions" className="flex flex-col gap-3">
      <h2 id="sessions" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {planWide ? null : <Alert tone="error">{t("none")}</Alert>}
      {sessions.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {sessions.map((s) => (
            <li key={s.id}>{t("row", { room: s.room ?? t("allRooms"), time: formatSession(s) })}</li>
          ))}
        </ul>
      ) : null}
      <SessionForm planId={planId} rooms={rooms} />
    </Card>
  );
}
