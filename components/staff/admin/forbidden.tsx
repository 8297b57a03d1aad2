import { Alert } from "@/components/ui/alert";

/** What a staff page shows to a signed-in user without its role (the layout shows only their sections). */
export function Forbidden({ message }: { message: string }) {
  return <Alert tone="error">{message}</Alert>;
}
