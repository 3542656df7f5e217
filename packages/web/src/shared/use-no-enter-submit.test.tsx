import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useCallback, useRef } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useNoEnterSubmit } from "./use-no-enter-submit";

function Page({ enterSubmits = false, fields = 2 }: { enterSubmits?: boolean; fields?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useNoEnterSubmit(useCallback(() => ref.current, []));
  return (
    <div ref={ref}>
      <form {...(enterSubmits ? { "data-enter-submits": "" } : {})}>
        <input aria-label="ngày" />
        {fields > 1 ? <input aria-label="trích dẫn" /> : null}
        <button type="submit">Lưu</button>
      </form>
    </div>
  );
}

afterEach(cleanup);

describe("Enter in a form", () => {
  it("does not submit a form of several fields", () => {
    render(<Page />);
    // fireEvent returns false when the default action (the implicit submission) was prevented
    expect(fireEvent.keyDown(screen.getByLabelText("ngày"), { key: "Enter" })).toBe(false);
    expect(fireEvent.keyDown(screen.getByLabelText("ngày"), { key: "a" })).toBe(true);
  });

  it("still submits a one-field form, or the sign-in form that asks for it", () => {
    const { unmount } = render(<Page fields={1} />);
    expect(fireEvent.keyDown(screen.getByLabelText("ngày"), { key: "Enter" })).toBe(true);
    unmount();
    render(<Page enterSubmits />);
    expect(fireEvent.keyDown(screen.getByLabelText("ngày"), { key: "Enter" })).toBe(true);
  });
});
