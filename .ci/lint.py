"""Structural checks of the package that no notebook test makes; CI fails on any finding.

- no notebook cell mixes imports with other code, except `#| export` cells (nbdev's doc processor runs every
  cell that contains an import, out of context: such a cell breaks the docs build);
- the modules import each other without a cycle;
- no module over 450 lines and no function body over 65 (the layout aims at about 400 and 60);
- nothing loads untrusted files in a way that can run code (`weights_only=False`, `pickle.load`, `yaml.load`);
- the pages do not cite the internal specification (`METHODS.md`, "METHODS 1.4"): they cite the methods page.
"""
import ast, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG, NBS = ROOT/'topk_adv', ROOT/'nbs'
MAX_MODULE, MAX_FUNCTION = 450, 65
problems = []

def directives(s): return {m[1] for m in re.finditer(r'^#\|\s*(\w+)', s, re.M)}

for nb_path in sorted(NBS.rglob('*.ipynb')):
    if '.ipynb_checkpoints' in nb_path.parts: continue
    for i, c in enumerate(json.loads(nb_path.read_text())['cells']):
        s = ''.join(c['source'])
        if c['cell_type'] != 'code' or 'export' in directives(s): continue
        try: tree = ast.parse(s)
        except SyntaxError: continue  # magics; nbdev_test reports real syntax errors
        nodes = list(ast.walk(tree))
        if any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in nodes) and \
           any(isinstance(n, (ast.Expr, ast.Assign, ast.AugAssign, ast.If, ast.For, ast.With, ast.Try)) for n in tree.body):
            problems.append(f"{nb_path.relative_to(ROOT)} cell {i}: mixes imports with other code")

mods = {p.stem: p for p in PKG.glob('*.py') if p.stem != '_modidx'}
deps = {}
for name, p in mods.items():
    src = p.read_text(); tree = ast.parse(src)
    n = len(src.splitlines())
    if n > MAX_MODULE: problems.append(f"topk_adv/{p.name}: {n} lines (over {MAX_MODULE})")
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            size = node.end_lineno - node.body[0].lineno + 1
            if size > MAX_FUNCTION: problems.append(f"topk_adv/{p.name}: function {node.name} has a {size}-line body (over {MAX_FUNCTION})")
    deps[name] = {a.module.split('.')[0] for a in tree.body if isinstance(a, ast.ImportFrom) and a.level == 1 and a.module} & set(mods)
    for pat in (r'weights_only\s*=\s*False', r'pickle\.load\(', r'yaml\.load\('):
        if re.search(pat, src): problems.append(f"topk_adv/{p.name}: {pat} can run code from a file")

def cycle_from(start):
    stack, seen = [(start, [start])], set()
    while stack:
        m, path = stack.pop()
        for d in deps.get(m, ()):
            if d == start: return path + [d]
            if d not in seen: seen.add(d); stack.append((d, path + [d]))
for m in sorted(mods):
    if cyc := cycle_from(m): problems.append(f"import cycle: {' -> '.join(cyc)}"); break

for f in [ROOT/'README.md', *NBS.rglob('*.ipynb')]:
    if re.search(r'METHODS\.md|METHODS \d', f.read_text()): problems.append(f"{f.relative_to(ROOT)} cites the internal specification (METHODS)")

for p in problems: print(p)
print(f"lint: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
