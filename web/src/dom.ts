/** A small element builder: the page has few enough views that a framework would weigh more than it gives. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    // Through the CSSOM, not a style attribute: a Content-Security-Policy without 'unsafe-inline' allows it.
    else if (name === 'style') element.style.cssText = String(value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
  return element;
}

export function replace(target: Element, ...children: (Child | Child[])[]): void {
  target.replaceChildren();
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) target.append(typeof child === 'object' ? child : String(child));
  labelCells(target);
}

/**
 * Each cell of a list table carries its column's heading (data-label): on a narrow screen the rows are
 * drawn as cards (styles.css), and a card's cells are named by it instead of by a header row far away.
 */
function labelCells(root: Element): void {
  for (const table of root.querySelectorAll('table.list')) {
    const headings = Array.from(table.querySelectorAll('thead th'), (th) => th.textContent ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      Array.from(row.children).forEach((cell, i) => {
        if (headings[i]) cell.setAttribute('data-label', headings[i]);
      });
    }
  }
}

/** Announces a short message to screen readers and shows it in the status line, for the view it is said in. */
export function announce(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  status.className = kind === 'error' ? 'status status-error' : 'status';
  status.dataset.view = location.hash;
}

/**
 * For an answer that comes late (a download, a PDF): said only while the view it was asked from is still
 * shown; said after the person has moved on, it would stand over the next view as that view's line.
 */
export function announceOver(view: string, message: string, kind: 'info' | 'error' = 'info'): void {
  if (location.hash === view) announce(message, kind);
}

/** On navigation: a line said in another view is about that view, and goes (one said for the view now shown stays). */
export function clearStatusOfOtherViews(): void {
  const status = document.getElementById('status');
  if (!status || status.dataset.view === location.hash) return;
  status.textContent = '';
  status.className = 'status';
  delete status.dataset.view;
}

/** True while the person is typing in a field, so single-key shortcuts leave their keystrokes alone. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** After an action that takes its button away (a row removed, a view drawn again), focus goes to what it said, not to the page's body. */
export function focusStatus(): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.tabIndex = -1;
  status.focus();
}

/**
 * A field's error, said in the status line and tied to the field (aria-invalid, aria-describedby), so a
 * screen reader on the field reads what is wrong with it (WCAG 3.3.1); gone once the field is changed.
 */
export function fieldError(input: HTMLInputElement, message: string): void {
  announce(message, 'error');
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', 'status');
}

export function clearFieldError(input: HTMLInputElement): void {
  input.removeAttribute('aria-invalid');
  if (input.getAttribute('aria-describedby') === 'status') input.removeAttribute('aria-describedby');
}
