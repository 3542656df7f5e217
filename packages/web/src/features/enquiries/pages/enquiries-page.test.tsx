import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockFetch, referenceAnswer, renderPage } from "../../../test/render-page";
import { EnquiriesPage } from "./enquiries-page";

describe("the enquiries list", () => {
  it("dates a message in Vietnam's time, whatever the browser's zone (01:30 on the 25th in Hà Nội is the 24th in UTC)", async () => {
    mockFetch((url) => {
      if (url.pathname === "/api/enquiries") {
        const item = {
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
        return { body: { items: [item], total: 1 } };
      }
      return referenceAnswer(url);
    });
    renderPage(<EnquiriesPage />, { url: "/enquiries", path: "/enquiries" });
    await waitFor(() => expect(screen.getByTestId("enquiry-when-7").textContent).toBe("25/11/2026 01:30"));
  });
});
