import type { ArticleSummary } from '../../read-model/page.types';
import { practitionerSummary } from '../views/practitioner.view';

/** Authors are stored as practitioner cards; the API shows them as summaries. */
export const authorResolver = (article: Pick<ArticleSummary, 'author'>) => (article.author ? practitionerSummary(article.author) : null);
