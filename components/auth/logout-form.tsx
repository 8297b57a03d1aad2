/**
 * 退出登录, the one way (ADR 142): a form posting the logout action it is given (the route's own,
 * app/[locale]/login/logout-action.ts), so it works before JavaScript loads and the component
 * imports nothing from app/. Not on `useActionForm`: nothing is typed or carried, and the action
 * always redirects, so there is no answer to show; and it sits in the header of every page,
 * whose JavaScript budget (ADR 050) react-hook-form and zod would spend. No hooks, so the server
 * (`LogoutButton`) and the header's client `AccountLinks` render the same form.
 */
export function LogoutForm({
  action,
  label,
  className,
  buttonClassName,
}: {
  action: () => Promise<void>;
  label: string;
  className?: string;
  buttonClassName: string;
}) {
  return (
    <form action={action} className={className}>
      <button type="submit" className={buttonClassName}>
        {label}
      </button>
    </form>
  );
}
