import { useEffect } from "react";

const BOXES = ".ant-table-container, .ant-table-content, .ant-table-body, .ant-descriptions-view";

/**
 * A table that scrolls inside its own box on a phone must be reachable by keyboard (WCAG 2.1.1,
 * axe "scrollable-region-focusable"): each box wider than the screen gets tabindex 0 and a region
 * role; checked whenever the page's content changes.
 */
export function useScrollableRegions(root: () => HTMLElement | null, label: string) {
  useEffect(() => {
    const element = root();
    if (!element) return;
    const mark = () => {
      for (const box of Array.from(element.querySelectorAll<HTMLElement>(BOXES))) {
        const scrolls = box.scrollWidth > box.clientWidth + 1;
        if (scrolls && box.tabIndex !== 0) {
          box.tabIndex = 0;
          box.setAttribute("role", "region");
          box.setAttribute("aria-label", label);
        } else if (!scrolls && box.getAttribute("role") === "region") {
          box.removeAttribute("tabindex");
          box.removeAttribute("role");
          box.removeAttribute("aria-label");
        }
      }
    };
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(mark);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(element, { childList: true, subtree: true });
    window.addEventListener("resize", schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [root, label]);
}
