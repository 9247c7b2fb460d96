"""PyYAML (C loader) with the YAML 1.2 core schema, as seloste reads notices.

PyYAML implements YAML 1.1: `no`/`yes`/`on`/`off` would become booleans and
`2026-09-01` a date. Notices follow YAML 1.2 (README, "The format"), where
they are text; dates stay strings, as JSON Schema expects them.
"""
import re

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Yaml12Loader(Loader):
    pass


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, regexp, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+0123456789.")),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(regexp), first)


def _int(loader, node):
    v = loader.construct_scalar(node)
    if v.startswith("0o"):
        return int(v[2:], 8)
    return int(v, 0) if v.startswith("0x") else int(v)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int)
# Unquoted dates resolve to str here; explicit !!timestamp tags stay strings too.
Yaml12Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda l, n: l.construct_scalar(n))


def load(text):
    return yaml.load(text, Loader=Yaml12Loader)
