"""A small Markdown -> typst markup converter for the typst baseline.

It turns seloste's own Markdown rendering of a notice into an equivalent typst
document (headings, paragraphs, lists, tables as rows of text, links), so that
the typst compiler sets the same text that seloste sets in its PDF.
"""
import json
import re

SPECIAL = re.compile(r"([\\#*_$@<>\[\]`~=/+\-\"'])")
LINK = re.compile(r"\[([^\]]*)\]\((<[^>]*>|[^)\s]+)\)|<(https?://[^>\s]+|mailto:[^>\s]+)>")
MD_ESC = re.compile(r"\\([!-/:-@\[-`{-~])")


def esc(text: str) -> str:
    return SPECIAL.sub(r"\\\1", text)


def inline(text: str) -> str:
    out = []
    pos = 0
    for m in LINK.finditer(text):
        out.append(rich(text[pos:m.start()]))
        if m.group(3):
            out.append(f"#link({json.dumps(m.group(3), ensure_ascii=False)})")
        else:
            label, url = m.group(1), m.group(2).strip("<>")
            out.append(f"#link({json.dumps(url, ensure_ascii=False)})[{rich(label)}]")
        pos = m.end()
    out.append(rich(text[pos:]))
    return "".join(out)


def rich(text: str) -> str:
    """Plain text with **strong** spans."""
    parts = re.split(r"(?<!\\)\*\*", text)
    if len(parts) % 2 == 0:  # unbalanced: no markup
        parts = [text.replace("**", "")]
    return "".join(plain(p) if i % 2 == 0 else f"#strong[{plain(p)}]" for i, p in enumerate(parts))


def plain(text: str) -> str:
    text = re.sub(r"(?<![\\\w])[*_](\S(?:.*?\S)?)(?<!\\)[*_](?!\w)", r"\1", text)
    text = MD_ESC.sub(r"\1", text)
    return esc(text)


def convert(md: str, lang: str = "fi", title: str = "", author: str = "") -> str:
    lines = md.splitlines()
    if not title:
        title = next((l.lstrip("# ").strip() for l in lines if l.startswith("# ")), "Tietosuojaseloste")
    title = MD_ESC.sub(r"\1", title)
    head = [
        f"#set document(title: {json.dumps(title, ensure_ascii=False)}, author: {json.dumps(author or 'seloste', ensure_ascii=False)})",
        '#set page(paper: "a4", margin: (x: 2.2cm, y: 2.5cm), numbering: "1 / 1")',
        f'#set text(font: "Libertinus Serif", size: 10.5pt, lang: "{lang}")',
        "#set par(justify: false, leading: 0.6em)",
        "#show heading: set block(above: 1.2em, below: 0.6em)",
        "",
    ]
    body = []
    for line in lines:
        s = line.rstrip()
        m = re.match(r"^(#{1,6})\s+(.*)$", s)
        if m:
            body.append("=" * len(m.group(1)) + " " + inline(m.group(2)))
            continue
        m = re.match(r"^(\s*)[-*+]\s+(.*)$", s)
        if m:
            body.append(m.group(1) + "- " + inline(m.group(2)))
            continue
        m = re.match(r"^(\s*)\d+[.)]\s+(.*)$", s)
        if m:
            body.append(m.group(1) + "+ " + inline(m.group(2)))
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|[\s:|-]*", s):
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            body.append(" · ".join(inline(c) for c in cells if c) + " \\")
            continue
        if s.startswith(">"):
            s = s.lstrip("> ")
        if s in ("---", "***", "___"):
            body.append("#line(length: 100%)")
            continue
        body.append(inline(s.strip()) if s.strip() else "")
    return "\n".join(head + body) + "\n"
