import type { ZoneSummary } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import { stageColors } from "../../shared/stage-colors";
import { unlocatedZones, zonePoints } from "./zone-features";

const zone = (id: string, location: ZoneSummary["location"]): ZoneSummary => ({
  id,
  kind: "CCN",
  name: id,
  stage: "established",
  phase: null,
  fundingSource: null,
  formerDistrict: null,
  communes: [{ id: "xa-tan-thanh", name: "Xã Tân Thành", basis: "inferred" }],
  areaHa: null,
  industrialLandHa: null,
  leasedLandHa: null,
  occupancy: null,
  totalInvestmentMillionVnd: null,
  investor: null,
  establishmentDecision: null,
  location,
});

describe("zones on the map", () => {
  const centre = { lat: 21.50127, lon: 106.45936, approximate: true };
  const zones = [zone("a", centre), zone("b", centre), zone("c", { lat: 21.6, lon: 106.5, approximate: false }), zone("d", null)];

  it("draws exact and approximate locations apart, with the stage's colour", () => {
    const { features } = zonePoints(zones);
    expect(features.map((f) => [f.properties.id, f.properties.approximate])).toEqual([
      ["a", true],
      ["b", true],
      ["c", false],
    ]);
    expect(features[0]?.properties.color).toBe(stageColors.established);
    expect(features[0]?.properties.commune).toBe("Xã Tân Thành");
    expect(features[2]?.geometry.coordinates).toEqual([106.5, 21.6]);
  });

  it("spreads zones that share a commune centre so that each can be clicked", () => {
    const [a, b] = zonePoints(zones).features;
    expect(a?.geometry.coordinates).not.toEqual(b?.geometry.coordinates);
    const distance = Math.hypot(
      (a?.geometry.coordinates[0] ?? 0) - (b?.geometry.coordinates[0] ?? 0),
      (a?.geometry.coordinates[1] ?? 0) - (b?.geometry.coordinates[1] ?? 0),
    );
    expect(distance).toBeGreaterThan(0.01);
    expect(distance).toBeLessThan(0.1);
  });

  it("lists the zones without any location apart", () => {
    expect(unlocatedZones(zones).map((z) => z.id)).toEqual(["d"]);
  });
});
