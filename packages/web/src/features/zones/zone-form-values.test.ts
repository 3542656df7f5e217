import type { ZoneDetail } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import { changedFields, detailsToFields, fieldNameOf, payloadFromValues, validateValues, valuesFromZone } from "./zone-form-values";

const zone: ZoneDetail = {
  id: "ccn-hoa-son-1",
  kind: "CCN",
  name: "CCN Hòa Sơn 1",
  stage: "construction-started",
  phase: "2021-2025",
  fundingSource: "non-budget",
  formerDistrict: { id: "huyen-huu-lung", name: "Huyện Hữu Lũng" },
  communes: [{ id: "xa-tan-thanh", name: "Xã Tân Thành", basis: "document" }],
  areaHa: 74.9,
  industrialLandHa: null,
  leasedLandHa: null,
  occupancy: null,
  totalInvestmentMillionVnd: 724756,
  investor: { id: "ld-tan-dai-nam", name: "Liên danh Tân Đại Nam" },
  establishmentDecision: { number: "1586/QĐ-UBND", date: "2023-10-04" },
  location: { lat: 21.50127, lon: 106.45936, approximate: true },
  aliases: ["Cụm công nghiệp Hòa Sơn 1"],
  note: null,
  provenance: {},
  history: [],
  planEntries: [],
  updatedAt: "2026-11-23T13:08:05.286Z",
  version: 1,
  industries: [],
  rentalPrice: null,
  contact: null,
  published: true,
};

describe("422 details → form fields", () => {
  it("maps server and zod paths onto the form's items", () => {
    expect(fieldNameOf("areaHa")).toEqual(["areaHa"]);
    expect(fieldNameOf("location.lat")).toEqual(["location", "lat"]);
    expect(fieldNameOf("location")).toEqual(["location", "system"]);
    expect(fieldNameOf("aliases.0")).toEqual(["aliases"]);
    expect(fieldNameOf("source.documentId")).toEqual(["source", "documentId"]);
    expect(fieldNameOf("(toàn bộ)")).toBeNull();
    expect(fieldNameOf("Dòng 5, cột Tên")).toBeNull();
  });

  it("groups messages by field and keeps the rest for a general message", () => {
    const errors = detailsToFields([
      { path: "areaHa", message: "Diện tích không được âm." },
      { path: "areaHa", message: "Diện tích phải lớn hơn 0." },
      { path: "communeIds.1", message: 'Không có xã, phường "xa-khong-co".' },
      { path: "(toàn bộ)", message: "Không có thay đổi nào để lưu." },
    ]);
    expect(errors.fields).toEqual([
      { name: ["areaHa"], errors: ["Diện tích không được âm.", "Diện tích phải lớn hơn 0."] },
      { name: ["communeIds"], errors: ['Không có xã, phường "xa-khong-co".'] },
    ]);
    expect(errors.general).toEqual(["Không có thay đổi nào để lưu."]);
  });
});

describe("the form's values and the domain schema", () => {
  it("shows the schema's Vietnamese messages under the fields", () => {
    const values = { ...valuesFromZone(zone), name: "  ", areaHa: -5, location: { system: "wgs84" as const, lat: 21.5, lon: null } };
    const errors = validateValues(values);
    expect(errors.fields).toContainEqual({ name: ["name"], errors: ["Tên không được để trống."] });
    expect(errors.fields).toContainEqual({ name: ["areaHa"], errors: ["Diện tích không được âm.", "Diện tích phải lớn hơn 0."] });
    expect(errors.fields).toContainEqual({ name: ["location", "lon"], errors: ["Kinh độ phải là một số."] });
  });

  it("accepts VN-2000 coordinates inside Lạng Sơn and refuses swapped ones", () => {
    const base = valuesFromZone(zone);
    expect(validateValues({ ...base, location: { system: "vn2000", x: 2378000, y: 442000 } }).fields).toEqual([]);
    const swapped = validateValues({ ...base, location: { system: "vn2000", x: 442000, y: 2378000 } });
    expect(swapped.fields[0]?.name).toEqual(["location", "system"]);
    expect(swapped.fields[0]?.errors[0]).toMatch(/ngoài tỉnh Lạng Sơn/);
  });

  it("does not turn an approximate location (the commune's centre) into typed coordinates", () => {
    expect(payloadFromValues(valuesFromZone(zone)).location).toBeNull();
  });

  it("sends only the changed fields, with the source when one is given", () => {
    const initial = valuesFromZone(zone);
    const before = payloadFromValues(initial);
    expect(changedFields(before, payloadFromValues(initial))).toEqual({});
    const after = payloadFromValues({
      ...initial,
      areaHa: 80,
      source: { documentId: "seed-003", passage: "Bảng (1)", asOf: "2026-11-01" },
    });
    expect(changedFields(before, after)).toEqual({
      areaHa: 80,
      source: { documentId: "seed-003", newDocument: null, passage: "Bảng (1)", asOf: "2026-11-01" },
    });
  });

  it("sends a new source document typed in the form, and says in Vietnamese what it lacks", () => {
    const initial = valuesFromZone(zone);
    const typed = {
      ...initial,
      areaHa: 80,
      source: {
        kind: "new" as const,
        documentId: "seed-003", // chosen before switching to a new document: not sent
        newDocument: { type: "Công văn", number: " 1234/SCT-QLCN ", issuedOn: "2026-11-20", issuer: "Sở Công Thương" },
      },
    };
    expect(payloadFromValues(typed).source).toEqual({
      documentId: null,
      newDocument: { type: "Công văn", number: " 1234/SCT-QLCN ", issuedOn: "2026-11-20", issuer: "Sở Công Thương", title: null },
      passage: null,
      asOf: null,
    });
    expect(validateValues(typed).fields).toEqual([]);
    const lacking = validateValues({ ...typed, source: { kind: "new", newDocument: { number: "1234/SCT-QLCN" } } });
    expect(lacking.fields).toEqual(
      expect.arrayContaining([
        { name: ["source", "newDocument", "issuer"], errors: ["Cơ quan ban hành không được để trống."] },
        { name: ["source", "newDocument", "issuedOn"], errors: ["Ngày phải có dạng YYYY-MM-DD và tồn tại"] },
      ]),
    );
  });
});
