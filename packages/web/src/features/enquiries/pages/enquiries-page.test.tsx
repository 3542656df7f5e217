import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockFetch, referenceAnswer, renderPage } from "../../../test/render-page";
import { EnquiriesPage } from "./enquiries-page";

const ITEM = {
  id: 7,
  zone: null,
  name: "Trần An",
  company: null,
  email: "an@example.vn",
  phone: null,
  interest: null,
  message: "Còn đất không?",
  language: "vi",
  createdAt: "2026-11-24T18:30:00.000Z",
  answer: null,
  answeredAt: null,
};

function openPage() {
  mockFetch((url, init) => {
    if (url.pathname === "/api/enquiries/7/answer" && init?.method === "POST")
      return { body: { ...ITEM, answer: "Còn", answeredAt: "2026-11-25T03:00:00.000Z" } };
    if (url.pathname === "/api/enquiries") {
      const item = ITEM;
      return { body: { items: [item], total: 1 } };
    }
    return referenceAnswer(url);
  });
  renderPage(<EnquiriesPage />, { url: "/enquiries", path: "/enquiries" });
}

describe("the enquiries list", () => {
  it("dates a message in Vietnam's time, whatever the browser's zone (01:30 on the 25th in Hà Nội is the 24th in UTC)", async () => {
    openPage();
    await waitFor(() => expect(screen.getByTestId("enquiry-when-7").textContent).toBe("25/11/2026 01:30"));
  });

  it("says that an answer was saved but not e-mailed, and where to write", async () => {
    openPage();
    await userEvent.click(await screen.findByTestId("answer-7"));
    await userEvent.type(await screen.findByTestId("enquiry-answer"), "Còn");
    await userEvent.click(screen.getByRole("button", { name: /Gửi/ }));
    await waitFor(() => expect(document.body.textContent).toContain("KHÔNG được gửi qua e-mail"));
    expect(document.body.textContent).toContain("an@example.vn");
  }, 20_000);
});
