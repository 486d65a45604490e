import { caseIdFromInput, displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { ApiError, get, signIn, signOut, token, type Me, type TaxonomyView } from './api.ts';
import { announce, clearStatusOfOtherViews, h, replace } from './dom.ts';
import { reviewItemView, reviewListView } from './review.ts';
import { queuesView } from './queues.ts';
import { quarantineView } from './quarantine.ts';
import { caseView, documentView } from './case-view.ts';
import { outboxView } from './outbox.ts';
import { authorizeUrl, completeSignIn, logoutUrl, parseHostedSignInConfig, type HostedSignInConfig } from './hosted-sign-in.ts';
import { uploadView } from './upload.ts';
import { myCasesView } from './my-cases.ts';
import { accessLogView, forgetAskedNationalId } from './access-log.ts';
import { innsynView, forgetInnsynNationalId } from './innsyn.ts';
import { roleName } from './page-names.ts';
import { notACaseNumber } from './case-number-words.ts';

/** The page: sign in with a token, then the views the role may use, addressed by the URL's hash. */
const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
let session: { me: Me; taxonomy: TaxonomyView } | null = null;
let current: AbortController | null = null;
/** Set in AWS, from the deployment's /config.json: sign in through Cognito's hosted UI instead of a token. */
let hosted: HostedSignInConfig | null = null;

function signInView(message?: string) {
  // Whoever signs in next on this tab must not find the last person's national id typed in, nor have it
  // looked up in their name (the access log would say they read it).
  forgetAskedNationalId();
  forgetInnsynNationalId();
  if (hosted) return hostedSignInView(hosted, message);
  nav.replaceChildren();
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    { class: 'sign-in' },
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Logg inn'),
    message ? h('p', { class: 'status-error', role: 'alert' }, message) : null,
    h('label', { for: 'token' }, 'Tilgangsnøkkel'),
    input,
    h('p', { class: 'hint' }, 'Nøkkelen får du av driften (lokalt: tokens.json i datamappen).'),
    h('button', { type: 'submit', class: 'primary' }, 'Logg inn'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(input.value);
    void start();
  });
  replace(main, form);
  input.focus();
}

function hostedSignInView(config: HostedSignInConfig, message?: string) {
  nav.replaceChildren();
  const button = h('button', { type: 'button', class: 'primary' }, 'Logg inn');
  button.addEventListener('click', async () => location.assign(await authorizeUrl(config, sessionStorage)));
  replace(main, h('div', { class: 'sign-in' }, h('h2', { id: 'view-title', tabindex: '-1' }, 'Logg inn'), message ? h('p', { class: 'status-error', role: 'alert' }, message) : null, button));
  button.focus();
}

function navigation(me: Me) {
  const links: [string, string][] = [];
  if (me.role === 'archivist') links.push(['#/review', 'Til kontroll'], ['#/quarantine', 'Karantene'], ['#/outbox', 'Utgående post'], ['#/upload', 'Last opp'], ['#/innsyn', 'Innsyn']);
  if (me.role === 'caseworker') links.push(['#/mine', 'Mine saker']);
  if (me.role !== 'auditor') links.push(['#/queues', 'Køer']);
  else links.push(['#/access-log', 'Tilgangslogg']);
  const caseInput = h('input', { id: 'case-search', type: 'search', placeholder: '2025/00001', 'aria-label': 'Åpne sak med saksnummer' });
  const open = h('form', { class: 'case-search', role: 'search' }, caseInput, h('button', { type: 'submit' }, 'Åpne sak'));
  open.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = caseIdFromInput(caseInput.value);
    if (!id) return announce(notACaseNumber(caseInput.value), 'error');
    location.hash = `#/cases/${id}`;
  });
  replace(
    nav,
    h('ul', {}, links.map(([href, label]) => h('li', {}, h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : null }, label)))),
    me.role !== 'auditor' ? open : null,
    h('span', { class: 'who' }, `${me.person} (${roleName(me.role)})`),
    h('button', { type: 'button', onclick: () => {
          signOut();
          forgetAskedNationalId();
          forgetInnsynNationalId();
          if (hosted) location.assign(logoutUrl(hosted));
          else signInView();
        },
      }, 'Logg ut'),
  );
}

