/**
 * The 课堂小工具 page's behaviour (ClassUtilities.astro): it reads the form, calls the pure
 * functions of src/lib/classroom/ and writes the result back. The countdown is worked out from
 * the clock on every tick (timer.ts), so a reload or a sleeping laptop never loses the time.
 */
import { cryptoRandom, parseRoster, parseSeed, pickName, randomSeed, rosterNotes, splitIntoGroups, timer, type PickerState, type TimerState } from '../../lib/classroom';
import { mulberry32 } from '../../lib/random';

const TIMER_KEY = 'jzfw:classroom:timer';
const NAMES_KEY = 'jzfw:classroom:names';
/** Invented names for trying the page out (教学情景). */
const EXAMPLE_NAMES = ['林晓雯', '周子航', '陈思远', '黄嘉怡', '吴俊杰', '郑雨桐', '孙浩然', '马晨曦', '朱一帆', '胡可欣', '郭志强', '何婉清', '高明轩', '罗佳琪', '梁振宇', '宋心怡', '谢天翔', '韩雪莉', '唐子涵', '冯立新', '许诗琪', '邓文博', '曹静怡', '彭宇航'];

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the tools still work, they are just not remembered.
  }
};

const $ = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`ClassUtilities: ${selector} missing`);
  return found;
};

function startTimer(section: HTMLElement): void {
  const clock = $<HTMLElement>(section, '[data-timer-clock]');
  const status = $<HTMLElement>(section, '[data-timer-status]');
  const startButton = $<HTMLButtonElement>(section, '[data-timer-start]');
  const sound = $<HTMLInputElement>(section, '[data-timer-sound]');
  const duration = $<HTMLInputElement>(section, '[data-timer-duration]');
  const error = $<HTMLElement>(section, '[data-timer-error]');
  let state: TimerState = timer.parseStoredTimer(read(TIMER_KEY));
  let ticker: number | undefined;
  let audio: AudioContext | null = null;

  const durationText = (ms: number) => {
    const seconds = Math.round(ms / 1000);
    return seconds % 60 === 0 ? String(seconds / 60) : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };

  const beep = () => {
    if (!audio) return;
    void audio.resume();
    const start = audio.currentTime + 0.05;
    for (let index = 0; index < 3; index += 1) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const at = start + index * 0.45;
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.4);
    }
    section.dataset['beeps'] = String(Number(section.dataset['beeps'] ?? 0) + 1);
  };

  const save = () => write(TIMER_KEY, JSON.stringify(state));

  const render = () => {
    const left = timer.remaining(state, Date.now());
    const text = timer.formatClock(left);
    if (clock.textContent !== text) clock.textContent = text;
    const running = timer.isRunning(state);
    startButton.textContent = running ? '暂停' : left > 0 && state.elapsedMs > 0 ? '继续' : '开始';
    section.classList.toggle('is-done', left === 0);
    section.dataset['state'] = running ? 'running' : left === 0 ? 'done' : 'stopped';
    sound.checked = state.sound;
  };

  const tick = () => {
    if (timer.isRunning(state) && timer.remaining(state, Date.now()) === 0) {
      state = timer.pause(state, Date.now());
      save();
      stopTicking();
      status.textContent = '时间到！';
      if (state.sound) beep();
    }
    render();
  };
  const stopTicking = () => {
    window.clearInterval(ticker);
    ticker = undefined;
  };
  const startTicking = () => {
    stopTicking();
    ticker = window.setInterval(tick, 200);
  };

  startButton.addEventListener('click', () => {
    const now = Date.now();
    if (timer.isRunning(state)) {
      state = timer.pause(state, now);
      stopTicking();
      status.textContent = `已暂停，还剩 ${timer.formatClock(timer.remaining(state, now))}。`;
    } else {
      // The sound needs a context created by a click (browsers' autoplay rule).
      if (state.sound && !audio && 'AudioContext' in window) audio = new AudioContext();
      state = timer.start(state, now);
      startTicking();
      status.textContent = `倒计时开始，还剩 ${timer.formatClock(timer.remaining(state, now))}。`;
    }
    save();
    render();
  });
  $<HTMLButtonElement>(section, '[data-timer-reset]').addEventListener('click', () => {
    state = timer.reset(state);
    stopTicking();
    save();
    render();
    status.textContent = `已重置为 ${timer.formatClock(state.durationMs)}。`;
  });
  sound.addEventListener('change', () => {
    state = { ...state, sound: sound.checked };
    if (state.sound && !audio && 'AudioContext' in window) audio = new AudioContext();
    save();
  });
  const setDuration = (ms: number) => {
    state = timer.setDuration(state, ms);
    stopTicking();
    duration.value = durationText(ms);
    error.textContent = '';
    save();
    render();
    status.textContent = `时长已设为 ${timer.formatClock(ms)}。`;
  };
  for (const preset of section.querySelectorAll<HTMLButtonElement>('[data-timer-preset]')) {
    preset.addEventListener('click', () => setDuration(Number(preset.dataset['timerPreset']) * 60_000));
  }
  $<HTMLFormElement>(section, '[data-timer-form]').addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = timer.parseDuration(duration.value);
    if (parsed.ok) setDuration(parsed.durationMs);
    else {
      error.textContent = parsed.message;
      duration.setAttribute('aria-invalid', 'true');
      return;
    }
    duration.removeAttribute('aria-invalid');
  });

  duration.value = durationText(state.durationMs);
  // A countdown that ran out while the page was closed ends quietly.
  if (timer.isRunning(state)) {
    if (timer.remaining(state, Date.now()) === 0) {
      state = timer.pause(state, Date.now());
      save();
    } else startTicking();
  }
  render();
}

