/**
 * An article's body as the API gives it (Markdown-like text): blocks split on blank
 * lines; "## " headings, "- " and "1. " lists and paragraphs, with ** emphasis markers
 * dropped. Text only, never HTML from the API (React escapes it).
 */
import type { ReactElement } from 'react';

const plain = (text: string) => text.replace(/\*\*/g, '').trim();

export function ArticleBody({ text }: { text: string | null }): ReactElement {
  const blocks = (text ?? '')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n').map((l) => l.trim());
        if (lines.length === 1 && /^#{2,6}\s/.test(lines[0])) return <h2 key={i}>{plain(lines[0].replace(/^#+\s*/, ''))}</h2>;
        if (lines.every((l) => /^[-*]\s/.test(l)))
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>{plain(l.replace(/^[-*]\s+/, ''))}</li>
              ))}
            </ul>
          );
        if (lines.every((l) => /^\d+\.\s/.test(l)))
          return (
            <ol key={i}>
              {lines.map((l, j) => (
                <li key={j}>{plain(l.replace(/^\d+\.\s+/, ''))}</li>
              ))}
            </ol>
          );
        return <p key={i}>{plain(lines.join(' '))}</p>;
      })}
    </>
  );
}
