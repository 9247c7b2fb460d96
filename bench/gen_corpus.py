#!/usr/bin/env python3
"""Deterministic benchmark corpora of privacy notices (Python standard library only).

The notices in `notices/` and `examples/` are the templates. Notice number i of a
corpus is derived from one of them with its own seeded PRNG, so a corpus of N
notices is the first N notices of the same endless sequence (corpus-100 is a
prefix of corpus-1000) and every run makes byte-identical files.

The edits are made on the YAML *text*, line by line, so that comments, quoting
and block scalars stay as a person wrote them (parsing cost stays realistic):

- a new unique `id` (`<municipality>-<base id>-<number>`, lower-case letters,
  digits and hyphens, at most 80 characters, as the schema requires);
- the controller becomes one of ~120 Finnish municipalities (about 100
  controllers in 10,000 notices), the title gets the municipality's name;
- multilingual notices keep a deterministic subset or order of their
  languages ([fi], [fi, sv], [fi, en], [sv, fi], ...), the texts of dropped
  languages are removed;
- optional top-level sections are dropped (more findings, smaller files);
- list items are duplicated, sometimes a whole long list 2-4 times (bigger
  files): sizes range from a few KB to well over 100 KB.

Usage:
    gen_corpus.py N OUTDIR [--seed S] [--sources DIR...]
    gen_corpus.py --biglist FILE [--items 99000]

The generated files are checked by `bench/run` with `seloste check --format
json` (no `yaml-*` or `schema-*` findings allowed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

GENERATOR_VERSION = 5
DEFAULT_SEED = 20261101
ROOT = Path(__file__).resolve().parent.parent

# (nominative, genitive, "c" = kaupunki / "k" = kunta)
MUNICIPALITIES = [
    ("Akaa", "Akaan", "c"), ("Alajärvi", "Alajärven", "c"), ("Alavus", "Alavuden", "c"),
    ("Espoo", "Espoon", "c"), ("Forssa", "Forssan", "c"), ("Hamina", "Haminan", "c"),
    ("Hanko", "Hangon", "c"), ("Harjavalta", "Harjavallan", "c"), ("Heinola", "Heinolan", "c"),
    ("Helsinki", "Helsingin", "c"), ("Hyvinkää", "Hyvinkään", "c"),
    ("Hämeenlinna", "Hämeenlinnan", "c"), ("Iisalmi", "Iisalmen", "c"), ("Imatra", "Imatran", "c"),
    ("Joensuu", "Joensuun", "c"), ("Jyväskylä", "Jyväskylän", "c"), ("Jämsä", "Jämsän", "c"),
    ("Järvenpää", "Järvenpään", "c"), ("Kaarina", "Kaarinan", "c"), ("Kajaani", "Kajaanin", "c"),
    ("Kalajoki", "Kalajoen", "c"), ("Kangasala", "Kangasalan", "c"),
    ("Kankaanpää", "Kankaanpään", "c"), ("Kauhava", "Kauhavan", "c"),
    ("Kauniainen", "Kauniaisten", "c"), ("Kemi", "Kemin", "c"), ("Kemijärvi", "Kemijärven", "c"),
    ("Kerava", "Keravan", "c"), ("Keuruu", "Keuruun", "c"), ("Kitee", "Kiteen", "c"),
    ("Kokkola", "Kokkolan", "c"), ("Kotka", "Kotkan", "c"), ("Kouvola", "Kouvolan", "c"),
    ("Kristiinankaupunki", "Kristiinankaupungin", "c"), ("Kuopio", "Kuopion", "c"),
    ("Kurikka", "Kurikan", "c"), ("Kuusamo", "Kuusamon", "c"), ("Lahti", "Lahden", "c"),
    ("Laitila", "Laitilan", "c"), ("Lappeenranta", "Lappeenrannan", "c"), ("Lapua", "Lapuan", "c"),
    ("Lieksa", "Lieksan", "c"), ("Lohja", "Lohjan", "c"), ("Loimaa", "Loimaan", "c"),
    ("Loviisa", "Loviisan", "c"), ("Mikkeli", "Mikkelin", "c"), ("Naantali", "Naantalin", "c"),
    ("Nivala", "Nivalan", "c"), ("Nokia", "Nokian", "c"), ("Nurmes", "Nurmeksen", "c"),
    ("Orimattila", "Orimattilan", "c"), ("Oulainen", "Oulaisten", "c"), ("Oulu", "Oulun", "c"),
    ("Paimio", "Paimion", "c"), ("Parainen", "Paraisten", "c"),
    ("Pieksämäki", "Pieksämäen", "c"), ("Pietarsaari", "Pietarsaaren", "c"), ("Pori", "Porin", "c"),
    ("Porvoo", "Porvoon", "c"), ("Raahe", "Raahen", "c"), ("Raasepori", "Raaseporin", "c"),
    ("Raisio", "Raision", "c"), ("Rauma", "Rauman", "c"), ("Riihimäki", "Riihimäen", "c"),
    ("Rovaniemi", "Rovaniemen", "c"), ("Salo", "Salon", "c"), ("Savonlinna", "Savonlinnan", "c"),
    ("Seinäjoki", "Seinäjoen", "c"), ("Somero", "Someron", "c"),
    ("Suonenjoki", "Suonenjoen", "c"), ("Tampere", "Tampereen", "c"), ("Tornio", "Tornion", "c"),
    ("Turku", "Turun", "c"), ("Ulvila", "Ulvilan", "c"), ("Vaasa", "Vaasan", "c"),
    ("Valkeakoski", "Valkeakosken", "c"), ("Vantaa", "Vantaan", "c"),
    ("Varkaus", "Varkauden", "c"), ("Ylivieska", "Ylivieskan", "c"),
    ("Ylöjärvi", "Ylöjärven", "c"), ("Äänekoski", "Äänekosken", "c"),
    ("Enontekiö", "Enontekiön", "k"), ("Inari", "Inarin", "k"), ("Utsjoki", "Utsjoen", "k"),
    ("Sodankylä", "Sodankylän", "k"), ("Kittilä", "Kittilän", "k"), ("Muonio", "Muonion", "k"),
    ("Pello", "Pellon", "k"), ("Posio", "Posion", "k"), ("Salla", "Sallan", "k"),
    ("Savukoski", "Savukosken", "k"), ("Pelkosenniemi", "Pelkosenniemen", "k"),
    ("Ranua", "Ranuan", "k"), ("Simo", "Simon", "k"), ("Tervola", "Tervolan", "k"),
    ("Keminmaa", "Keminmaan", "k"), ("Ii", "Iin", "k"), ("Kempele", "Kempeleen", "k"),
    ("Liminka", "Limingan", "k"), ("Muhos", "Muhoksen", "k"), ("Tyrnävä", "Tyrnävän", "k"),
    ("Siikajoki", "Siikajoen", "k"), ("Pyhäjärvi", "Pyhäjärven", "c"),
    ("Haapajärvi", "Haapajärven", "c"), ("Haapavesi", "Haapaveden", "c"),
    ("Kärsämäki", "Kärsämäen", "k"), ("Utajärvi", "Utajärven", "k"), ("Vaala", "Vaalan", "k"),
    ("Pudasjärvi", "Pudasjärven", "c"), ("Taivalkoski", "Taivalkosken", "k"),
    ("Suomussalmi", "Suomussalmen", "k"), ("Hyrynsalmi", "Hyrynsalmen", "k"),
    ("Puolanka", "Puolangan", "k"), ("Ristijärvi", "Ristijärven", "k"),
    ("Paltamo", "Paltamon", "k"), ("Sotkamo", "Sotkamon", "k"), ("Kuhmo", "Kuhmon", "c"),
    ("Lieto", "Liedon", "k"), ("Parkano", "Parkanon", "c"), ("Huittinen", "Huittisten", "c"),
    ("Uusikaupunki", "Uudenkaupungin", "c"),
]

REQUIRED_KEYS = {"id", "title", "languages", "controller"}
# Never duplicated: unique lists or lists whose copies would only test suppression.
NO_DUP_KEYS = {"languages", "suppress"}
TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")
LANG_VARIANTS = {
    3: [["fi", "sv", "en"], ["fi", "sv"], ["fi", "en"], ["fi"], ["sv", "fi"], ["sv", "fi", "en"],
        ["en", "fi"]],
    2: [None, "first", "swap"],
}


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


# ----------------------------------------------------------------------------- YAML text


def split_blocks(text: str):
    """Header lines and top-level blocks [(key, [lines])] of a block-mapping document.

    A block is its key line, the lines below it, and the comment lines at
    column 0 just above it (they belong to the section that follows them)."""
    lines = text.splitlines(keepends=True)
    header: list[str] = []
    blocks: list[list] = []
    pending: list[str] = []
    for line in lines:
        m = TOP_KEY.match(line)
        if not blocks and not m:
            header.append(line)
        elif m:
            blocks.append([m.group(1), pending + [line]])
            pending = []
        elif blocks and (line.startswith((" ", "\t", "-")) or line.strip() == ""):
            if pending:  # comments followed by an indented line: keep them in place
                blocks[-1][1].extend(pending)
                pending = []
            blocks[-1][1].append(line)
        elif line.startswith("#"):
            pending.append(line)
        else:
            blocks[-1][1].append(line)
    if pending:
        (blocks[-1][1] if blocks else header).extend(pending)
    return header, blocks


def join_blocks(header, blocks) -> str:
    out = "".join(header) + "".join("".join(b[1]) for b in blocks)
    if not out.endswith("\n"):
        out += "\n"
    return out


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def is_content(line: str) -> bool:
    s = line.strip()
    return bool(s) and not s.startswith("#")


def scalar_value(raw: str):
    """The string of a one-line plain or quoted YAML scalar, or None."""
    raw = raw.strip()
    if not raw or raw[0] in "|>&*!{[":
        return None
    if raw[0] == '"':
        end = raw.rfind('"')
        try:
            return json.loads(raw[: end + 1])
        except ValueError:
            return None
    if raw[0] == "'":
        end = raw.rfind("'")
        return raw[1:end].replace("''", "'")
    return re.split(r"\s+#", raw, maxsplit=1)[0].strip()


def yaml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def rewrite_text_field(lines: list[str], start: int, fn) -> None:
    """Applies fn(lang or None, old) -> new to the Text value whose key is lines[start]."""
    line = lines[start]
    key_indent = indent_of(line)
    key, _, rest = line.partition(":")
    old = scalar_value(rest)
    if old is not None:
        lines[start] = f"{key}: {yaml_str(fn(None, old))}\n"
        return
    if rest.strip() and rest.strip()[0] in "|>":
        return
    i = start + 1
    while i < len(lines) and (not is_content(lines[i]) or indent_of(lines[i]) > key_indent):
        m = re.match(r"^(\s+)(fi|sv|en):(.*)$", lines[i].rstrip("\n"))
        if m and is_content(lines[i]):
            old = scalar_value(m.group(3))
            if old is not None:
                lines[i] = f"{m.group(1)}{m.group(2)}: {yaml_str(fn(m.group(2), old))}\n"
        i += 1


def drop_language_entries(lines: list[str], drop: set[str]) -> list[str]:
    """Removes `sv:`/`en:` entries (with their continuation lines) of Text maps."""
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s+)(fi|sv|en):(\s|$)", lines[i])
        if m and m.group(2) in drop:
            ind = len(m.group(1))
            i += 1
            while i < len(lines) and (lines[i].strip() == "" or indent_of(lines[i]) > ind):
                if lines[i].strip() == "":
                    # a blank line ends the entry unless a more indented line follows
                    j = i
                    while j < len(lines) and lines[j].strip() == "":
                        j += 1
                    if j < len(lines) and indent_of(lines[j]) > ind:
                        i = j
                        continue
                    break
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def sequence_items(block_lines: list[str]):
    """(prefix, items, suffix) of a block whose value is a block sequence, else None."""
    body_start = next((i for i, l in enumerate(block_lines) if TOP_KEY.match(l)), None)
    if body_start is None:
        return None
    key_line = block_lines[body_start]
    if key_line.split(":", 1)[1].strip() not in ("",) and not key_line.split(":", 1)[1].strip().startswith("#"):
        return None
    body = block_lines[body_start + 1:]
    first = next((i for i, l in enumerate(body) if is_content(l)), None)
    if first is None or not body[first].lstrip().startswith("-"):
        return None
    ind = indent_of(body[first])
    starts = [i for i, l in enumerate(body)
              if is_content(l) and indent_of(l) == ind and l.lstrip().startswith("-")]
    prefix = block_lines[: body_start + 1] + body[: starts[0]]
    items = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(body)
        items.append(body[s:e])
    # trailing blank or comment lines of the last item stay at the end
    last = items[-1]
    cut = len(last)
    while cut > 1 and not is_content(last[cut - 1]):
        cut -= 1
    suffix = last[cut:]
    items[-1] = last[:cut]
    return prefix, items, suffix


# ----------------------------------------------------------------------------- sources


def load_sources(dirs):
    sources = []
    for d in dirs:
        for p in sorted(Path(d).glob("*.y*ml")):
            text = p.read_text(encoding="utf-8")
            if re.search(r"^id:\s*\S", text, re.M):
                sources.append((p, text))
    if not sources:
        raise SystemExit(f"gen_corpus: no notices (YAML files with a top-level id:) in {dirs}")
    return sources


def sources_digest(sources) -> str:
    h = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    for p, text in sources:
        h.update(p.name.encode())
        h.update(text.encode())
    return h.hexdigest()[:16]


# ----------------------------------------------------------------------------- one notice


def make_notice(i: int, sources, seed: int):
    """The text and id of notice number i (0-based)."""
    rng = random.Random(f"{seed}:{i}")
    path, text = sources[rng.randrange(len(sources))]
    nom, gen, typ = MUNICIPALITIES[rng.randrange(len(MUNICIPALITIES))]
    header, blocks = split_blocks(text)
    keys = [b[0] for b in blocks]
    base_id = re.search(r"^id:\s*([^\s#]+)", text, re.M).group(1).strip("'\"")

    # New id: <municipality>-<base id, shortened>-<number>
    short = base_id[:40].rstrip("-")
    if "-" in short and len(base_id) > 40:
        short = short.rsplit("-", 1)[0]
    new_id = f"{slug(nom)}-{short}-{i + 1:05d}"
    new_id = re.sub(r"-+", "-", new_id)[:80].strip("-")

    # Languages
    kept_langs = None
    for b in blocks:
        if b[0] == "languages":
            for j, l in enumerate(b[1]):
                m = re.match(r"^languages:\s*\[([^\]]*)\]", l)
                if m:
                    langs = [x.strip() for x in m.group(1).split(",") if x.strip()]
                    if len(langs) >= 2:
                        variants = LANG_VARIANTS.get(len(langs), [None])
                        v = variants[rng.randrange(len(variants))]
                        if v is None:
                            new = langs
                        elif v == "first":
                            new = langs[:1]
                        elif v == "swap":
                            new = [langs[1], langs[0]] + langs[2:]
                        else:
                            new = [x for x in v if x in langs] or langs
                        kept_langs = new
                        b[1][j] = f"languages: [{', '.join(new)}]\n"
                    break
    if kept_langs is not None:
        drop = {"sv", "en"} - set(kept_langs)  # `fi` is kept: it leads every Text map
        if drop:
            for b in blocks:
                b[1] = drop_language_entries(b[1], drop)

    # id, title, controller
    for b in blocks:
        lines = b[1]
        for j, l in enumerate(lines):
            if b[0] == "id" and l.startswith("id:"):
                lines[j] = f"id: {new_id}\n"
            elif b[0] == "title" and l.startswith("title:"):
                rewrite_text_field(lines, j, lambda lang, old: f"{old} – {nom}")
        if b[0] == "controller":
            kind = next((re.match(r"^\s+kind:\s*(\w+)", l).group(1) for l in lines
                         if re.match(r"^\s+kind:\s*\w+", l)), None)
            child = next((indent_of(l) for l in lines[1:] if is_content(l)), 2)
            for j, l in enumerate(lines):
                if is_content(l) and indent_of(l) == child and l.lstrip().startswith("name:"):
                    def new_name(lang, old, kind=kind):
                        if kind == "municipality":
                            return f"{gen} {'kaupunki' if typ == 'c' else 'kunta'}"
                        if kind == "wellbeing_services_county":
                            return {"sv": f"{nom} välfärdsområde",
                                    "en": f"{nom} Wellbeing Services County"}.get(
                                        lang, f"{gen} hyvinvointialue")
                        return f"{old}, {nom}"
                    rewrite_text_field(lines, j, new_name)
                    break

    # Drop optional sections (30 % of notices drop 1-3)
    if rng.random() < 0.30:
        optional = [k for k in keys if k not in REQUIRED_KEYS]
        for k in rng.sample(optional, min(len(optional), rng.randint(1, 3))):
            blocks = [b for b in blocks if b[0] != k]

    # Duplicate list items (40 % a few items, 12 % a whole long list 2-4 times,
    # 3 % every list 3-6 times: the long tail of big notices)
    seqs = []
    for idx, b in enumerate(blocks):
        if b[0] in NO_DUP_KEYS:
            continue
        s = sequence_items(b[1])
        if s:
            seqs.append((idx, s))
    r = rng.random()
    if seqs and r < 0.03:
        k = rng.randint(3, 6)
        for idx, (prefix, items, suffix) in seqs:
            blocks[idx][1] = prefix + [l for it in items * k for l in it] + suffix
    elif seqs and r < 0.52:
        if r < 0.12:
            idx, (prefix, items, suffix) = max(seqs, key=lambda t: sum(len("".join(x)) for x in t[1][1]))
            items = items * rng.randint(2, 4)
        else:
            idx, (prefix, items, suffix) = seqs[rng.randrange(len(seqs))]
            items = items + [items[rng.randrange(len(items))] for _ in range(rng.randint(1, 3))]
        blocks[idx][1] = prefix + [l for it in items for l in it] + suffix

    controller = None
    for b in blocks:
        if b[0] == "controller":
            kind = next((re.match(r"^\s+kind:\s*(\w+)", l).group(1) for l in b[1]
                         if re.match(r"^\s+kind:\s*\w+", l)), "?")
            controller = f"{nom}/{kind}"
    return new_id, join_blocks(header, blocks), path.name, controller


# ----------------------------------------------------------------------------- corpora


def generate(n: int, outdir: Path, seed: int = DEFAULT_SEED, source_dirs=None, quiet=False) -> dict:
    """Writes corpus of n notices into outdir (reused when its manifest matches)."""
    source_dirs = source_dirs or [ROOT / "notices", ROOT / "examples"]
    sources = load_sources(source_dirs)
    digest = sources_digest(sources)
    manifest_path = outdir / "manifest.json"
    want = {"generator": GENERATOR_VERSION, "seed": seed, "n": n, "sources": digest}
    if manifest_path.exists():
        try:
            have = json.loads(manifest_path.read_text())
            if all(have.get(k) == v for k, v in want.items()):
                return have
        except ValueError:
            pass
    if outdir.exists():
        shutil.rmtree(outdir)
    outdir.mkdir(parents=True)
    # The site settings of notices/ (title, base_url, accessibility statement).
    for d in source_dirs:
        cfg = Path(d) / "seloste.toml"
        if cfg.exists():
            shutil.copy(cfg, outdir / "seloste.toml")
            break
    ids = set()
    files = []
    total = 0
    by_source: dict[str, int] = {}
    controllers = set()
    for i in range(n):
        nid, text, base, controller = make_notice(i, sources, seed)
        controllers.add(controller)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", nid) and len(nid) <= 80, nid
        assert nid not in ids, nid
        ids.add(nid)
        p = outdir / f"{nid}.yaml"
        data = text.encode("utf-8")
        p.write_bytes(data)
        total += len(data)
        files.append(p.name)
        by_source[base] = by_source.get(base, 0) + 1
    sizes = sorted((outdir / f).stat().st_size for f in files)
    manifest = dict(want, files=files, bytes=total,
                    size_min=sizes[0], size_median=sizes[len(sizes) // 2], size_max=sizes[-1],
                    by_source=by_source, controllers=len(controllers))
    manifest_path.write_text(json.dumps(manifest, indent=1))
    if not quiet:
        print(f"gen_corpus: {n} notices, {total / 1e6:.1f} MB in {outdir}", file=sys.stderr)
    return manifest


def biglist(path: Path, items: int = 99_000) -> int:
    """A notice-shaped file with `items` empty purposes (`  - {}`): one finding each."""
    path.parent.mkdir(parents=True, exist_ok=True)
    head = ("id: biglist\n"
            "title: Iso lista\n"
            "languages: [fi]\n"
            "controller:\n"
            "  name: Testikunta\n"
            "purposes:\n")
    data = (head + "  - {}\n" * items).encode()
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return len(data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int)
    ap.add_argument("outdir", nargs="?", type=Path)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--sources", nargs="+", type=Path)
    ap.add_argument("--biglist", type=Path, help="write the big-list file here instead")
    ap.add_argument("--items", type=int, default=99_000)
    a = ap.parse_args(argv)
    if a.biglist:
        size = biglist(a.biglist, a.items)
        print(f"{a.biglist}: {a.items} items, {size} bytes")
        return
    if a.n is None or a.outdir is None:
        ap.error("N and OUTDIR are required (or --biglist FILE)")
    m = generate(a.n, a.outdir, a.seed, a.sources)
    print(json.dumps({k: v for k, v in m.items() if k != "files"}, indent=1))


if __name__ == "__main__":
    main()
