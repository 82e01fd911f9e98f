// A generated strategy of about 200 pages in the words of a council and its partnership board,
// for the plain-English benchmark: sections with a heading, paragraphs of 2 to 6 sentences of
// 5 to 40 words, and a list, mixing plain sentences with long ones, hard words, the passive
// voice and abbreviations, as real drafts do. Seeded, so every run checks the same text.
import { seededRandom } from '../worker/document-commands.ts';

const SUBJECTS = [
  'We',
  'The council',
  'People with a learning disability',
  'Family carers',
  'The Partnership Board',
  'Health and social care staff',
  'Local services',
  'The ICB',
  'Providers',
  'Everyone in the group',
  'Self-advocates',
  'Day centres',
  'Young people moving to adult services',
  'The housing team',
];
const VERBS = [
  'want',
  'will make sure there is',
  'need',
  'have asked for',
  'will work with partners to improve',
  'will utilise the budget to provide',
  'should get',
  'told us about',
  'will review',
  'will facilitate',
  'must be able to choose',
  'are going to deliver',
  'will commence work on',
  'have said they value',
];
const OBJECTS = [
  'better transport to day services',
  'short breaks for family carers',
  'support to find paid work',
  'homes near friends and family',
  'annual health checks',
  'easy read letters from the council',
  'safe places to meet in the evening',
  'independent advocacy when decisions are made',
  'the money in their personal budget',
  'training for staff about autism and communication',
  'clear information about safeguarding',
  'a robust plan for emergencies',
  'more say in how services are commissioned',
  'accessible buildings and toilets',
];
const TAILS = [
  '',
  'by the end of next year',
  'in every part of the county',
  'because people told us it matters',
  'and we will check how it is going every six months',
  'which was agreed at the last meeting of the board',
  'so that nobody is left out',
  'when they need it and not only when there is a crisis',
  'in line with the Care Act',
  'with the support of the CQC',
  'and this was discussed with the Care Quality Commission (CQC) and the NHS',
  'but there is not enough money to do everything at once',
  'in order to reduce the time people wait for an assessment',
];
const PASSIVES = [
  'The plan was agreed by the board in March.',
  'Feedback was collected at six workshops.',
  'The new contract was awarded after a long process.',
  'Some services were closed during the pandemic.',
  'Decisions are made without asking the people they affect.',
];
const SHORT = [
  'This matters to us.',
  'People want to be heard.',
  'We will keep going.',
  'Nothing about us without us.',
  'Transport is a big problem.',
];

export interface StrategyBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

export function generateStrategy(options: { sections: number; seed?: number }): StrategyBlock[] {
  const random = seededRandom(options.seed ?? 2031);
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const sentence = (): string => {
    const roll = random();
    if (roll < 0.1) return pick(PASSIVES);
    if (roll < 0.2) return pick(SHORT);
    const tail = pick(TAILS);
    return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${tail ? ` ${tail}` : ''}.`;
  };
  const blocks: StrategyBlock[] = [];
  for (let section = 1; section <= options.sections; section++) {
    blocks.push({ kind: 'heading', text: `Section ${section}: ${pick(OBJECTS)}` });
    for (let index = 0; index < 16; index++) {
      const count = 2 + Math.floor(random() * 5);
      blocks.push({
        kind: 'paragraph',
        text: Array.from({ length: count }, sentence).join(' '),
      });
    }
    for (let item = 0; item < 5; item++) blocks.push({ kind: 'paragraph', text: sentence() });
  }
  return blocks;
}
