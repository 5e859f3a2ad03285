"""Write README.md from nbs/index.ipynb (the docs home page): markdown cells as they are, code cells
and their text outputs as fenced blocks without their nbdev directives (`#|`); cells the docs hide
(`hide`, `echo: false`, `include: false`, `default_exp`) left out but for their figures. Quarto, which
nbdev_readme needs, is not available everywhere; this keeps README and home page one source.
Usage: python .ci/readme.py [--check]   (--check fails when README.md is out of date)."""
import json, re, sys, base64
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text())
parts, images = [], {}
for i, c in enumerate(nb['cells']):
    src = ''.join(c['source']).strip()
    if not src: continue
    if c['cell_type'] == 'markdown': parts.append(src); continue
    lines = src.split('\n')
    dirs = [l for l in lines if l.startswith('#|')]
    hidden = any(re.match(r'#\|\s*(hide|default_exp|echo:\s*false|include:\s*false)', d) for d in dirs)
    src = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
    pngs = [o['data']['image/png'] for o in c.get('outputs', []) if 'image/png' in o.get('data', {})]
    for j, png in enumerate(pngs):  # figures go next to the README, as nbdev_readme does
        name = f'README_files/cell-{i}-output-{j + 1}.png'
        images[name] = base64.b64decode(''.join(png))
        if hidden: parts.append(f'![]({name})')
    if hidden or not src: continue
    parts.append(f'```python\n{src}\n```')
    outs = [''.join(o.get('text', '')) for o in c.get('outputs', []) if o.get('output_type') == 'stream']
    outs += [''.join(o['data']['text/plain']) for o in c.get('outputs', []) if 'text/plain' in o.get('data', {})]
    if any(o.strip() for o in outs): parts.append('```\n' + ''.join(outs).rstrip() + '\n```')
text = '\n\n'.join(parts) + '\n'
# links written for the docs site (relative to nbs/) must also work from the repository's README
text = re.sub(r'\]\((?!https?:|#|/)([^)]+)\)', lambda m: f"](nbs/{m[1]})" if (root/'nbs'/m[1].split('#')[0]).exists() else m[0], text)
readme = root/'README.md'
stale = sorted(set(p.relative_to(root).as_posix() for p in (root/'README_files').glob('*.png')) - set(images))
if '--check' in sys.argv:
    if not readme.exists() or readme.read_text() != text or stale or any(
            not (root/n).exists() or (root/n).read_bytes() != b for n, b in images.items()):
        sys.exit('README.md or its figures are out of date with nbs/index.ipynb: run python .ci/readme.py')
    print('README.md and its figures match nbs/index.ipynb')
else:
    readme.write_text(text)
    for n in stale: (root/n).unlink()
    for n, b in images.items(): (root/n).parent.mkdir(exist_ok=True); (root/n).write_bytes(b)