function startNames(section: HTMLElement): void {
  const list = $<HTMLTextAreaElement>(section, '[data-names-list]');
  const summary = $<HTMLElement>(section, '[data-names-summary]');
  const error = $<HTMLElement>(section, '[data-names-error]');
  const groupsResult = $<HTMLElement>(section, '[data-groups-result]');
  const seedInput = $<HTMLInputElement>(section, '[data-groups-seed]');
  const valueInput = $<HTMLInputElement>(section, '[data-groups-value]');
  const pickedName = $<HTMLElement>(section, '[data-picker-name]');
  const history = $<HTMLElement>(section, '[data-picker-history]');
  const noRepeat = $<HTMLInputElement>(section, '[data-picker-no-repeat]');
  let picker: PickerState = { picked: [] };

  const roster = () => parseRoster(list.value);
  const describe = () => {
    if (list.value.trim() === '') {
      summary.textContent = '还没有名单。';
      return;
    }
    const result = roster();
    summary.textContent = result.ok ? [`共 ${result.names.length} 人。`, ...rosterNotes(result)].join('') : result.message;
  };
  const namesOrError = (): string[] | null => {
    const result = roster();
    if (!result.ok) {
      error.textContent = result.message;
      return null;
    }
    error.textContent = '';
    return result.names;
  };

  list.value = read(NAMES_KEY) ?? '';
  describe();
  let pending: number | undefined;
  list.addEventListener('input', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      describe();
      write(NAMES_KEY, list.value.length <= 40_000 ? list.value : '');
    }, 250);
  });
  $<HTMLButtonElement>(section, '[data-names-example]').addEventListener('click', () => {
    list.value = EXAMPLE_NAMES.join('\n');
    write(NAMES_KEY, list.value);
    describe();
  });
  $<HTMLButtonElement>(section, '[data-names-clear]').addEventListener('click', () => {
    list.value = '';
    write(NAMES_KEY, '');
    picker = { picked: [] };
    groupsResult.replaceChildren();
    pickedName.textContent = '';
    history.textContent = '';
    error.textContent = '';
    describe();
    list.focus();
  });

  $<HTMLFormElement>(section, '[data-groups-form]').addEventListener('submit', (event) => {
    event.preventDefault();
    const names = namesOrError();
    if (!names) return;
    const seedResult = parseSeed(seedInput.value);
    if (!seedResult.ok) {
      error.textContent = seedResult.message;
      return;
    }
    const by = new FormData(event.currentTarget as HTMLFormElement).get('class-groups-by') === 'size' ? 'size' : 'count';
    const value = Number(valueInput.value);
    const seed = seedResult.seed ?? randomSeed();
    const result = splitIntoGroups(names, by === 'size' ? { by, size: value } : { by, groups: value }, mulberry32(seed));
    if (!result.ok) {
      error.textContent = result.message;
      return;
    }
    const note = document.createElement('p');
    note.textContent = `${names.length} 人分成 ${result.groups.length} 组。本次随机种子：${seed}（把它填进上面的“随机种子”，用同一份名单可以重现这次分组）。`;
    const groups = document.createElement('ol');
    groups.className = 'class-groups';
    result.groups.forEach((members, index) => {
      const item = document.createElement('li');
      const title = document.createElement('h4');
      title.textContent = `第 ${index + 1} 组（${members.length} 人）`;
      const people = document.createElement('p');
      people.textContent = members.join('、');
      item.append(title, people);
      groups.append(item);
    });
    groupsResult.replaceChildren(note, groups);
  });

  $<HTMLButtonElement>(section, '[data-picker-pick]').addEventListener('click', () => {
    const names = namesOrError();
    if (!names) return;
    const result = pickName(names, picker, noRepeat.checked, cryptoRandom);
    if (!result.ok) {
      error.textContent = result.message;
      return;
    }
    picker = result.state;
    pickedName.textContent = result.name;
    history.textContent = `已抽 ${picker.picked.length} 次：${picker.picked.slice(-30).join('、')}`;
  });
  $<HTMLButtonElement>(section, '[data-picker-restart]').addEventListener('click', () => {
    picker = { picked: [] };
    pickedName.textContent = '';
    history.textContent = '新的一轮：所有人都可以再被抽到。';
    error.textContent = '';
  });
}

export function startClassUtilities(): void {
  const timerSection = document.querySelector<HTMLElement>('[data-class-timer]');
  const namesSection = document.querySelector<HTMLElement>('[data-class-names]');
  if (timerSection) startTimer(timerSection);
  if (namesSection) startNames(namesSection);
}
