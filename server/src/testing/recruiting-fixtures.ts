// What the recruiting tests share: a public page's words and a join request as a resident
// fills in the form.
import type { TestApi } from './harness.ts';

export const pageText = {
  whoWeAre: 'We are people who use care services in Hill Ward.',
  whatWeDo: 'We read the council’s plans and say what we think.',
  howToJoin: 'Fill in the form. You do not need any qualifications.',
  easyRead: [{ text: 'We meet every month.', picture: '1F4C5', pictureAlt: 'A calendar' }],
};

export const byPost = {
  name: 'Jo Bloggs',
  contact: { way: 'post', address: '1 High Street\nHill Ward\nHW1 2AB' },
  needs: 'Large print, please.',
  reason: 'I use the day centre and want to help.',
  website: '',
};

export async function publishPage(api: TestApi, workspaceId: string, slug: string) {
  return api.request('PUT', `/api/workspaces/${workspaceId}/public-page`, {
    published: true,
    slug,
    text: pageText,
  });
}
