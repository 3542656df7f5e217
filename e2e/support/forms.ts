import type { Locator, Page } from "playwright-core";

/** The text box of an antd field: antd puts data-testid on the <input> of some fields, on a wrapper of others. */
export function inputOf(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"]`).or(scope.getByTestId(testId).locator("input"));
}

/** Types a date (dd/mm/yyyy, a year…) into an antd DatePicker and accepts it. */
export async function typeDate(scope: Page | Locator, testId: string, text: string): Promise<void> {
  const input = inputOf(scope, testId);
  await input.click();
  await input.fill(text);
  await input.press("Enter");
  await input.blur();
}

/** Chooses an option of an antd Select by typing part of it (accents optional) and clicking the option with that exact title. */
export async function choose(page: Page, testId: string, search: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await select.locator("input").fill(search);
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
}
