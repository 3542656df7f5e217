import { foldVi } from "@dondoc/domain";

/** Select search that ignores case, diacritics and tone placement ("hoa son" finds "Hòa Sơn"). */
export const viSearch = {
  filterOption: (input: string, option?: { label?: unknown }) => foldVi(String(option?.label ?? "")).includes(foldVi(input)),
};
