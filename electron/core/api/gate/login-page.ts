// The headless login page, rendered by the server in the app's language (Settings: id or en): no script, one form.
import type { Language } from '../../../../shared/domain';

const texts = {
  id: {
    title: 'Masuk ke Wasender Desktop',
    intro:
      'Aplikasi ini dapat dibuka dari jaringan. Masukkan kata sandi atau API key (lihat konsol saat aplikasi dimulai).',
    label: 'Kata sandi atau API key',
    submit: 'Masuk',
    wrong: 'Kata sandi atau API key salah.',
    tooMany: 'Terlalu banyak percobaan yang salah. Coba lagi dalam {s} detik.',
  },
  en: {
    title: 'Log in to Wasender Desktop',
    intro:
      'This app can be opened from the network. Enter the password or the API key (see the console at start).',
    label: 'Password or API key',
    submit: 'Log in',
    wrong: 'Wrong password or API key.',
    tooMany: 'Too many wrong attempts. Try again in {s} seconds.',
  },
} satisfies Record<Language, Record<string, string>>;

export type LoginProblem = { kind: 'wrong' } | { kind: 'too-many'; seconds: number };

/** The page's own header: nothing may frame it or load anything but its inline style; it posts only to us. */
export const LOGIN_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function renderLoginPage(language: Language, problem?: LoginProblem): string {
  const t = texts[language] ?? texts.id;
  const message =
    problem?.kind === 'wrong'
      ? t.wrong
      : problem?.kind === 'too-many'
        ? t.tooMany.replace('{s}', String(problem.seconds))
        : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f6f8;display:flex;min-height:100vh;margin:0;align-items:center;justify-content:center}
form{background:#fff;padding:2rem;border-radius:12px;box-shadow:0 2px 12px #0002;max-width:24rem;width:100%}
h1{font-size:1.3rem;margin:0 0 .5rem}p{color:#555;font-size:.9rem}label{display:block;font-weight:600;margin:.8rem 0 .3rem}
input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #ccc;border-radius:6px}
button{margin-top:1rem;width:100%;padding:.7rem;font-size:1rem;background:#12b886;color:#fff;border:0;border-radius:6px}
.error{color:#c92a2a;font-weight:600}
</style>
</head>
<body>
<form method="post" action="/login">
<h1>${t.title}</h1>
<p>${t.intro}</p>
${message ? `<p class="error" role="alert" data-testid="login-error">${message}</p>` : ''}
<label for="password">${t.label}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
<button type="submit">${t.submit}</button>
</form>
</body>
</html>`;
}
