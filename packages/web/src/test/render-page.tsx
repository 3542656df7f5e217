import { cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, vi } from "vitest";
import { createQueryClient, Providers } from "../app/providers";
import type { Lang } from "../i18n/translate";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The current location, written into the page so that a test can read what the address bar would show. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders one page at `url` inside the app's providers, with a fresh query cache (no retries). */
export function renderPage(element: ReactNode, opts: { url: string; path: string; lang?: Lang }) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  return render(
    <Providers lang={opts.lang ?? "vi"} queryClient={queryClient}>
      <MemoryRouter initialEntries={[opts.url]}>
        <Routes>
          <Route path={opts.path} element={element} />
          <Route path="*" element={<p>other page</p>} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </Providers>,
  );
}

type Handler = (url: URL, init: RequestInit | undefined) => { status?: number; body: unknown } | undefined;

/** Replaces fetch: each request goes to the first handler that answers; anything else is a 404 in our error shape. */
export function mockFetch(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const answer = handler(url, init) ?? {
      status: 404,
      body: { error: { code: "not_found", message: "Không có địa chỉ API này.", requestId: "test" } },
    };
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The reference lists every page asks for, empty unless a test gives them. */
export function referenceAnswer(url: URL): { body: unknown } | undefined {
  if (url.pathname === "/api/units" || url.pathname === "/api/agencies" || url.pathname === "/api/documents")
    return { body: { items: [], total: 0 } };
  if (url.pathname === "/api/auth/me") {
    return {
      body: {
        id: "u1",
        username: "admin",
        name: "Quản trị hệ thống",
        role: "admin",
        roleLabel: "Quản trị hệ thống",
        agency: null,
        mustChangePassword: false,
        permissions: ["registry:read", "registry:edit", "users:manage", "audit:read", "tasks:read", "tasks:manage", "tasks:report"],
        registryKinds: [],
      },
    };
  }
  if (url.pathname === "/api/map-config")
    return { body: { tileUrl: null, tileAttribution: null, boundaryAttribution: { vi: "Ranh giới", en: "Boundaries" } } };
  return undefined;
}
