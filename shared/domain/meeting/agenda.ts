// The agenda commands: add, edit, move and remove items, and go from one to another (each item
// starts its own timer).
import { MeetingRuleBroken } from './meeting-rule.ts';
import type { AgendaItem, MeetingCommand, MeetingState } from './state.ts';
import { MINUTE_MS, idleTimer } from './timer.ts';

export type AgendaCommand = Extract<MeetingCommand, { type: `agenda:${string}` }>;

export function goTo(state: MeetingState, item: AgendaItem | undefined): MeetingState {
  if (!item) return state;
  return { ...state, currentItemId: item.id, timer: idleTimer(item.minutes * MINUTE_MS) };
}

export function findItem(state: MeetingState, itemId: string): AgendaItem {
  const item = state.agenda.find((i) => i.id === itemId);
  if (!item) throw new MeetingRuleBroken('There is no such agenda item.');
  return item;
}

export function applyAgendaCommand(
  state: MeetingState,
  command: AgendaCommand,
  newId: () => string,
): MeetingState {
  switch (command.type) {
    case 'agenda:add': {
      const item = {
        id: newId(),
        title: command.title,
        minutes: command.minutes,
        link: command.link,
      };
      const agenda = [...state.agenda, item];
      return state.currentItemId === null ? goTo({ ...state, agenda }, item) : { ...state, agenda };
    }
    case 'agenda:edit': {
      findItem(state, command.itemId);
      const agenda = state.agenda.map((item) =>
        item.id === command.itemId
          ? { ...item, title: command.title, minutes: command.minutes, link: command.link }
          : item,
      );
      return { ...state, agenda };
    }
    case 'agenda:move': {
      const from = state.agenda.findIndex((item) => item.id === command.itemId);
      if (from < 0) throw new MeetingRuleBroken('There is no such agenda item.');
      const to = command.direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= state.agenda.length) return state;
      const agenda = [...state.agenda];
      [agenda[from], agenda[to]] = [agenda[to]!, agenda[from]!];
      return { ...state, agenda };
    }
    case 'agenda:remove': {
      findItem(state, command.itemId);
      const agenda = state.agenda.filter((item) => item.id !== command.itemId);
      const next = { ...state, agenda };
      return state.currentItemId === command.itemId
        ? agenda[0]
          ? goTo(next, agenda[0])
          : { ...next, currentItemId: null }
        : next;
    }
    case 'agenda:go':
      return goTo(state, findItem(state, command.itemId));
    case 'agenda:next':
    case 'agenda:previous': {
      const index = state.agenda.findIndex((item) => item.id === state.currentItemId);
      const step = command.type === 'agenda:next' ? 1 : -1;
      return goTo(state, state.agenda[index + step]);
    }
    default: {
      const unreachable: never = command;
      throw new MeetingRuleBroken(`Unknown command ${String(unreachable)}`);
    }
  }
}
