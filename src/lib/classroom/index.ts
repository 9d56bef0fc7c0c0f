/** The classroom utilities: projector preference, countdown timer, class list, groups and picker. */
export { PROJECTOR_ON, PROJECTOR_STORAGE_KEY, isProjectorOn } from './projector';
export { shuffle } from './shuffle';
export { MAX_SEED, cryptoRandom, parseSeed, randomSeed, type SeedResult } from './seed';
export { MAX_NAMES, MAX_NAME_LENGTH, parseRoster, rosterNotes, type Roster, type RosterResult } from './roster';
export { groupCountFor, groupSizes, splitIntoGroups, type GroupRequest, type GroupsResult } from './groups';
export { candidates, pickName, type PickResult, type PickerState } from './picker';
export * as timer from './timer';
export type { TimerState } from './timer';
