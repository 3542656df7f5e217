import type { ZoneDetail } from "@dondoc/domain";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockFetch, referenceAnswer, renderPage } from "../../../test/render-page";
import { ZoneEditPage } from "./zone-edit-page";

const zone: ZoneDetail = {
  id: "ccn-hoa-son-1",
  kind: "CCN",
  name: "CCN Hòa Sơn 1",
  stage: "construction-started",
  phase: "2021-2025",
  fundingSource: "non-budget",
  formerDistrict: null,
  communes: [],
  areaHa: 74.9,
  industrialLandHa: null,
  leasedLandHa: null,
  occupancy: null,
  totalInvestmentMillionVnd: 724756,
  investor: null,
  establishmentDecision: null,
  location: null,
  aliases: [],
  note: null,
  provenance: {},
  history: [],
  planEntries: [],
  updatedAt: "2026-11-23T13:08:05.286Z",
  version: 3,
  industries: [],
  rentalPrice: null,
  contact: null,
  published: true,
};

function formItemOf(element: HTMLElement): HTMLElement {
  const item = element.closest(".ant-form-item");
  if (!(item instanceof HTMLElement)) throw new Error("not inside a form item");
  return item;
}

async function changeArea(value: string) {
  const input = await screen.findByTestId("input-areaHa");
  await userEvent.clear(input);
  await userEvent.type(input, value);
  await userEvent.click(screen.getByTestId("zone-save"));
  return input;
}

describe("zone edit page", () => {
  it("shows the domain schema's message under the field before sending anything", async () => {
    const fetchMock = mockFetch((url) => (url.pathname === "/api/zones/ccn-hoa-son-1" ? { body: zone } : referenceAnswer(url)));
    renderPage(<ZoneEditPage />, { url: "/zones/ccn-hoa-son-1/edit", path: "/zones/:id/edit" });
    const input = await changeArea("0");
    await waitFor(() => expect(formItemOf(input).textContent).toContain("Diện tích phải lớn hơn 0."));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PATCH")).toBe(false);
  });

  it("puts the server's 422 details under their fields and sends If-Match with only the change", async () => {
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname !== "/api/zones/ccn-hoa-son-1") return referenceAnswer(url);
      if (init?.method === "PATCH") {
        return {
          status: 422,
          body: {
            error: {
              code: "invalid",
              message: "Số liệu diện tích không khớp nhau.",
              details: [{ path: "areaHa", message: "Diện tích nhỏ hơn đất đã giao." }],
              requestId: "r-2",
            },
          },
        };
      }
      return { body: zone };
    });
    renderPage(<ZoneEditPage />, { url: "/zones/ccn-hoa-son-1/edit", path: "/zones/:id/edit" });
    const input = await changeArea("80");

    await waitFor(() => expect(formItemOf(input).textContent).toContain("Diện tích nhỏ hơn đất đã giao."));
    expect(screen.getByTestId("save-error").textContent).toContain("Số liệu diện tích không khớp nhau.");
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === "PATCH");
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ areaHa: 80 });
    expect(new Headers(patch?.[1]?.headers).get("if-match")).toBe("3");
  });

  it("explains a 409 and reloads the latest version on request", async () => {
    let version = 3;
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname !== "/api/zones/ccn-hoa-son-1") return referenceAnswer(url);
      if (init?.method === "PATCH") {
        version = 4;
        return { status: 409, body: { error: { code: "conflict", message: "Khu, cụm này vừa được người khác sửa.", requestId: "r-3" } } };
      }
      return { body: { ...zone, version, areaHa: version === 4 ? 90 : 74.9 } };
    });
    renderPage(<ZoneEditPage />, { url: "/zones/ccn-hoa-son-1/edit", path: "/zones/:id/edit" });
    await changeArea("80");

    const conflict = await screen.findByTestId("save-conflict");
    expect(conflict.textContent).toContain("Khu, cụm này vừa được người khác sửa.");
    await userEvent.click(screen.getByTestId("conflict-reload"));
    await waitFor(() => expect((screen.getByTestId("input-areaHa") as HTMLInputElement).value).toBe("90"));
    expect(screen.queryByTestId("save-conflict")).toBeNull();
    expect(fetchMock.mock.calls.filter(([input, init]) => String(input) === "/api/zones/ccn-hoa-son-1" && !init?.method).length).toBe(2);
  });

  it("sends a new source document typed in the form with the change, after saying what it lacks", async () => {
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname !== "/api/zones/ccn-hoa-son-1") return referenceAnswer(url);
      return { body: init?.method === "PATCH" ? { ...zone, areaHa: 80, version: 4 } : zone };
    });
    renderPage(<ZoneEditPage />, { url: "/zones/ccn-hoa-son-1/edit", path: "/zones/:id/edit" });
    const input = await screen.findByTestId("input-areaHa");
    await userEvent.clear(input);
    await userEvent.type(input, "80");
    await userEvent.click(screen.getByText("Văn bản mới"));
    await userEvent.type(await screen.findByTestId("source-new-number"), "1234/SCT-QLCN");
    await userEvent.click(screen.getByTestId("zone-save"));
    const issuer = screen.getByTestId("source-new-issuer");
    await waitFor(() => expect(formItemOf(issuer).textContent).toContain("Cơ quan ban hành không được để trống."));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PATCH")).toBe(false);

    await userEvent.type(issuer, "Sở Công Thương");
    const issuedOn = screen.getByTestId("source-new-issued-on").querySelector("input") ?? screen.getByTestId("source-new-issued-on");
    await userEvent.click(issuedOn);
    await userEvent.type(issuedOn, "20/11/2026{Enter}");
    await userEvent.click(screen.getByTestId("zone-save"));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PATCH")).toBe(true));
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === "PATCH");
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({
      areaHa: 80,
      source: {
        documentId: null,
        newDocument: { type: "Công văn", number: "1234/SCT-QLCN", issuedOn: "2026-11-20", issuer: "Sở Công Thương", title: null },
        passage: null,
        asOf: null,
      },
    });
  }, 30_000);
});
