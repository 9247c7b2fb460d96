"""The Jinja2 baseline: in one process, read every notice (PyYAML C loader,
YAML 1.2 rules) and render an HTML page and a Markdown document per language,
with autoescaping, headings per section, lists and definition lists, like a
hand-written static-site script would. Markdown inside text fields is not
interpreted (seloste runs pulldown-cmark and ammonia on it).

    python jinja_render.py OUTDIR FILE...
Prints JSON: {"notices": n, "documents": d, "seconds": total}
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jinja2  # noqa: E402
import yaml12  # noqa: E402

LANGS = {"fi", "sv", "en"}

HTML = r"""{%- macro show(v) -%}
{%- if v is mapping and is_text(v) -%}<p>{{ t(v) }}</p>
{%- elif v is mapping -%}<dl>{% for k, x in v.items() %}<dt>{{ heading(k) }}</dt><dd>{{ show(x) }}</dd>{% endfor %}</dl>
{%- elif v is string -%}{% for para in v.split("\n\n") %}<p>{{ para }}</p>{% endfor %}
{%- elif v is sequence -%}{% if v %}<ul>{% for x in v %}<li>{{ show(x) }}</li>{% endfor %}</ul>{% else %}<p>–</p>{% endif %}
{%- else -%}<p>{{ v }}</p>{%- endif -%}
{%- endmacro -%}
<!DOCTYPE html>
<html lang="{{ lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ t(n.title) }} – {{ t(n.controller.name) }}</title>
<style>body{font-family:sans-serif;max-width:48rem;margin:auto;padding:1rem;line-height:1.5}
dt{font-weight:bold}</style></head>
<body><a href="#main">Siirry sisältöön</a>
<header><p>{{ t(n.controller.name) }}</p></header>
<main id="main"><h1>{{ t(n.title) }}</h1>
<nav aria-label="Sisällys"><ol>{% for key, value in n.items() if key not in skip %}
<li><a href="#{{ key }}">{{ heading(key) }}</a></li>{% endfor %}</ol></nav>
{% for key, value in n.items() if key not in skip %}
<section id="{{ key }}"><h2>{{ heading(key) }}</h2>{{ show(value) }}</section>
{% endfor %}</main>
<footer><p>{{ n.id }}</p></footer></body></html>
"""

MD = r"""{%- macro show(v, d) -%}
{%- if v is mapping and is_text(v) -%}{{ md(t(v)) }}
{%- elif v is mapping -%}{% for k, x in v.items() %}
{{ "  " * d }}- **{{ heading(k) }}**: {{ show(x, d + 1) }}{% endfor %}
{%- elif v is string -%}{{ md(v) }}
{%- elif v is sequence -%}{% for x in v %}
{{ "  " * d }}- {{ show(x, d + 1) }}{% endfor %}
{%- else -%}{{ v }}{%- endif -%}
{%- endmacro -%}
# {{ t(n.title) }}

{{ t(n.controller.name) }}
{% for key, value in n.items() if key not in skip %}
## {{ heading(key) }}

{{ show(value, 0) }}
{% endfor %}
"""


def main():
    outdir, files = sys.argv[1], sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    env = jinja2.Environment(autoescape=True, trim_blocks=False)
    md_env = jinja2.Environment(autoescape=False)
    state = {"lang": "fi"}

    def is_text(v):
        return bool(v) and set(v) <= LANGS

    def t(v):
        if isinstance(v, dict) and is_text(v):
            return v.get(state["lang"]) or next(iter(v.values()))
        return "" if v is None else str(v)

    def heading(key):
        return str(key).replace("_", " ").capitalize()

    def md(s):
        return str(s).replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")

    for e in (env, md_env):
        e.globals.update(t=t, heading=heading, is_text=is_text, md=md,
                         skip={"id", "title", "languages", "suppress"})
    html = env.from_string(HTML)
    mdt = md_env.from_string(MD)
    docs = 0
    t0 = time.perf_counter()
    for path in files:
        with open(path, encoding="utf-8") as f:
            n = yaml12.load(f.read())
        base = os.path.join(outdir, n["id"])
        for lang in n.get("languages") or ["fi"]:
            state["lang"] = lang
            with open(f"{base}.{lang}.html", "w", encoding="utf-8") as f:
                f.write(html.render(n=n, lang=lang))
            with open(f"{base}.{lang}.md", "w", encoding="utf-8") as f:
                f.write(mdt.render(n=n, lang=lang))
            docs += 1
    print(json.dumps({"notices": len(files), "documents": docs,
                      "seconds": time.perf_counter() - t0}))


main()
