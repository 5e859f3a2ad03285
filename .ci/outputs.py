"""Committed notebook outputs, checked against a fresh run.

    python .ci/outputs.py --check [NB ...]   run each notebook (default: every notebook with a `#| drift` cell) in a fresh
                                             kernel and fail when a `#| drift` cell prints anything other than its stored
                                             output: the key numbers a page shows must be what the current code computes
    python .ci/outputs.py --refresh NB ...   run the notebooks and store their new outputs (cells flagged `slow` or `cuda`
                                             are skipped and keep the outputs of their last long or GPU run)

Runs on one thread (OMP_NUM_THREADS=1, as the pages were made) with the digits CNN shipped with the package.
"""
import os, sys, re, json, difflib
os.environ.setdefault('OMP_NUM_THREADS', '1')
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

ROOT = Path(__file__).resolve().parent.parent
FLAGGED = re.compile(r'^#\|\s*(slow|cuda)\s*$', re.M)
DRIFT = re.compile(r'^#\|\s*drift\s*$', re.M)

def text_of(outputs) -> str:
    "The text a cell shows: its streams and the plain-text form of its results."
    out = []
    for o in outputs or []:
        if o.get('output_type') == 'stream': out.append(''.join(o.get('text', '')))
        elif 'data' in o and 'text/plain' in o['data']: out.append(''.join(o['data']['text/plain']))
    return ''.join(out).strip()

def run(path: Path, refresh: bool):
    nb = read_nb(path)
    stored = {i: text_of(c.get('outputs')) for i, c in enumerate(nb.cells) if c.cell_type == 'code'}
    k = CaptureShell()
    k.set_path(path.parent.resolve())
    k.run_all(nb, exc_stop=True, preproc=lambda c: bool(FLAGGED.search(c.source)) or c.source.lstrip().startswith('#| eval: false'))
    if refresh:
        for c in nb.cells:   # warnings name the file that raised them: keep the page free of this checkout's path
            for o in c.get('outputs', []):
                if o.get('output_type') == 'stream': o['text'] = ''.join(o['text']).replace(str(ROOT) + '/', '')
        write_nb(nb, path); return []
    bad = []
    for i, c in enumerate(nb.cells):
        if c.cell_type == 'code' and DRIFT.search(c.source) and text_of(c.get('outputs')) != stored[i]:
            diff = '\n'.join(difflib.unified_diff(stored[i].splitlines(), text_of(c.get('outputs')).splitlines(), 'stored', 'fresh', lineterm='', n=0))
            bad.append(f"{path.relative_to(ROOT)} cell {i}: the stored output is not what the code computes now\n{diff}")
    return bad

def main(argv):
    refresh = '--refresh' in argv
    paths = [Path(a).resolve() for a in argv if not a.startswith('--')]
    if not paths:
        if refresh: sys.exit('name the notebooks to refresh')
        paths = sorted(p for p in (ROOT/'nbs').rglob('*.ipynb') if '.ipynb_checkpoints' not in p.parts
                       and any(c.cell_type == 'code' and DRIFT.search(c.source) for c in read_nb(p).cells))
    problems = []
    for p in paths:
        print(f"{'refreshing' if refresh else 'checking'} {p.relative_to(ROOT)}", flush=True)
        problems += run(p, refresh)
    for m in problems: print(m)
    if not refresh: print(f"outputs: {len(paths)} notebooks checked, {len(problems)} drifted")
    sys.exit(1 if problems else 0)

if __name__ == '__main__': main(sys.argv[1:])
