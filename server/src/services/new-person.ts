// A new person, with a colour of their own and no preferences yet: made on joining with an
// invite, at first setup, and by the admin CLI.
import { InformationPreferences } from '@roundtable/shared/protocol/people';
import type { PeopleStore, UserRecord } from '../storage/identity-ports.ts';
import { colourFor } from './colours.ts';
import { newId } from './ids.ts';

export async function createPerson(
  options: { identity: PeopleStore; now: () => Date },
  input: { name: string; email: string | null; isAdmin: boolean },
): Promise<UserRecord> {
  const id = newId();
  return options.identity.createUser({
    id,
    name: input.name,
    email: input.email,
    colour: colourFor(id),
    pronouns: null,
    takePart: null,
    showTakePart: false,
    nameInRecord: false,
    information: InformationPreferences.parse({}),
    isAdmin: input.isAdmin,
    passwordHash: null,
    createdAt: options.now().toISOString(),
  });
}
