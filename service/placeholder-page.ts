/** What / shows until the archivists' page (web/) is in place: where the API is. */
export const placeholderPage = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>postmottak</title></head>
<body>
<main>
<h1>postmottak</h1>
<p>Tjenesten kjører. Arkivarenes og saksbehandlernes side er ikke installert ennå.</p>
<p>API-et er beskrevet i <a href="/openapi.json">/openapi.json</a>. Hvert kall under <code>/api/v1/</code> trenger <code>Authorization: Bearer &lt;token&gt;</code>.</p>
</main>
</body>
</html>
`;
