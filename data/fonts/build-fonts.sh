#!/usr/bin/env bash
# Rebuilds the fallback fonts in this folder from their packages.
#
# Not run by the build or CI: the resulting files are committed. Run it by
# hand (as root, on Debian 12 "bookworm") only to check or refresh them:
#
#   bash data/fonts/build-fonts.sh [OUTDIR]     # OUTDIR defaults to this folder
#
# Needs: apt-get (Debian packages), npm (npm registry), python3 -m venv and
# pip (PyPI: fonttools). Every source file is checked against its SHA-256
# below, so a newer package version stops the script instead of silently
# changing the fonts.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE}"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

NOTO_CORE=fonts-noto-core=20201225-1
NOTO_CJK=fonts-noto-cjk=1:20220127+repack1-1
NOTO_EMOJI_NPM=@expo-google-fonts/noto-emoji@0.4.7
FONTTOOLS=fonttools==4.68.0

# 1. sources --------------------------------------------------------------
apt-get download "$NOTO_CORE" "$NOTO_CJK"
mkdir deb
for d in ./*.deb; do dpkg-deb -x "$d" deb; done
npm pack --silent "$NOTO_EMOJI_NPM" >/dev/null
mkdir npm
tar xzf expo-google-fonts-noto-emoji-0.4.7.tgz -C npm

N=deb/usr/share/fonts/truetype/noto
CJK=deb/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
EMOJI=npm/package/400Regular/NotoEmoji_400Regular.ttf
sha256sum -c - <<EOF
9d7583b7dc9e812afd32a14280c5cac3160012efe50c8d08938f4fea266ff67f  $N/NotoSerif-Regular.ttf
8e1bcaa4fef346b247092cf4327c4744eda2fa72afed96e2145dc30a3b04fdd1  $N/NotoSerifThai-Regular.ttf
24b615ceb7d50a2c09060664ca9e24a160c9beb6bfca0563e8359369a4bc0993  $N/NotoSansSymbols-Regular.ttf
876598db5f1e3bef2bc77c4d94c5b0d5d2c1620be4878a06f18fb5434e331688  $N/NotoSansSymbols2-Regular.ttf
b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a  $CJK
24aaa2a20c9c06ffe9bf04284bfd1f14376a329d10122f902abe2770817eb504  $EMOJI
EOF

# 2. unmodified copies ----------------------------------------------------
cp "$N/NotoSerif-Regular.ttf" "$N/NotoSerifThai-Regular.ttf" \
   "$N/NotoSansSymbols-Regular.ttf" "$N/NotoSansSymbols2-Regular.ttf" "$OUT/"
cp "$EMOJI" "$OUT/NotoEmoji-Regular.ttf"

# 3. CJK subset -----------------------------------------------------------
python3 -m venv venv
venv/bin/pip install -q "$FONTTOOLS"

# Code points kept (one U+XXXX a line, in cjk-unicodes.txt):
#  - CJK Unified Ideographs of GB 2312 (all 6,763 hanzi, simplified Chinese),
#    Big5 level 1 (5,401 common traditional hanzi) and JIS X 0208 level 1
#    (2,965 common kanji): 9,237 ideographs in all;
#  - all 11,172 Hangul syllables and the Hangul compatibility jamo;
#  - CJK symbols and punctuation, hiragana, katakana (+ phonetic extensions),
#    bopomofo, enclosed CJK letters and months, halfwidth and fullwidth forms;
#  - the other symbols of those legacy character sets at or above U+2E80.
# Latin, Greek, Cyrillic and general symbols are left out: other fonts in
# the family list cover them in a style that matches the text.
venv/bin/python - <<'PY'
def dec(enc, leads, trails):
    out = set()
    for b1 in leads:
        for b2 in trails:
            try:
                ch = bytes([b1, b2]).decode(enc)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ord(ch))
    return out

def han(s):
    return {c for c in s if 0x4E00 <= c <= 0x9FFF}

gb_all = dec("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
big5_l1 = han(dec("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))))
jis_l1 = dec("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))
legacy_symbols = (
    dec("gb2312", range(0xA1, 0xAA), range(0xA1, 0xFF))
    | dec("euc_jp", range(0xA1, 0xA9), range(0xA1, 0xFF))
    | dec("euc_kr", range(0xA1, 0xAD), range(0xA1, 0xFF))
)
cps = set(gb_all) | big5_l1 | jis_l1
cps |= set(range(0xAC00, 0xD7A4))          # Hangul Syllables
for lo, hi in [(0x3000, 0x303F), (0x3040, 0x309F), (0x30A0, 0x30FF),
               (0x3100, 0x312F), (0x3130, 0x318F), (0x31F0, 0x31FF),
               (0x3200, 0x32FF), (0xFF00, 0xFFEF)]:
    cps |= set(range(lo, hi + 1))
cps |= {c for c in legacy_symbols if c >= 0x2E80}
with open("cjk-unicodes.txt", "w") as f:
    f.write("".join("U+%04X\n" % c for c in sorted(cps)))
print("CJK subset:", len(cps), "code points requested,",
      len([c for c in cps if 0x4E00 <= c <= 0x9FFF]), "ideographs")
PY

# Font number 2 of the collection is "Noto Sans CJK SC" (simplified Chinese
# glyph forms). 'locl' (and 'aalt') are dropped: they would pull in the
# JP/KR/TC/HK glyph variants and double the size; every ideograph is drawn
# in its SC form whatever the text's language. Hinting is dropped (PDF).
venv/bin/pyftsubset "$CJK" --font-number=2 \
    --unicodes-file=cjk-unicodes.txt \
    --layout-features-=locl,aalt \
    --no-hinting --notdef-outline \
    --name-IDs='*' \
    --output-file="$OUT/NotoSansCJKsc-Regular-subset.otf"

# 4. licences -------------------------------------------------------------
# All are under the SIL Open Font License 1.1; the copyright lines are those
# of the fonts' own name tables (name ID 0). Noto Emoji's licence file is the
# one its npm package ships.
cp npm/package/LICENSE_FONT "$OUT/OFL-NotoEmoji.txt"
OFL_BODY="$(sed -n '/^-----/,$p' npm/package/LICENSE_FONT)"
{
  printf '%s\n' \
    'Noto Serif: Copyright 2015 Google LLC. All Rights Reserved.' \
    'Noto Serif Thai: Copyright 2016 Google Inc. All Rights Reserved.' \
    'Noto Sans Symbols: Copyright 2016 Google LLC. All Rights Reserved.' \
    'Noto Sans Symbols2: Copyright 2017 Google Inc. All Rights Reserved.' \
    'Noto is a trademark of Google LLC.' '' \
    'This Font Software is licensed under the SIL Open Font License, Version 1.1.' \
    'This license is copied below, and is also available with a FAQ at:' \
    'https://openfontlicense.org' '' ''
  printf '%s\n' "$OFL_BODY"
} > "$OUT/OFL-Noto.txt"
{
  printf '%s\n' \
    'Noto Sans CJK SC: (c) 2014-2021 Adobe (http://www.adobe.com/).' \
    '(Upstream, Adobe'"'"'s Source Han Sans, of which Noto Sans CJK is the' \
    'Google-branded release, names the Reserved Font Name "Source"; the subset' \
    'in this folder keeps the name "Noto Sans CJK SC", which does not use it.)' '' \
    'This Font Software is licensed under the SIL Open Font License, Version 1.1.' \
    'This license is copied below, and is also available with a FAQ at:' \
    'https://openfontlicense.org' '' ''
  printf '%s\n' "$OFL_BODY"
} > "$OUT/OFL-NotoSansCJK.txt"

ls -l "$OUT"
