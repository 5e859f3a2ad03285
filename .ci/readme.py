"""Write README.md from nbs/index.ipynb (the docs home page): markdown cells as they are, code cells
and their text outputs as fenced blocks, nbdev directive cells (`#|`) left out. Quarto, which
nbdev_readme needs, is not available everywhere; this keeps README and home page one source.
Usage: python .ci/readme.py [--check]   (--check fails when README.md is out of date)."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text())
parts = []
for c in nb['cells']:
    src = ''.join(c['source']).strip()
    if not src: continue
    if c['cell_type'] == 'markdown': parts.append(src); continue
    if src.startswith('#|'): continue
    parts.append(f'```python\n{src}\n```')
    outs = [''.join(o.get('text', '')) for o in c.get('outputs', []) if o.get('output_type') == 'stream']
    outs += [''.join(o['data']['text/plain']) for o in c.get('outputs', []) if 'text/plain' in o.get('data', {})]
    if any(o.strip() for o in outs): parts.append('```\n' + ''.join(outs).rstrip() + '\n```')
text = '\n\n'.join(parts) + '\n'
readme = root/'README.md'
if '--check' in sys.argv:
    if not readme.exists() or readme.read_text() != text:
        sys.exit('README.md is out of date with nbs/index.ipynb: run python .ci/readme.py')
    print('README.md matches nbs/index.ipynb')
else:
    readme.write_text(text)
