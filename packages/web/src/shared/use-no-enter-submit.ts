import { useEffect } from "react";

/** Inputs where Enter means "next" rather than "done": typing fields, not buttons, checkboxes or text areas. */
const TYPING = new Set(["text", "search", "number", "date", "email", "tel", "url", "password", ""]);

/**
 * Whether Enter in `target` would submit a form of several fields (a half-filled form lost its
 * source excerpt this way). A form marked data-enter-submits (sign-in) keeps the browser's habit.
 */
export function enterWouldSubmitHalfAForm(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLInputElement) || !TYPING.has(target.type)) return false;
  const form = target.form;
  if (!form || form.hasAttribute("data-enter-submits")) return false;
  const fields = form.querySelectorAll("input:not([type=hidden]):not([type=button]):not([type=submit]), textarea, select");
  return fields.length > 1;
}

/** Enter never submits a multi-field form inside `root()`; the widgets (date picker, select) still see the key. */
export function useNoEnterSubmit(root: () => HTMLElement | null) {
  useEffect(() => {
    const element = root();
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" && !event.isComposing && enterWouldSubmitHalfAForm(event.target)) event.preventDefault();
    };
    element.addEventListener("keydown", onKeyDown, true);
    return () => element.removeEventListener("keydown", onKeyDown, true);
  }, [root]);
}
