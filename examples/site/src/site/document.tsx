/**
 * The HTML shell every page shares: lang, title, the JSON-LD script in <head>, a skip
 * link, the banner/main/contentinfo landmarks and a small stylesheet (no client script:
 * the pages are plain server-rendered HTML).
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Page } from './route';

/** JSON for a <script> element: `<` escaped so no value can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const STYLE = `
:root { font-family: system-ui, sans-serif; line-height: 1.5; color: #1d2430; background: #fff; }
body { margin: 0; }
.skip, .visually-hidden { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header, footer { background: #1f3a5f; color: #fff; padding: .75rem 1.5rem; }
header a, footer a { color: #fff; }
header nav ul { list-style: none; display: flex; gap: 1.5rem; margin: 0; padding: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
a { color: #174ea6; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .25rem 1rem .25rem 0; border-bottom: 1px solid #d0d7e2; }
.today { font-weight: 700; }
.status { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; font-weight: 600; }
.status.open { background: #d9f2e3; color: #0b5a2a; } .status.closed { background: #fbe3e3; color: #8a1c1c; }
.saving { color: #0b5a2a; font-weight: 600; }
.note { background: #fff6d6; border-left: 4px solid #8a6d00; padding: .5rem 1rem; }
.banner { background: #8a1c1c; color: #fff; padding: .5rem 1.5rem; font-weight: 600; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.facets { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; }
.hits .kind { margin: 0; font-size: .85rem; text-transform: uppercase; color: #4a5568; }
mark { background: #ffe58a; color: inherit; }
.cards > li { border: 1px solid #d0d7e2; border-radius: .5rem; padding: .75rem 1rem; }
`;

function Shell({ page, children }: { page: Page; children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${page.title} · Lantern Oak Wellness`}</title>
        {page.description ? <meta name="description" content={page.description} /> : null}
        <style>{STYLE}</style>
        {page.jsonLd === undefined ? null : <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(page.jsonLd) }} />}
      </head>
      <body>
        <a className="skip" href="#content">
          Skip to content
        </a>
        {page.banner ? (
          <div className="banner" role="status">
            {page.banner}
          </div>
        ) : null}
        <header>
          <nav aria-label="Site">
            <ul>
              <li>
                <a href="/">All locations</a>
              </li>
              <li>
                <a href="/search">Search</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="content">{children}</main>
        <footer>
          <p>Lantern Oak Wellness · an example site built on the clinic catalogue&apos;s typed site API</p>
        </footer>
      </body>
    </html>
  );
}

export const renderDocument = (page: Page): string => `<!DOCTYPE html>${renderToStaticMarkup(<Shell page={page}>{page.body}</Shell>)}`;
