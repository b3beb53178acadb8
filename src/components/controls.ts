// Plain, labelled <select> controls whose choice is kept in the URL (url-state.ts). Each returns an element
// with a .value and an "input" event, so a page can write `const la = view(choice({...}))`.
import {urlState} from "./url-state.js";
import type {AreaFile} from "./rows.js";
import {areaName} from "./rows.js";

export interface ChoiceOption { value: string; label: string }

export interface ChoiceOptions {
  key: string;                 // query-string key, e.g. 'la', 'year'
  label: string;               // visible label
  options: ChoiceOption[];
  value?: string;              // default when the URL has none (first option otherwise)
}

let counter = 0;

export function choice({key, label, options, value}: ChoiceOptions): HTMLElement & {value: string} {
  const allowed = options.map((o) => o.value);
  const initial = urlState.get(key, value ?? allowed[0] ?? "", allowed);
  const id = `cic-choice-${key}-${++counter}`;
  const wrapper = document.createElement("div");
  wrapper.className = "cic-choice";
  const labelEl = document.createElement("label");
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const select = document.createElement("select");
  select.id = id;
  select.name = key;
  for (const option of options) {
    const el = document.createElement("option");
    el.value = option.value;
    el.textContent = option.label;
    el.selected = option.value === initial;
    select.append(el);
  }
  select.addEventListener("change", () => {
    urlState.set(key, select.value === (value ?? allowed[0]) ? null : select.value);
    // Framework's view() listens for "input" on the element it was given.
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  });
  // The select's own input event would reach view() before the URL is updated; the change handler speaks for it.
  select.addEventListener("input", (event) => event.stopPropagation());
  wrapper.append(labelEl, select);
  Object.defineProperty(wrapper, "value", {get: () => select.value, set: (v: string) => { select.value = v; }});
  return wrapper as unknown as HTMLElement & {value: string};
}

/** Council choices: each council alone, then all of them together (value '887,886'). */
export function councilOptions(data: AreaFile): ChoiceOption[] {
  const single = data.las.map((la) => ({value: la, label: areaName(data, la)}));
  if (data.las.length < 2) return single;
  const all = {value: data.las.join(","), label: data.las.map((la) => areaName(data, la)).join(" and ")};
  return [all, ...single];
}

/** Year choices, latest first. */
export function yearOptions(data: AreaFile, measure?: string): ChoiceOption[] {
  const years = [...new Set((measure ? data.measures.filter((r) => r.measure === measure) : data.measures).map((r) => r.year))].sort().reverse();
  return years.map((y) => ({value: y, label: y}));
}

/** A row of controls. */
export function controls(...elements: HTMLElement[]): HTMLElement {
  const form = document.createElement("form");
  form.className = "cic-controls";
  form.setAttribute("aria-label", "Choose what the figures show");
  form.addEventListener("submit", (e) => e.preventDefault());
  form.append(...elements);
  return form;
}
