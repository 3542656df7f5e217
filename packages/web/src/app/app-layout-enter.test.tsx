import { fireEvent, render, screen } from "@testing-library/react";
import { Form, Input, Modal } from "antd";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { mockFetch } from "../test/render-page";
import { AppLayout } from "./app-layout";
import { createQueryClient, Providers } from "./providers";

/** A page of the app that opens a form of two fields in a modal (rendered outside the page's box, in a portal). */
function PageWithModalForm({ onFinish }: { onFinish: () => void }) {
  return (
    <>
      <Form onFinish={onFinish}>
        <Input aria-label="trên trang: ngày" />
        <Input aria-label="trên trang: trích dẫn" />
      </Form>
      <Modal open title="Thêm người dùng" footer={null}>
        <Form onFinish={onFinish}>
          <Form.Item name="username" label="Tên đăng nhập">
            <Input />
          </Form.Item>
          <Form.Item name="name" label="Họ tên">
            <Input />
          </Form.Item>
          <button type="submit">Lưu</button>
        </Form>
      </Modal>
    </>
  );
}

describe("Enter in the app", () => {
  it("submits no form of several fields, on the page or in a modal", async () => {
    mockFetch((url) =>
      url.pathname === "/api/auth/me"
        ? {
            body: {
              id: "u1",
              username: "vp",
              name: "Văn phòng",
              role: "office",
              agencyId: null,
              mustChangePassword: false,
              permissions: [],
            },
          }
        : undefined,
    );
    const onFinish = vi.fn();
    render(
      <Providers lang="vi" queryClient={createQueryClient()}>
        <MemoryRouter initialEntries={["/x"]}>
          <Routes>
            <Route element={<AppLayout />}>
              <Route path="/x" element={<PageWithModalForm onFinish={onFinish} />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </Providers>,
    );
    // fireEvent returns false when the default action (the implicit submission) was prevented
    expect(fireEvent.keyDown(await screen.findByLabelText("trên trang: ngày"), { key: "Enter" })).toBe(false);
    expect(fireEvent.keyDown(await screen.findByLabelText("Tên đăng nhập"), { key: "Enter" })).toBe(false);
    expect(fireEvent.keyDown(await screen.findByLabelText("Họ tên"), { key: "a" })).toBe(true);
  });
});