async function route() {
  if (!session) return;
  current?.abort();
  current = new AbortController();
  const { me, taxonomy } = session;
  const [path = '', queryString = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  clearStatusOfOtherViews();
  navigation(me);
  try {
    if (parts[0] === 'review' && parts[1]) await reviewItemView(main, taxonomy, parts[1], current.signal);
    else if (parts[0] === 'review') await reviewListView(main, taxonomy, new URLSearchParams(queryString));
    else if (parts[0] === 'queues') await queuesView(main, taxonomy, me, new URLSearchParams(queryString));
    else if (parts[0] === 'quarantine') await quarantineView(main, me);
    else if (parts[0] === 'outbox') await outboxView(main, new URLSearchParams(queryString));
    else if (parts[0] === 'upload' && me.role === 'archivist') uploadView(main, taxonomy);
    else if (parts[0] === 'mine' && me.role === 'caseworker') await myCasesView(main, taxonomy);
    else if (parts[0] === 'access-log' && me.role === 'auditor') await accessLogView(main, taxonomy, new URLSearchParams(queryString));
    // Open to every role: one the API does not allow (it is not in their menu) is told so by the API, in bokmål.
    else if (parts[0] === 'innsyn') await innsynView(main, taxonomy);
    else if (parts[0] === 'cases' && parts[1]) await caseView(main, taxonomy, me, parts[1]);
    else if (parts[0] === 'documents' && parts[1]) await documentView(main, taxonomy, me, parts[1]);
    else {
      location.hash = me.role === 'archivist' ? '#/review' : me.role === 'auditor' ? '#/access-log' : '#/queues';
      return;
    }
    // A view may title the page apart from its heading (data-title): the title is kept in the browser's history.
    const heading = document.getElementById('view-title');
    document.title = `${heading?.dataset.title ?? heading?.textContent ?? 'postmottak'} – postmottak`;
    // A review item focuses its own heading; the review list, after Esc, the row the item was opened from.
    const viewPlacedFocus = parts[0] === 'review' && document.activeElement !== main && main.contains(document.activeElement);
    if (!viewPlacedFocus) document.getElementById('view-title')?.focus();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return signInView('Nøkkelen ble ikke godtatt. Logg inn på nytt.');
    // A case that is not there is a typing mistake, said as such (not «something went wrong»).
    const missingCase = error instanceof ApiError && error.status === 404 && parts[0] === 'cases' && parts[1] && caseIdFromInput(parts[1]);
    replace(main, h('h2', { id: 'view-title', tabindex: '-1' }, missingCase ? `Fant ingen sak ${displayCaseNumber(missingCase)}` : 'Noe gikk galt'), h('p', { role: 'alert' }, error instanceof ApiError ? error.detail : 'Siden kunne ikke lastes.'));
  }
}

async function loadHostedConfig(): Promise<HostedSignInConfig | null> {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    return response.ok ? parseHostedSignInConfig(await response.json()) : null;
  } catch {
    return null;
  }
}

async function start() {
  if (hosted) {
    const back = await completeSignIn(hosted, location.search, sessionStorage, (url, init) => fetch(url, init));
    // The code and state leave the address bar (and the history) at once.
    if (back.kind !== 'none') history.replaceState(null, '', `${location.pathname}${location.hash}`);
    if (back.kind === 'signed-in') signIn(back.accessToken);
    if (back.kind === 'refused') return signInView(back.message);
  }
  if (!token()) return signInView();
  try {
    const [me, taxonomy] = await Promise.all([get<Me>('/me'), get<TaxonomyView>('/taxonomy')]);
    session = { me, taxonomy };
  } catch (error) {
    signOut();
    return signInView(error instanceof ApiError && error.status === 401 ? 'Nøkkelen ble ikke godtatt.' : 'Tjenesten svarer ikke.');
  }
  await queueRoute();
}

// Views render one after another, so a slow view never paints over the one asked for after it.
let routing: Promise<void> = Promise.resolve();
const queueRoute = () => (routing = routing.then(route, route));
// A hash that is no route (an in-page anchor such as #main) leaves the view as it is.
window.addEventListener('hashchange', () => void (location.hash.startsWith('#/') || !location.hash ? queueRoute() : undefined));
// The skip link moves focus only: as a link to #main it would set the hash, which is the route (WCAG 2.4.1),
// and leave the view for the role's start view, with no history entry to go back to.
document.querySelector('a.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
void loadHostedConfig().then((config) => {
  hosted = config;
  return start();
});
