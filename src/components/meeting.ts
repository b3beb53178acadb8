// Meeting mode, for a corporate parenting board on a projector: one figure per screen at projector size,
// moved through with the keyboard or a presenter remote (which sends PageUp/PageDown), across a chosen set
// of pages. Everything is in the URL, so a link opens the meeting at the same figure:
//   ?meeting=1&pages=index,legal-status,stability&fig=3   (fig counts from 1; 'last' is a page's last figure)
// The page's own figures are shown in place (CSS hides the rest), never moved: Framework re-renders a figure
// when the window is resized, and a moved node would go stale. Loaded on every page by meeting-head.ts.

export interface MeetingPage { name: string; path: string }

const nextKeys = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const previousKeys = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** '/legal-status' -> 'legal-status'; '/' -> 'index' (the names ?pages= uses). */
export function pageName(pathname: string): string {
  const last = pathname.replace(/\.html$/, "").replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "" ? "index" : last;
}

/** The page set from ?pages=, with the current page in it (first, when the list does not name it). */
export function pageSet(pagesParam: string | null, current: string): string[] {
  const names = (pagesParam ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return names.includes(current) ? names : [current, ...names];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function startMeeting(allPages: MeetingPage[]): void {
  const current = pageName(location.pathname);
  const titleOf = (name: string) => allPages.find((p) => pageName(p.path) === name)?.name ?? name.replace(/-/g, " ");
  const main = document.getElementById("observablehq-main");
  if (!main) return;

  const params = () => new URL(location.href).searchParams;
  const active = () => params().get("meeting") === "1";
  const figures = () => [...main.querySelectorAll<HTMLElement>(".cic-figure")];
  const set = () => pageSet(params().get("pages"), current);

  // Normal view: a toggle at the top of every page (hidden in print).
  const toggle = el("button", {type: "button", class: "cic-meeting-toggle"}, "Meeting mode");
  toggle.title = "One figure per screen for a projector; arrow keys or a presenter remote move between figures";
  toggle.addEventListener("click", () => enter());
  const toggleBar = el("div", {class: "cic-meeting-entry"});
  toggleBar.append(toggle);
  main.prepend(toggleBar);

  // Meeting view: a bar with the council and year in the corner, the position, and the controls.
  const bar = el("div", {class: "cic-meeting-bar", role: "region", "aria-label": "Meeting mode"});
  const where = el("p", {class: "cic-meeting-where"});
  const position = el("p", {class: "cic-meeting-position"});
  const live = el("p", {class: "sr-only", role: "status", "aria-live": "polite"});
  const buttons = el("div", {class: "cic-meeting-buttons"});
  const previous = el("button", {type: "button"}, "Previous");
  const next = el("button", {type: "button"}, "Next");
  const agendaButton = el("button", {type: "button", "aria-haspopup": "dialog"}, "Agenda");
  const leave = el("button", {type: "button"}, "Leave (Esc)");
  previous.addEventListener("click", () => move(-1));
  next.addEventListener("click", () => move(1));
  agendaButton.addEventListener("click", () => openAgenda());
  leave.addEventListener("click", () => exit());
  buttons.append(previous, next, agendaButton, leave);
  bar.append(where, position, buttons, live);
  const empty = el("p", {class: "cic-meeting-empty"}, "This page has no figures. Press the right arrow or Page Down for the next page.");

  const agenda = el("dialog", {class: "cic-meeting-agenda", "aria-labelledby": "cic-agenda-title"});

  let requested = 0;        // the figure asked for (URL or keys), from 0; shown once that many figures have loaded
  let index = 0;            // the figure on screen
  let wantLast = false;     // arrived backwards from the next page: stay on the last figure as figures load
  let announced = "";

  function councilAndYear(): string {
    const picked = (name: string) => {
      const select = main!.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      return select?.selectedOptions[0]?.textContent ?? params().get(name) ?? "";
    };
    return [picked("la"), picked("year")].filter(Boolean).join(" · ");
  }

  function urlFor(page: string, fig: string): string {
    const url = new URL(page === "index" ? "./" : `./${page}`, location.href);
    const own = params();
    own.set("meeting", "1");
    own.set("pages", set().join(","));
    own.set("fig", fig);
    url.search = own.toString();
    return url.href;
  }

  function render(focus: boolean): void {
    const list = figures();
    // Figures arrive cell by cell: show the nearest one loaded, but keep asking for the one requested.
    index = wantLast ? list.length - 1 : Math.min(requested, list.length - 1);
    index = Math.max(0, index);
    const pages = set();
    const page = pages.indexOf(current);
    list.forEach((f, i) => {
      f.classList.toggle("cic-meeting-current", i === index);
      // The figure on screen scrolls when taller than the screen: keyboard users must be able to reach it.
      if (i === index) f.tabIndex = 0;
      else f.removeAttribute("tabindex");
    });
    where.textContent = councilAndYear();
    empty.hidden = list.length > 0;
    const figureTitle = list[index]?.querySelector("h2, h3")?.textContent ?? "";
    position.textContent = list.length
      ? `${titleOf(current)} · figure ${index + 1} of ${list.length}${pages.length > 1 ? ` · page ${page + 1} of ${pages.length}` : ""}`
      : `${titleOf(current)} · no figures`;
    previous.disabled = page === 0 && index === 0;
    next.disabled = page === pages.length - 1 && index >= list.length - 1;
    if (list.length && (wantLast || index === requested)) {
      const url = new URL(location.href);
      url.searchParams.set("fig", String(index + 1));
      history.replaceState(history.state, "", url);
    }
    const message = list.length ? `Figure ${index + 1} of ${list.length}, ${titleOf(current)}: ${figureTitle}` : `${titleOf(current)}: no figures`;
    if (message !== announced) {
      announced = message;
      live.textContent = message;
    }
    if (focus && list[index]) {
      const heading = list[index]!.querySelector<HTMLElement>("h2, h3") ?? list[index]!;
      heading.tabIndex = -1;
      heading.focus({preventScroll: true});
      list[index]!.scrollTop = 0;
    }
  }

  function move(step: number): void {
    wantLast = false;
    const list = figures();
    const target = index + step;
    if (target >= 0 && target < list.length) {
      requested = target;
      render(true);
      return;
    }
    const pages = set();
    const page = pages.indexOf(current) + (step > 0 ? 1 : -1);
    if (page < 0 || page >= pages.length) return;
    location.assign(urlFor(pages[page]!, step > 0 ? "1" : "last"));
  }

  function jumpToEnd(last: boolean): void {
    const pages = set();
    const page = last ? pages[pages.length - 1]! : pages[0]!;
    if (page !== current) {
      location.assign(urlFor(page, last ? "last" : "1"));
      return;
    }
    wantLast = false;
    requested = last ? figures().length - 1 : 0;
    render(true);
  }

  function openAgenda(): void {
    agenda.replaceChildren();
    agenda.append(el("h2", {id: "cic-agenda-title"}, "Agenda"));
    const list = el("ol");
    for (const page of set()) {
      const item = el("li");
      if (page === current) {
        item.append(el("span", {class: "cic-agenda-page"}, `${titleOf(page)} (this page)`));
        const inner = el("ol");
        figures().forEach((f, i) => {
          const button = el("button", {type: "button"}, f.querySelector("h2, h3")?.textContent ?? `Figure ${i + 1}`);
          if (i === index) button.setAttribute("aria-current", "true");
          button.addEventListener("click", () => {
            agenda.close();
            wantLast = false;
            requested = i;
            render(true);
          });
          const li = el("li");
          li.append(button);
          inner.append(li);
        });
        item.append(inner);
      } else {
        item.append(el("a", {href: urlFor(page, "1")}, titleOf(page)));
      }
      list.append(item);
    }
    const close = el("button", {type: "button", class: "cic-agenda-close"}, "Close agenda");
    close.addEventListener("click", () => agenda.close());
    agenda.append(list, close);
    agenda.showModal();
    (agenda.querySelector<HTMLElement>("[aria-current]") ?? agenda.querySelector<HTMLElement>("button, a"))?.focus();
  }
  agenda.addEventListener("close", () => {
    if (active()) render(true);
  });

  function enter(): void {
    const url = new URL(location.href);
    url.searchParams.set("meeting", "1");
    if (!url.searchParams.get("pages")) url.searchParams.set("pages", current);
    url.searchParams.set("fig", "1");
    history.replaceState(history.state, "", url);
    start(1);
  }

  function exit(): void {
    const url = new URL(location.href);
    for (const key of ["meeting", "fig"]) url.searchParams.delete(key);
    history.replaceState(history.state, "", url);
    document.documentElement.classList.remove("cic-meeting");
    for (const f of figures()) {
      f.classList.remove("cic-meeting-current");
      f.removeAttribute("tabindex");
    }
    bar.remove();
    empty.remove();
    const shown = figures()[index];
    toggle.focus({preventScroll: true});
    shown?.scrollIntoView({block: "start"});
  }

  function start(fig: number | "last"): void {
    wantLast = fig === "last";
    requested = fig === "last" ? 0 : Math.max(0, fig - 1);
    document.documentElement.classList.add("cic-meeting");
    document.body.append(bar, agenda);
    main!.append(empty);
    render(true);
  }

  document.addEventListener("keydown", (event) => {
    if (!active() || agenda.open || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    // Typing in a control keeps its own keys (a select uses the arrows).
    if (target && /^(SELECT|INPUT|TEXTAREA)$/.test(target.tagName)) return;
    if (event.key === " " && target?.tagName === "BUTTON") return;
    let handled = true;
    if (nextKeys.has(event.key)) move(1);
    else if (previousKeys.has(event.key)) move(-1);
    else if (event.key === "Home") jumpToEnd(false);
    else if (event.key === "End") jumpToEnd(true);
    else if (event.key === "Escape") exit();
    else if (event.key === "g" || event.key === "a") openAgenda();
    else handled = false;
    if (handled) event.preventDefault();
  });

  // Figures arrive as the page's data loads, and are replaced when the window is resized.
  let pending = false;
  new MutationObserver(() => {
    if (!active() || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const hadFocus = document.activeElement === document.body || !document.activeElement || !document.contains(document.activeElement);
      render(hadFocus);
    });
  }).observe(main, {childList: true, subtree: true});

  if (active()) {
    const fig = params().get("fig");
    start(fig === "last" ? "last" : Number(fig) > 0 ? Number(fig) : 1);
  }
}
