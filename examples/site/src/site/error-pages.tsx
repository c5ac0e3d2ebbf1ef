/** The 404 and 500 pages: what a visitor can do next, never what went wrong inside. */
import type { Page } from './route';

export const notFoundPage = (): Page => ({
  title: 'Page not found',
  body: (
    <>
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or the address may be mistyped.</p>
      <p>
        <a href="/">See all our locations</a>
      </p>
    </>
  ),
});

export const badRequestPage = (): Page => ({
  title: 'Link not valid',
  body: (
    <>
      <h1>That link is not valid</h1>
      <p>Part of the address could not be read.</p>
      <p>
        <a href="/">Start again from all our locations</a>
      </p>
    </>
  ),
});

export const serverErrorPage = (errorId: string): Page => ({
  title: 'Something went wrong',
  body: (
    <>
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a minute.</p>
      <p>
        If it keeps happening, call your location and quote reference <code>{errorId}</code>.
      </p>
      <p>
        <a href="/">See all our locations</a>
      </p>
    </>
  ),
});
