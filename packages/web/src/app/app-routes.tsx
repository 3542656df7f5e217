import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RequireAuth } from "./require-auth";

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

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="login" element={page(<LoginPage />)} />
        <Route path="account/password" element={page(<ChangePasswordPage />)} />
        <Route element={<RequireAuth />}>
          <Route index element={<Navigate to="/zones" replace />} />
          <Route path="zones" element={page(<ZoneListPage />)} />
          <Route path="zones/new" element={page(<ZoneNewPage />)} />
          <Route path="zones/:id" element={page(<ZoneDetailPage />)} />
          <Route path="zones/:id/edit" element={page(<ZoneEditPage />)} />
          <Route path="map" element={page(<MapPage />)} />
          <Route path="units" element={page(<UnitsPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

function page(element: React.ReactNode) {
  return <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "80px auto" }} />}>{element}</Suspense>;
}
