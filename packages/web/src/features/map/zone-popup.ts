import { zoneStageLabels } from "@dondoc/domain";
import type { I18n } from "../../i18n/i18n-context";
import type { ZonePointProperties } from "./zone-features";

/** The popup of a zone point, built as DOM nodes (names are text, never HTML). */
export function zonePopup(zone: ZonePointProperties, i18n: Pick<I18n, "t" | "label">, open: (path: string) => void): HTMLElement {
  const root = document.createElement("div");
  root.dataset.testid = "zone-popup";
  const name = document.createElement("strong");
  name.textContent = zone.name;
  const stage = document.createElement("div");
  stage.textContent = i18n.label(zoneStageLabels[zone.stage]);
  root.append(name, stage);
  if (zone.approximate) {
    const note = document.createElement("div");
    note.style.color = "#d46b08";
    note.textContent = `${i18n.t("zone.approximate")}${zone.commune ? ` (${zone.commune})` : ""}`;
    root.append(note);
  }
  const path = `/zones/${encodeURIComponent(zone.id)}`;
  const link = document.createElement("a");
  link.href = path;
  link.textContent = i18n.t("map.popup.detail");
  link.addEventListener("click", (event) => {
    event.preventDefault();
    open(path);
  });
  const line = document.createElement("div");
  line.style.marginTop = "6px";
  line.append(link);
  root.append(line);
  return root;
}
