import { checkHealth } from "@/lib/server/health/check-health";
import { json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/** GET /api/v1/health: 200 when the database answers and migrations are applied, else 503. */
export async function GET() {
  const health = await checkHealth();
  return json(health, health.ok ? 200 : 503);
}
