"""The desk driven by real keystrokes under Xvfb, from the focus it has after launch: J, 2, Shift+2 must leave
the second claim disputed and misattributed in the database; Ctrl+P must open a print preview with the app
still alive 5 s later; Escape closes it and J, 3 then leave the third claim false. Nothing clicks or hands the
window the X focus (Xvfb has no window manager): the desk must take the keyboard itself, on start and after
each dialog. Prints what it saw and exits non-zero on a failed check.

An Arabic-only keyboard layout cannot be checked here: this Xvfb keeps its US keymap whatever setxkbmap
(-layout ara, also per device), xkbcomp (uploading a compiled ara keymap, also with -i DEVICE) or xmodmap
does, so xdotool cannot send the J key's keycode with the Arabic letter. tests/gui/test_first_use.py sends
those events to Qt instead.

Run: .venv/bin/python bench/drive_desk_xvfb.py [--display :71] [--language en|ar] [--shot FILE.png]
Needs Xvfb and xdotool (apt-get install xvfb xdotool; imagemagick for --shot). Not part of `make test`.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere; the package itself needs no path tricks
    sys.path.insert(0, str(ROOT))
PYTHON = ROOT / ".venv" / "bin" / "python"
SAMPLE = ROOT / "resources" / "samples" / "ar-mosul-corridor.txt"


def xdotool(*args: str, env: dict) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, env=env, check=False).stdout.strip()


def visible_windows(pid: int, env: dict) -> list[str]:
    return xdotool("search", "--onlyvisible", "--pid", str(pid), env=env).split()


def wait_for_new_window(pid: int, known: set[str], env: dict, *, seconds: float = 60) -> str | None:
    """A visible window of the process that is not in known (the desk's title is translated, so by pid)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        new = [w for w in visible_windows(pid, env) if w not in known]
        if new:
            return new[-1]
        time.sleep(0.3)
    return None


def nth_claim(db_path: Path, index: int):
    from workbench.storage.database import open_database
    from workbench.usecases.articles import list_articles
    from workbench.usecases.claims import list_claims

    db = open_database(db_path)
    try:
        article = list_articles(db)[0]
        return list_claims(db, article.id)[index]
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--display", default=":71")
    parser.add_argument("--language", default="en", choices=("en", "ar"))
    parser.add_argument("--shot", help="save a screenshot of the desk window after the keys")
    args = parser.parse_args()
    from workbench.settings import DeskSettings, save_settings

    folder = Path(tempfile.mkdtemp(prefix="isnad-drive-"))
    env = dict(os.environ, DISPLAY=args.display, ISNAD_SETTINGS=str(folder / "settings.json"),
               XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    save_settings(DeskSettings(reviewer_name="Xvfb Reviewer", ui_language=args.language), folder / "settings.json")
    db_path = folder / "desk.sqlite"
    subprocess.run([str(PYTHON), "main.py", "--db", str(db_path), "import", str(SAMPLE)], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    xvfb = None
    if subprocess.run(["xdpyinfo"], env=env, capture_output=True, check=False).returncode != 0:
        xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
        time.sleep(1.5)
    app = subprocess.Popen([str(PYTHON), "main.py", "--db", str(db_path)], cwd=ROOT, env=env,
                           stderr=subprocess.DEVNULL)
    failures = []
    try:
        window = wait_for_new_window(app.pid, set(), env)
        if window is None:
            print("FAIL: the desk window never appeared")
            return 1
        time.sleep(2.5)  # the first layout and the first match look-up; no click: the desk asks for the keyboard
        for key in ("j", "2", "shift+2"):
            xdotool("key", "--delay", "150", key, env=env)  # to the focused window: no click, no focus change
            time.sleep(0.8)
        claim = nth_claim(db_path, 1)
        print(f"claim 2 (id {claim.id}) after j, 2, shift+2: claim verdict {claim.claim_verdict}, "
              f"attribution verdict {claim.attribution_verdict}")
        if (claim.claim_verdict, claim.attribution_verdict) != ("disputed", "misattributed"):
            failures.append("claim 2 is not disputed and misattributed")
        if args.shot:  # the desk after the keys, before the preview covers it
            subprocess.run(["import", "-display", args.display, "-window", window, args.shot], check=False)
        before = set(visible_windows(app.pid, env))
        xdotool("key", "ctrl+p", env=env)
        preview = wait_for_new_window(app.pid, before, env, seconds=30)
        title = xdotool("getwindowname", preview, env=env) if preview else ""
        print(f"print preview window: {f'open, “{title}”' if preview else 'NOT FOUND'}")
        if preview is None:
            failures.append("no print preview window")
        time.sleep(5)
        alive = app.poll() is None
        print(f"desk alive 5 s after Ctrl+P: {'yes' if alive else f'no (exit {app.returncode})'}")
        if not alive:
            failures.append(f"the desk died (exit {app.returncode})")
        elif preview is not None:
            for key in ("Escape", "j", "3"):  # the preview closes; the keys reach the desk again
                xdotool("key", "--delay", "150", key, env=env)
                time.sleep(1.5)
            verdict = nth_claim(db_path, 2).claim_verdict
            print(f"claim 3 after Escape (preview closed), j, 3: claim verdict {verdict}")
            if verdict != "false":
                failures.append("after the preview closed the keys did not reach the desk")
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=20)
        if xvfb is not None:
            xvfb.terminate()
    print("PASS" if not failures else "FAIL: " + "; ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
