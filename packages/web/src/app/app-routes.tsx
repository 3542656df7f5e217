import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { useCan } from "../features/auth/hooks/use-me";
import { AppLayout } from "./app-layout";
import { landingPath } from "./landing";
import { NotFoundPage } from "./not-found-page";
import { RequireAuth } from "./require-auth";
import { RequirePermission } from "./require-permission";

// one chunk per page; the map page alone pulls in maplibre-gl
const ZoneListPage = lazy(() => import("../features/zones/pages/zone-list-page").then((m) => ({ default: m.ZoneListPage })));
const ZoneDetailPage = lazy(() => import("../features/zones/pages/zone-detail-page").then((m) => ({ default: m.ZoneDetailPage })));
const ZoneEditPage = lazy(() => import("../features/zones/pages/zone-edit-page").then((m) => ({ default: m.ZoneEditPage })));
const ZoneNewPage = lazy(() => import("../features/zones/pages/zone-new-page").then((m) => ({ default: m.ZoneNewPage })));
const MapPage = lazy(() => import("../features/map/pages/map-page").then((m) => ({ default: m.MapPage })));
const LoginPage = lazy(() => import("../features/auth/pages/login-page").then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import("../features/auth/pages/change-password-page").then((m) => ({ default: m.ChangePasswordPage })),
);
const UnitsPage = lazy(() => import("../features/units/pages/units-page").then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import("../features/users/pages/users-page").then((m) => ({ default: m.UsersPage })));
const EnquiriesPage = lazy(() => import("../features/enquiries/pages/enquiries-page").then((m) => ({ default: m.EnquiriesPage })));
const AuditPage = lazy(() => import("../features/audit/pages/audit-page").then((m) => ({ default: m.AuditPage })));
const TaskInboxPage = lazy(() => import("../features/tasks/pages/task-inbox-page").then((m) => ({ default: m.TaskInboxPage })));
const TaskPage = lazy(() => import("../features/tasks/pages/task-page").then((m) => ({ default: m.TaskPage })));
const OverdueBoardPage = lazy(() => import("../features/tasks/pages/overdue-board-page").then((m) => ({ default: m.OverdueBoardPage })));
const DeadlineCalendarPage = lazy(() =>
  import("../features/tasks/pages/deadline-calendar-page").then((m) => ({ default: m.DeadlineCalendarPage })),
);
const ScorecardsPage = lazy(() => import("../features/scorecards/pages/scorecards-page").then((m) => ({ default: m.ScorecardsPage })));
const DocumentPage = lazy(() => import("../features/documents/pages/document-page").then((m) => ({ default: m.DocumentPage })));
const MeetingPage = lazy(() => import("../features/documents/pages/meeting-page").then((m) => ({ default: m.MeetingPage })));
const DashboardPage = lazy(() => import("../features/dashboard/pages/dashboard-page").then((m) => ({ default: m.DashboardPage })));
const ReaderPage = lazy(() => import("../features/reader/pages/reader-page").then((m) => ({ default: m.ReaderPage })));
const ReportingPage = lazy(() => import("../features/reporting/pages/reporting-page").then((m) => ({ default: m.ReportingPage })));
const ReportsPage = lazy(() => import("../features/reports/pages/reports-page").then((m) => ({ default: m.ReportsPage })));
const ConfirmationQueuePage = lazy(() =>
  import("../features/tasks/pages/confirmation-queue-page").then((m) => ({ default: m.ConfirmationQueuePage })),
);
const NotificationsPage = lazy(() =>
  import("../features/notifications/pages/notifications-page").then((m) => ({ default: m.NotificationsPage })),
);
const ReportingPeriodPage = lazy(() => import("../features/reporting/pages/period-page").then((m) => ({ default: m.PeriodPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="login" element={page(<LoginPage />)} />
        <Route path="account/password" element={page(<ChangePasswordPage />)} />
        <Route element={<RequireAuth />}>
          <Route index element={<Landing />} />
          <Route path="zones" element={page(<ZoneListPage />)} />
          <Route path="zones/new" element={page(<ZoneNewPage />)} />
          <Route path="zones/:id" element={page(<ZoneDetailPage />)} />
          <Route path="zones/:id/edit" element={page(<ZoneEditPage />)} />
          <Route path="map" element={page(<MapPage />)} />
          <Route path="units" element={page(<UnitsPage />)} />
          <Route element={<RequirePermission permission="tasks:read" />}>
            <Route path="tasks" element={page(<TaskInboxPage />)} />
            <Route path="tasks/:id" element={page(<TaskPage />)} />
            <Route path="board" element={page(<OverdueBoardPage />)} />
            <Route path="calendar" element={page(<DeadlineCalendarPage />)} />
            <Route path="scorecards" element={page(<ScorecardsPage />)} />
            <Route path="reporting" element={page(<ReportingPage />)} />
            <Route path="reporting/:id/:period" element={page(<ReportingPeriodPage />)} />
            <Route path="documents/:id" element={page(<DocumentPage />)} />
            <Route path="meetings/:id" element={page(<MeetingPage />)} />
            <Route path="notifications" element={page(<NotificationsPage />)} />
          </Route>
          <Route element={<RequirePermission permission="reports:read" />}>
            <Route path="dashboard" element={page(<DashboardPage />)} />
            <Route path="reports" element={page(<ReportsPage />)} />
          </Route>
          <Route element={<RequirePermission permission="tasks:manage" />}>
            <Route path="reader" element={page(<ReaderPage />)} />
            <Route path="queue" element={page(<ConfirmationQueuePage />)} />
          </Route>
          <Route element={<RequirePermission permission="users:manage" />}>
            <Route path="users" element={page(<UsersPage />)} />
          </Route>
          <Route element={<RequirePermission permission="enquiries:answer" />}>
            <Route path="enquiries" element={page(<EnquiriesPage />)} />
          </Route>
          <Route element={<RequirePermission permission="audit:read" />}>
            <Route path="audit" element={page(<AuditPage />)} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

function page(element: React.ReactNode) {
  return <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "80px auto" }} />}>{element}</Suspense>;
}

/** "/" after sign-in: the role's own work (landing.ts). */
function Landing() {
  const can = useCan();
  return <Navigate to={landingPath(can)} replace />;
}
