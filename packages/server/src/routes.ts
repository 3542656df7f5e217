import { agencyRoutes } from "./features/agencies/agencies.routes";
import { auditRoutes } from "./features/audit/audit.routes";
import { authRoutes } from "./features/auth/auth.routes";
import { dashboardRoutes } from "./features/dashboard/dashboard.routes";
import { documentRoutes } from "./features/documents/documents.routes";
import { geoRoutes } from "./features/geo/geo.routes";
import { healthRoutes } from "./features/health/health.routes";
import { notificationRoutes } from "./features/notifications/notifications.routes";
import { progressRoutes } from "./features/progress/progress.routes";
import { enquiryRoutes } from "./features/public/enquiries.routes";
import { publicRoutes } from "./features/public/public.routes";
import { queueRoutes } from "./features/queue/queue.routes";
import { readerRoutes } from "./features/reader/reader.routes";
import { referenceRoutes } from "./features/reference/reference.routes";
import { reportingRoutes } from "./features/reporting/reporting.routes";
import { reportRoutes } from "./features/reports/reports.routes";
import { taskRoutes } from "./features/tasks/tasks.routes";
import { unitRoutes } from "./features/units/units.routes";
import { userRoutes } from "./features/users/users.routes";
import { zoneRoutes } from "./features/zones/zones.routes";
import type { RouteDef } from "./http/route";

/** Every API route of the product. Order matters only where paths overlap (/api/zones.xlsx before /api/zones/:id). */
export const routes: RouteDef[] = [
  ...healthRoutes,
  ...authRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...taskRoutes,
  ...documentRoutes,
  ...notificationRoutes,
  ...queueRoutes,
  ...readerRoutes,
  ...publicRoutes,
  ...enquiryRoutes,
  ...reportRoutes,
  ...reportingRoutes,
  ...progressRoutes,
  ...dashboardRoutes,
  ...zoneRoutes,
  ...unitRoutes,
  ...agencyRoutes,
  ...referenceRoutes,
  ...geoRoutes,
];
