import { h } from './dom.ts';

export interface Option {
  value: string;
  label: string;
  /** Extra words the filter matches (keywords, references). */
  hint?: string;
}

let pickerCount = 0;

/**
 * A list filtered as one types (the ARIA 1.2 combobox pattern): type to narrow, arrows to move,
 * Enter to choose, Escape to put back the chosen value; either leaves the field. The chosen value is what `value()` gives.
 */
export function picker(options: { label: string; options: Option[]; value: string | null; shortcut?: string; allowFree?: (typed: string) => string | null; onChange?: (value: string | null) => void; onChosen?: () => void }) {
  const id = `picker-${++pickerCount}`;
  let chosen = options.value;
  let active = -1;
  let shown: Option[] = [];
  const labelOf = (value: string | null) => options.options.find((o) => o.value === value)?.label ?? value ?? '';
  const input = h('input', {
    id: `${id}-input`,
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    autocomplete: 'off',
    spellcheck: 'false',
    ...(options.shortcut ? { 'aria-keyshortcuts': options.shortcut } : {}),
  });
  input.value = labelOf(chosen);
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'picker-list', 'aria-label': options.label, hidden: true });

  function render(filter: string) {
    const needle = filter.trim().toLowerCase();
    shown = options.options.filter((o) => !needle || `${o.label} ${o.value} ${o.hint ?? ''}`.toLowerCase().includes(needle)).slice(0, 50);
    active = shown.length ? 0 : -1;
    list.replaceChildren(
      ...shown.map((o, i) =>
        h('li', { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-value': o.value, onmousedown: (e: Event) => {
          e.preventDefault();
          choose(o.value);
        },
      }, o.label, o.hint ? h('span', { class: 'hint' }, ` ${o.hint}`) : null),
      ),
    );
    open(shown.length > 0);
    highlight();
  }

  function open(isOpen: boolean) {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) input.removeAttribute('aria-activedescendant');
  }

  function highlight() {
    for (const [i, li] of [...list.children].entries()) li.setAttribute('aria-selected', i === active ? 'true' : 'false');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(value: string | null) {
    chosen = value;
    input.value = labelOf(value);
    open(false);
    options.onChange?.(value);
  }

  input.addEventListener('input', () => render(input.value));
  input.addEventListener('focus', () => input.select());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) return render('');
      if (!shown.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      const highlighted = list.hidden ? undefined : shown[active];
      const free = highlighted ? null : options.allowFree?.(input.value);
      if (highlighted) choose(highlighted.value);
      else if (free) choose(free);
      else if (input.value.trim() === '') choose(null);
      else return;
      // Chosen by keyboard: leave the field, so the view's one-key shortcuts answer again.
      options.onChosen?.();
    } else if (event.key === 'Escape') {
      // Put back and leave the field (to the form, as Enter does), so the next one-key shortcut answers;
      // the view never sees this Escape (it would leave the view).
      event.preventDefault();
      event.stopPropagation();
      input.value = labelOf(chosen);
      open(false);
      if (options.onChosen) options.onChosen();
      else input.blur();
    }
  });
  input.addEventListener('blur', () => {
    input.value = labelOf(chosen);
    open(false);
  });

  const element = h('div', { class: 'picker' }, h('label', { for: input.id }, options.label, options.shortcut ? h('kbd', {}, options.shortcut) : null), input, list);
  return { element, input, value: () => chosen, set: (value: string | null) => choose(value) };
}
