// `npm run admin -- <command>`: administration from the command line, against the same store
// the server uses (DATA_DIR or DATABASE_URL). Every act is audited as done by the CLI. It builds
// the services only: no HTTP server, no Socket.IO, no background jobs.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { roles, type Role } from '@roundtable/shared/domain/policy';
import { Email, PersonName } from '@roundtable/shared/protocol/people';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { createAppServices } from '../app.ts';
import { loadConfig } from '../config.ts';
import { repoRoot } from '../paths.ts';
import { openStore } from '../storage/open.ts';
import { cliAdministrator } from './cli-administrator.ts';
import { erasePerson, replayErasures, withoutRunningServer } from './erasure-commands.ts';
import { exportPerson } from './export-person.ts';

const usage = `Usage: npm run admin -- <command> [options]

Commands:
  create-user --email E --name N [--admin]   Create a person (and print a one-time sign-in link)
  create-token --email E [--name N]          Create a personal API token; the token is the last line
  sign-in-link --email E                     Make a one-time sign-in link for a person
  invite --workspace ID [--role R] [--days N]  Make an invite link (role: facilitator, member, observer)
  audit [--workspace ID] [--limit N]         Print the audit log, newest first
  export-person --email E [--workspace ID] [--to FILE]
                                             Write a copy of a person's data (a zip) for an
                                             access request: everything, or one workspace's part
  erase-person --email E [--remove-suggestions]
                                             Erase a person (a data-protection request): they
                                             become "Former member N" everywhere; with
                                             --remove-suggestions their undecided suggestions go
  replay-erasures [--from FILE]              After restoring a backup, erase again everyone in
                                             the erasure log (default DATA_DIR/erasure-log.jsonl)
  backup [--to FILE]                         Copy the SQLite database while the server runs
                                             (default: DATA_DIR/backups/roundtable-<time>.sqlite)
  quarantine [--document ID] [--hex]         List stored updates that failed to apply and were
                                             moved aside (--hex: print their bytes too)
  migrate                                    Apply storage migrations and exit
`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      admin: { type: 'boolean', default: false },
      workspace: { type: 'string' },
      role: { type: 'string', default: 'member' },
      days: { type: 'string', default: '14' },
      limit: { type: 'string', default: '50' },
      to: { type: 'string' },
      document: { type: 'string' },
      hex: { type: 'boolean', default: false },
      'remove-suggestions': { type: 'boolean', default: false },
      from: { type: 'string' },
    },
  });
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return;
  }
  const config = loadConfig(process.env, repoRoot);
  const store = await openStore(config, join(config.dataDir, 'roundtable.sqlite'));
  const app = createAppServices({ config, store, logger: pino({ level: 'silent' }) });
  const origin = config.publicUrl
    ? new URL(config.publicUrl).origin
    : `http://localhost:${config.port}`;
  const needEmail = async () => {
    const email = Email.safeParse(values.email);
    if (!email.success) throw new UsageError('--email must be an email address');
    const user = await store.identity.findUserByEmail(email.data);
    return { email: email.data, user };
  };
  try {
    switch (command) {
      case 'create-user': {
        const { email, user } = await needEmail();
        if (user) throw new UsageError(`Someone already uses ${email}`);
        const name = PersonName.safeParse(values.name);
        if (!name.success) throw new UsageError('--name is needed');
        const created = await app.signIn.createPerson({
          name: name.data,
          email,
          isAdmin: values.admin,
        });
        await app.audit.record({
          actorId: null,
          action: 'person.created',
          subject: created.id,
          details: { by: 'cli', admin: values.admin },
        });
        const link = await app.signIn.createSignInLink(created.id, null);
        console.log(
          `Created ${name.data} <${email}>${values.admin ? ' as an administrator' : ''}.`,
        );
        console.log(
          `One-time sign-in link (works once, for 7 days):\n${origin}/sign-in/${link.secret}`,
        );
        return;
      }
      case 'create-token': {
        const { email, user } = await needEmail();
        if (!user) throw new UsageError(`Nobody uses ${email}`);
        const token = await app.tokens.create(user.id, values.name ?? 'Created with the admin CLI');
        console.log(`API token for ${user.name} (shown once; keep it secret):`);
        console.log(token.token);
        return;
      }
      case 'sign-in-link': {
        const { email, user } = await needEmail();
        if (!user) throw new UsageError(`Nobody uses ${email}`);
        const link = await app.signIn.createSignInLink(user.id, null);
        await app.audit.record({
          actorId: null,
          action: 'sign-in-link.created',
          subject: user.id,
          details: { by: 'cli' },
        });
        console.log(`${origin}/sign-in/${link.secret}`);
        return;
      }
      case 'invite': {
        if (!values.workspace) throw new UsageError('--workspace is needed');
        const workspace = await store.workspaces.getWorkspace(values.workspace);
        if (!workspace) throw new UsageError(`There is no workspace ${values.workspace}`);
        if (!(roles as readonly string[]).includes(values.role))
          throw new UsageError(`--role must be one of ${roles.join(', ')}`);
        const days = Number(values.days);
        if (!Number.isInteger(days) || days < 1 || days > 90)
          throw new UsageError('--days must be 1 to 90');
        const { secret, invite } = await app.members.createInvite(cliAdministrator, workspace.id, {
          role: values.role as Role,
          expiresInDays: days,
        });
        console.log(`Invite to ${workspace.name} as ${invite.role}, until ${invite.expiresAt}:`);
        console.log(`${origin}/join/${secret}`);
        return;
      }
      case 'audit': {
        const entries = await app.audit.list({
          ...(values.workspace ? { workspaceId: values.workspace } : {}),
          limit: Number(values.limit) || 50,
        });
        for (const e of entries) {
          console.log(
            `${e.at}  ${e.action}  actor=${e.actorId ?? '-'}  workspace=${e.workspaceId ?? '-'}  subject=${e.subject ?? '-'}  ${JSON.stringify(e.details)}`,
          );
        }
        return;
      }
      case 'export-person': {
        const { email, user } = await needEmail();
        if (!user) throw new UsageError(`Nobody uses ${email}`);
        const destination = await exportPerson(app, {
          personId: user.id,
          workspaceId: values.workspace,
          to: values.to,
        });
        console.log(`Wrote a copy of the data of ${email} to ${destination}`);
        return;
      }
      case 'erase-person': {
        const { email, user } = await needEmail();
        if (!user) throw new UsageError(`Nobody uses ${email}`);
        const removeSuggestions = values['remove-suggestions'];
        const erased = () => erasePerson(app, { user, email, removeSuggestions });
        console.log(await withoutRunningServer(config, erased));
        return;
      }
      case 'replay-erasures': {
        const replayed = () => replayErasures(app, { config, from: values.from });
        console.log(await withoutRunningServer(config, replayed));
        return;
      }
      case 'backup': {
        if (!store.backup) {
          throw new UsageError(
            'This installation stores its data in Postgres: back it up with pg_dump, e.g.\n' +
              '  pg_dump --format=custom --file=roundtable.dump "$DATABASE_URL"',
          );
        }
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const destination = resolve(
          values.to ?? join(config.dataDir, 'backups', `roundtable-${stamp}.sqlite`),
        );
        let shown = -1;
        await store.backup(destination, (fraction) => {
          const percent = Math.floor(fraction * 100);
          if (percent >= shown + 10 || percent === 100) {
            shown = percent;
            process.stderr.write(`Backing up… ${percent}%\n`);
          }
        });
        console.log(`Backed up to ${destination}`);
        return;
      }
      case 'quarantine': {
        const rows = await store.updates.listQuarantined(values.document);
        if (rows.length === 0) console.log('Nothing is quarantined.');
        for (const row of rows) {
          const where = row.ref.kind === 'log' ? `log seq ${row.ref.seq}` : 'snapshot';
          console.log(
            `${row.quarantinedAt}  document=${row.documentId}  ${where}  ${row.data.byteLength} bytes  ${row.error}`,
          );
          if (values.hex) console.log(Buffer.from(row.data).toString('hex'));
        }
        return;
      }
      case 'migrate':
        console.log(`Storage (${store.kind}) is up to date.`);
        return;
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } finally {
    await app.rooms.shutdown(CloseCode.goingAway, 'The command has finished');
    await app.close();
    await store.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
