"""Converts notices (YAML 1.2) to JSON files for ajv-cli, which reads only JSON
faithfully (its YAML reader is js-yaml 3, YAML 1.1: dates become Date objects).

    python yaml2json.py OUTDIR FILE...
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import yaml12  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        data = yaml12.load(f.read())
    name = os.path.splitext(os.path.basename(path))[0] + ".json"
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
