// People in either database: profiles and password hashes. Emails match whatever their case
// through lower(email), which the users_by_email index also keeps unique.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { InformationPreferences, type TakePart } from '@roundtable/shared/protocol/people';
import type { PeopleStore, UserChange, UserRecord } from '../identity-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { UsersTable } from './database.ts';
import { inTransaction } from './transaction.ts';

export const toUser = (row: Selectable<UsersTable>): UserRecord => ({
  id: row.id,
  name: row.name,
  email: row.email,
  colour: row.colour,
  pronouns: row.pronouns,
  takePart: row.take_part as TakePart | null,
  showTakePart: row.show_take_part === 1,
  nameInRecord: row.name_in_record === 1,
  information: InformationPreferences.parse(JSON.parse(row.information)),
  isAdmin: row.is_admin === 1,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

const flag = (value: boolean): number => (value ? 1 : 0);

export const toUserRow = (user: UserRecord): Insertable<UsersTable> => ({
  id: user.id,
  name: user.name,
  email: user.email,
  colour: user.colour,
  pronouns: user.pronouns,
  take_part: user.takePart,
  show_take_part: flag(user.showTakePart),
  name_in_record: flag(user.nameInRecord),
  information: JSON.stringify(user.information),
  is_admin: flag(user.isAdmin),
  password_hash: user.passwordHash,
  created_at: user.createdAt,
});

function toUserColumns(change: UserChange): Updateable<UsersTable> {
  const columns: Updateable<UsersTable> = {};
  if (change.name !== undefined) columns.name = change.name;
  if (change.email !== undefined) columns.email = change.email;
  if (change.colour !== undefined) columns.colour = change.colour;
  if (change.pronouns !== undefined) columns.pronouns = change.pronouns;
  if (change.takePart !== undefined) columns.take_part = change.takePart;
  if (change.showTakePart !== undefined) columns.show_take_part = flag(change.showTakePart);
  if (change.nameInRecord !== undefined) columns.name_in_record = flag(change.nameInRecord);
  if (change.information !== undefined) columns.information = JSON.stringify(change.information);
  if (change.isAdmin !== undefined) columns.is_admin = flag(change.isAdmin);
  if (change.passwordHash !== undefined) columns.password_hash = change.passwordHash;
  return columns;
}

export function sqlPeople({ db }: SqlStorage): PeopleStore {
  const getUser = async (id: string) => {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  };
  return {
    async countUsers() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async createUser(user) {
      await db.insertInto('users').values(toUserRow(user)).execute();
      return { ...user };
    },
    getUser,
    async findUserByEmail(email) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where(sql`lower(email)`, '=', sql`lower(${email})`)
        .executeTakeFirst();
      return row && toUser(row);
    },
    async updateUser(id, change) {
      const columns = toUserColumns(change);
      if (Object.keys(columns).length === 0) return getUser(id);
      const row = await db
        .updateTable('users')
        .set(columns)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toUser(row);
    },
    async eraseUser(id) {
      return inTransaction(db, async (trx) => {
        await trx
          .updateTable('audit_log')
          .set({ details: '{}' })
          .where((eb) => eb.or([eb('actor_id', '=', id), eb('subject', '=', id)]))
          .execute();
        // Memberships, sessions, links and tokens go with the row (ON DELETE CASCADE).
        const result = await trx.deleteFrom('users').where('id', '=', id).executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
    },
  };
}
