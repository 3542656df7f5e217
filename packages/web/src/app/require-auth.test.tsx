import { render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { mockFetch } from "../test/render-page";
import { createQueryClient, Providers } from "./providers";
import { RequireAuth, safeNext } from "./require-auth";

function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

function renderAt(url: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <Providers lang="vi" queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/login" element={<p>login page</p>} />
          <Route path="/account/password" element={<p>password page</p>} />
          <Route element={<RequireAuth />}>
            <Route path="/zones" element={<p>zone list</p>} />
          </Route>
        </Routes>
        <Where />
      </MemoryRouter>
    </Providers>,
  );
}

const me = { id: "u1", username: "cct", name: "Nguyễn Thị Hòa", role: "agency", roleLabel: "Cán bộ sở, ban, ngành, xã", agency: null };

describe("pages behind sign-in", () => {
  it("send a visitor to the login page, remembering where they were going", async () => {
    mockFetch(() => ({
      status: 401,
      body: { error: { code: "unauthenticated", message: "Bạn cần đăng nhập để dùng chức năng này.", requestId: "r" } },
    }));
    renderAt("/zones?q=hoa%20son");
    await waitFor(() => expect(screen.getByTestId("where").textContent).toBe("/login?next=%2Fzones%3Fq%3Dhoa%2520son"));
  });

  it("ask an account with a one-time password to change it first", async () => {
    mockFetch(() => ({ body: { ...me, mustChangePassword: true } }));
    renderAt("/zones");
    await waitFor(() => expect(screen.getByTestId("where").textContent).toBe("/account/password?next=%2Fzones"));
  });

  it("show the page to a signed-in account", async () => {
    mockFetch(() => ({ body: { ...me, mustChangePassword: false } }));
    renderAt("/zones");
    expect(await screen.findByText("zone list")).toBeTruthy();
  });

  it("only go back to a path inside the app after signing in", () => {
    expect(safeNext("/zones/ccn-hoa-son-1")).toBe("/zones/ccn-hoa-son-1");
    expect(safeNext("//evil.example/x")).toBe("/");
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext(null)).toBe("/");
  });
});
