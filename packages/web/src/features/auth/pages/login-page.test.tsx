import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { createQueryClient, Providers } from "../../../app/providers";
import { mockFetch } from "../../../test/render-page";
import { LoginPage } from "./login-page";

describe("the login page", () => {
  it("says a wrong password is a wrong password, without a request id", async () => {
    mockFetch((url) => {
      if (url.pathname === "/api/auth/me")
        return { status: 401, body: { error: { code: "unauthenticated", message: "x", requestId: "r1" } } };
      if (url.pathname === "/api/auth/login")
        return {
          status: 401,
          body: { error: { code: "unauthenticated", message: "Tên đăng nhập hoặc mật khẩu không đúng.", requestId: "r2" } },
        };
      return undefined;
    });
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ queries: { retry: false } });
    render(
      <Providers lang="vi" queryClient={queryClient}>
        <MemoryRouter initialEntries={["/login"]}>
          <LoginPage />
        </MemoryRouter>
      </Providers>,
    );
    await userEvent.type(screen.getByTestId("login-username"), "admin");
    await userEvent.type(screen.getByTestId("login-password"), "sai-mat-khau-roi");
    await userEvent.click(screen.getByTestId("login-submit"));
    const alert = await waitFor(() => screen.getByRole("alert"));
    expect(alert.textContent).toContain("mật khẩu");
    expect(alert.textContent).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(alert.textContent).not.toContain("Không tải được dữ liệu");
    expect(alert.textContent).not.toContain("r2");
  }, 20_000);
});
