"""The typst baseline: compile every .typ file with the typst Python binding in
one process, PDF/A-2a + PDF/UA-1 like seloste's PDFs (falling back to no
standard when the document cannot meet them, which is then reported).

    python typst_compile.py MODE OUTDIR FILE.typ...
    MODE: reuse  one typst.Compiler for all documents (fonts loaded once)
          fresh  typst.compile() per document

Prints JSON: {"documents": n, "seconds": total, "per_doc_ms": [...], "standards": ...}
"""
import json
import os
import sys
import time

import typst

mode, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(outdir, exist_ok=True)
standards = ["a-2a", "ua-1"]
per = []
fallbacks = 0
t0 = time.perf_counter()
root = os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in files]) if files else "."
compiler = typst.Compiler(root=root, ignore_system_fonts=True) if mode == "reuse" else None
for path in files:
    out = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    t = time.perf_counter()
    for std in (standards, []):
        try:
            if compiler is not None:
                compiler.compile(input=os.path.abspath(path), output=out, pdf_standards=std,
                                 timestamp=0, root=root)
            else:
                typst.compile(os.path.abspath(path), output=out, root=root,
                              ignore_system_fonts=True, pdf_standards=std, timestamp=0)
            break
        except typst.TypstError:
            if not std:
                raise
            fallbacks += 1
    per.append((time.perf_counter() - t) * 1000)
total = time.perf_counter() - t0
print(json.dumps({"documents": len(files), "seconds": total, "per_doc_ms": per,
                  "standards": "+".join(standards), "fallbacks": fallbacks}))
