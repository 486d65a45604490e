import { rejectedAgainNb, rejectedRetryNb } from '../../domain/wording/rejected-retry.ts';
import { ApiError, apiHeaders, get, type Me, type QueuePage } from './api.ts';
import { announce, focusStatus, h, replace } from './dom.ts';
import { date, outcomeNames } from './labels.ts';

/** Rejected files with their reason; the original downloadable; "try again" with the file the mailroom replaced it with. */
export async function quarantineView(main: HTMLElement, me: Me): Promise<void> {
  const page = await get<QueuePage>('/queues/quarantine?limit=200');
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Karantene'),
    page.items.length ? null : h('p', {}, 'Ingen avviste filer.'),
    page.items.length
      ? h(
          'table',
          { class: 'list' },
          h('caption', { class: 'visually-hidden' }, 'Avviste filer'),
          h('thead', {}, h('tr', {}, ['Mottatt', 'Fil', 'Hvorfor avvist', 'Original', 'Prøv igjen'].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            page.items.map((item) => {
              const id = item.documentId ?? '';
              const file = h('input', { type: 'file', 'aria-label': `Erstatning for ${item.fileName ?? id}` });
              const retry = h('button', { type: 'button', disabled: me.role !== 'archivist' }, 'Prøv igjen');
              retry.addEventListener('click', async () => {
                const replacement = file.files?.[0];
                if (!replacement) return announce('Velg filen skanningen har erstattet den med.', 'error');
                // One retry at a time from this page: a second click while the first runs would be refused (409) anyway.
                retry.disabled = true;
                retry.setAttribute('aria-busy', 'true');
                let response: Response;
                try {
                  response = await fetch(`/api/v1/quarantine/${encodeURIComponent(id)}/retry`, { method: 'POST', headers: { ...apiHeaders(), 'content-type': 'application/octet-stream' }, body: replacement });
                } catch {
                  retry.disabled = false;
                  retry.removeAttribute('aria-busy');
                  return announce('Filen kunne ikke sendes; prøv igjen.', 'error');
                }
                const body = (await response.json()) as { detail?: string; result?: { status: string; reason?: string | null }; reasonNb?: string | null };
                retry.disabled = false;
                retry.removeAttribute('aria-busy');
                if (!response.ok) return announce(body.detail ?? 'Filen kunne ikke leses på nytt.', 'error');
                // A replacement rejected too replaces nothing: the file stays here, with the attempt beside it.
                const outcome =
                  body.result?.status === 'rejected'
                    ? rejectedAgainNb(item.fileName ?? id, { reasonNb: body.reasonNb ?? null, reason: body.result.reason ?? null })
                    : ((outcomeNames as Record<string, string>)[body.result?.status ?? ''] ?? body.result?.status ?? '');
                await quarantineView(main, me);
                // One full stop, whether or not the reason brought its own.
                announce(`Lest på nytt: ${outcome.replace(/[.\s]+$/u, '')}.`);
                focusStatus();
              });
              return h(
                'tr',
                {},
                h('td', {}, date(item.receivedDate)),
                h('td', {}, item.fileName ?? id),
                h(
                  'td',
                  {},
                  item.reasonNb ?? item.reason ?? '–',
                  (item.retries ?? []).map((tried) => h('p', { class: 'last-retry' }, rejectedRetryNb(tried))),
                ),
                h('td', {}, h('button', {
                  type: 'button',
                  onclick: async () => {
                    try {
                      const link = await get<{ url: string }>(`/documents/${encodeURIComponent(id)}/original`);
                      window.open(link.url, '_blank', 'noopener');
                    } catch (error) {
                      announce(error instanceof ApiError ? error.detail : 'Originalen kunne ikke hentes.', 'error');
                    }
                  },
                }, 'Last ned')),
                h('td', {}, file, retry),
              );
            }),
          ),
        )
      : null,
  );
}
