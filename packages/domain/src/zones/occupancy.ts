/**
 * Occupancy (tỷ lệ lấp đầy) = leased industrial land ÷ industrial land for lease (LEGAL-NOTES §1.6).
 * Computed, never typed in. Unknown when either figure is missing or there is no land for lease.
 */
export function occupancy(industrialLandHa: number | null, leasedLandHa: number | null): number | null {
  if (industrialLandHa === null || leasedLandHa === null || industrialLandHa <= 0) return null;
  return leasedLandHa / industrialLandHa;
}

/** Industrial land still free for lease, in ha. */
export function freeLandHa(industrialLandHa: number | null, leasedLandHa: number | null): number | null {
  if (industrialLandHa === null) return null;
  return Math.max(0, industrialLandHa - (leasedLandHa ?? 0));
}
