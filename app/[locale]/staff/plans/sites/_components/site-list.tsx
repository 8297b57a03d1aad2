import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SiteDto } from "@/lib/server/exam/list-sites";
import { DeleteButton } from "./delete-button";
import { RoomForm } from "./room-form";
import { SiteForm } from "./site-form";

/** Every site with its rooms, each editable in place. */
export async function SiteList({ sites }: { sites: SiteDto[] }) {
  const t = await getTranslations("staffExam.sites");
  if (sites.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {sites.map((site) => (
        <Card key={site.id} aria-label={site.name} className="flex flex-col gap-3">
          <div className="flex items-start justify-between gap-2">
            <h2 className="text-lg font-semibold">
              {site.name}
              <span className="ml-2 text-sm font-normal text-slate-600">
                {t("totalSeats", { seats: site.rooms.reduce((n, r) => n + r.capacity, 0) })}
              </span>
            </h2>
            {site.rooms.length === 0 ? <DeleteButton kind="site" id={site.id} label={site.name} /> : null}
          </div>
          <SiteForm site={site} />
          <h3 className="font-semibold">{t("rooms")}</h3>
          <ul className="flex flex-col gap-3">
            {site.rooms.map((room) => (
              <li key={room.id} className="rounded border border-slate-200 p-2">
                <RoomForm siteId={site.id} room={room} />
                <div className="flex items-center justify-between text-sm text-slate-600">
                  <span>{t("seatsInUse", { count: room.seatsInUse })}</span>
                  {room.seatsInUse === 0 ? <DeleteButton kind="room" id={room.id} label={room.name} /> : null}
                </div>
              </li>
            ))}
          </ul>
          <div className="rounded border border-dashed border-slate-300 p-2">
            <h3 className="mb-1 text-sm font-semibold">{t("newRoom")}</h3>
            <RoomForm siteId={site.id} />
          </div>
        </Card>
      ))}
    </div>
  );
}
