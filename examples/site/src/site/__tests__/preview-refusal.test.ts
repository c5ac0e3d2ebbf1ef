import { SiteApiRequestError } from '../../client';
import { previewRefusalOf } from '../preview-refusal';

const refused = (code: string) => new SiteApiRequestError([{ message: `Clinic-Preview refused (${code})`, extensions: { code } }]);

describe('a preview the site API refuses', () => {
  it('is a page of its own per reason: invalid token 401, no longer allowed 403, entry gone 404', () => {
    expect(previewRefusalOf(refused('UNAUTHENTICATED'))).toEqual({ status: 401, reason: 'invalid' });
    expect(previewRefusalOf(refused('FORBIDDEN'))).toEqual({ status: 403, reason: 'not-allowed' });
    expect(previewRefusalOf(refused('NOT_FOUND'))).toEqual({ status: 404, reason: 'gone' });
  });

  it('is not any other error: a bad query or a network failure stays the site’s own 500', () => {
    expect(previewRefusalOf(refused('BAD_USER_INPUT'))).toBeNull();
    expect(previewRefusalOf(new SiteApiRequestError([{ message: 'boom' }]))).toBeNull();
    expect(previewRefusalOf(new Error('ECONNREFUSED'))).toBeNull();
  });
});
