// The course's colour theme: the learner's choice ("light" or "dark", kept in localStorage) or,
// until they choose, the system's (prefers-color-scheme), followed live. Lumo switches to its dark
// palette when <html> carries theme="dark". The header's toggle button (ThemeToggle.java) calls
// window.courseTheme.next() and shows what it returns.
const KEY = 'course-theme';
const query = window.matchMedia('(prefers-color-scheme: dark)');
let remembered = 'system'; // the choice when the browser refuses storage (some private modes)

function chosen() {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch (e) {
    return remembered;
  }
}

function apply() {
  const choice = chosen();
  const dark = choice === 'dark' || (choice === 'system' && query.matches);
  if (dark) {
    document.documentElement.setAttribute('theme', 'dark');
  } else {
    document.documentElement.removeAttribute('theme');
  }
  return { choice, dark };
}

window.courseTheme = {
  // system -> dark -> light -> system: every state reachable from the keyboard, one press each.
  next() {
    const order = ['system', 'dark', 'light'];
    const following = order[(order.indexOf(chosen()) + 1) % order.length];
    remembered = following;
    try {
      if (following === 'system') {
        localStorage.removeItem(KEY);
      } else {
        localStorage.setItem(KEY, following);
      }
    } catch (e) {
      // Storage refused: the choice lasts while this page is open (remembered).
    }
    return apply();
  },
  current() {
    return apply();
  },
};

query.addEventListener('change', apply);
apply();
