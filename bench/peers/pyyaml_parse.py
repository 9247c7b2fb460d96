"""Parse-only baseline: read and parse every file with PyYAML's C loader.

    python pyyaml_parse.py FILE...     (prints the number of documents parsed)
"""
import sys

import yaml

loader = yaml.CLoader  # fails loudly when PyYAML was built without libyaml
n = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        yaml.load(f.read(), Loader=loader)
    n += 1
print(n)
