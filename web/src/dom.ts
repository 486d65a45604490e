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
}

/** Announces a short message to screen readers and shows it in the status line. */
export function announce(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  status.className = kind === 'error' ? 'status status-error' : 'status';
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
