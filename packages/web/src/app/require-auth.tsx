import { Spin } from "antd";
import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../features/auth/hooks/use-me";
import { ErrorAlert } from "../shared/query-state";

/** Pages behind sign-in: nobody signed in → the login page, then back here; a one-time password → change it first. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  if (me.isPending) return <Spin size="large" style={{ display: "block", margin: "80px auto" }} />;
  if (me.error) return <ErrorAlert error={me.error} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(here)}`} replace />;
  if (me.data.mustChangePassword) return <Navigate to={`/account/password?next=${encodeURIComponent(here)}`} replace />;
  return <Outlet />;
}

/** Only a path inside the app may be a destination after sign-in (no open redirect); none: "/", the landing page of the role. */
export function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}
