"""Score abs_nb against the answer keys of the hand-written statements in this folder.

Run:  PYTHONPATH=. .venv/bin/python tests/handwritten/score.py [-v] [prefix ...]

For every *_key.json here, the document is <prefix>.txt, or else the single <prefix>_*.txt /
<prefix>*.txt file (a1_key.json -> a1_norwest_heloan_199806.txt).  Every key value is compared
with the parsed Filing: right (numbers within 0.005, rates within 5e-7, strings equal after
case/space normalisation, dates equal), missing (NaN/None/absent), wrong (anything else).
Per document and table it prints right/missing/wrong, then (with -v, or always for the
missing/wrong list up to a limit) the items, the non-pass checks and the unmapped rows.
"""
import datetime as _dt
import json
import math
import re
import sys
import traceback
from collections import defaultdict
from pathlib import Path

import abs_nb

HERE = Path(__file__).resolve().parent
RATE_FIELDS = {"interest_rate", "wac", "net_wac", "index_rate", "credit_enhancement"}
TABLES = ("classes", "totals", "collateral", "delinquency", "deal", "meta")


def find_doc(key_path):
    prefix = key_path.name[: -len("_key.json")]
    here = key_path.parent
    exact = here / f"{prefix}.txt"
    if exact.exists():
        return exact
    for pat in (f"{prefix}_*.txt", f"{prefix}*.txt"):
        c = sorted(here.glob(pat))
        if len(c) == 1:
            return c[0]
    raise FileNotFoundError(f"no unique document for {key_path.name}")


def is_missing(v):
    if v is None:
        return True
    try:
        import pandas as pd
        if v is pd.NA or v is pd.NaT:
            return True
    except Exception:
        pass
    if isinstance(v, float) and math.isnan(v):
        return True
    if isinstance(v, str) and not v.strip():
        return True
    return False


def norm_s(s):
    return re.sub(r"\s+", " ", str(s)).strip().casefold()


def compare(field, expect, got):
    """-> 'right' | 'missing' | 'wrong'"""
    if is_missing(got):
        return "missing"
    if isinstance(expect, bool):
        try:
            return "right" if bool(got) == expect and not isinstance(got, str) else "wrong"
        except Exception:
            return "wrong"
    if isinstance(expect, (int, float)):
        try:
            g = float(got)
        except Exception:
            return "wrong"
        if math.isnan(g):
            return "missing"
        tol = 5e-7 if field in RATE_FIELDS else 0.005
        return "right" if abs(g - float(expect)) <= tol + 1e-9 else "wrong"
    # strings / dates
    if isinstance(got, (_dt.date, _dt.datetime)):
        got = got.isoformat()[:10]
    if field.endswith("date") and isinstance(expect, str):
        return "right" if str(got)[:10] == expect else "wrong"
    if field == "trust":  # schema keeps `series` apart: accept the name with or without it
        return "right" if _no_series(got) == _no_series(expect) else "wrong"
    if isinstance(expect, list):  # every name of the key among those read
        names = {norm_s(x) for x in (got if isinstance(got, (list, tuple)) else [got])}
        return "right" if all(norm_s(x) in names for x in expect) else "wrong"
    if isinstance(got, (list, tuple)):
        return "right" if any(norm_s(x) == norm_s(expect) for x in got) else "wrong"
    return "right" if norm_s(got) == norm_s(expect) else "wrong"


def _no_series(x):
    return re.sub(r"[,\s]*(series\s*)?\d{4}-[a-z0-9]+$", "", norm_s(x))


def _squeezed(s):
    return re.sub(r"[\s\-_.]", "", str(s)).casefold()


def lookup_row(df, label):
    """row of a DataFrame by index label: exact, then normalised (case, spaces, dashes)."""
    if df is None or len(df) == 0:
        return None
    if label in df.index:
        r = df.loc[label]
        return r.iloc[0] if getattr(r, "ndim", 1) == 2 else r
    for ix in df.index:
        if _squeezed(ix) == _squeezed(label):
            r = df.loc[ix]
            return r.iloc[0] if getattr(r, "ndim", 1) == 2 else r
    return None


def get(obj, field):
    if obj is None:
        return None
    try:
        if field in obj:
            return obj[field]
    except TypeError:
        pass
    return getattr(obj, field, None)


def score_one(key_path, verbose):
    """Score one key: a statement's (an object), or a document's of several statements (a
    list, one key per statement in order, read with ``abs_nb.load_many``)."""
    key = json.loads(key_path.read_text())
    doc = find_doc(key_path)
    counts = {t: defaultdict(int) for t in TABLES}
    out = [f"=== {doc.name}  (key {key_path.name})"]
    if not isinstance(key, list):
        try:
            f = abs_nb.load(str(doc))
        except Exception as e:  # the parser failed outright
            out.append(f"  LOAD FAILED: {type(e).__name__}: {e}")
            out.append("  " + traceback.format_exc().strip().splitlines()[-1])
            f = None
        return _score_filing(key, f, counts, out, verbose)
    try:
        filings = list(abs_nb.load_many([str(doc)], progress=False))
    except Exception as e:
        out.append(f"  LOAD FAILED: {type(e).__name__}: {e}")
        filings = []
    out.append(f"  {len(filings)} statements read, {len(key)} in the key")
    for i, k in enumerate(key):
        out.append(f"  --- statement {i + 1}")
        _score_filing(k, filings[i] if i < len(filings) else None, counts, out, verbose)
    return out, counts


def _score_filing(key, f, counts, out, verbose):
    items = []  # (table, row, field, expected, got, verdict)

    def rec(table, row, field, expect, got):
        v = compare(field, expect, got)
        counts[table][v] += 1
        items.append((table, row, field, expect, got, v))

    classes = getattr(f, "classes", None)
    for cls, fields in key.get("classes", {}).items():
        row = lookup_row(classes, cls)
        for fld, exp in fields.items():
            rec("classes", cls, fld, exp, None if row is None else get(row, fld))
    totals = getattr(f, "totals", None)
    for fld, exp in key.get("totals", {}).items():
        rec("totals", "Total", fld, exp, get(totals, fld))
    coll = getattr(f, "collateral", None)
    for grp, fields in key.get("collateral", {}).items():
        row = lookup_row(coll, grp)
        for fld, exp in fields.items():
            rec("collateral", grp, fld, exp, None if row is None else get(row, fld))
    dq = getattr(f, "delinquency", None)
    for d in key.get("delinquency", []):
        hit = None
        if dq is not None and len(dq):
            m = dq[(dq["group"].astype(str).str.casefold() == d["group"].casefold())
                   & (dq["status"].astype(str) == d["status"])]
            if len(m):
                hit = m.iloc[0]
        for fld in ("count", "balance", "market_value"):
            if fld in d:
                rec("delinquency", f"{d['group']}/{d['status']}", fld, d[fld], None if hit is None else hit.get(fld))
    deal = getattr(f, "deal", None)
    for fld, exp in key.get("deal", {}).items():
        rec("deal", "deal", fld, exp, get(deal, fld))
    meta = getattr(f, "meta", None)
    for fld, exp in key.get("meta", {}).items():
        rec("meta", "meta", fld, exp, get(meta, fld))

    tot = defaultdict(int)
    for t in TABLES:
        c = counts[t]
        n = sum(c.values())
        if n:
            out.append(f"  {t:<12} right {c['right']:>4}  missing {c['missing']:>4}  wrong {c['wrong']:>4}   (of {n})")
            for k in ("right", "missing", "wrong"):
                tot[k] += c[k]
    out.append(f"  {'ALL':<12} right {tot['right']:>4}  missing {tot['missing']:>4}  wrong {tot['wrong']:>4}")
    if f is not None:
        out.append(f"  layout: {get(f.meta, 'layout')!r}")
    bad = [i for i in items if i[5] != "right"]
    if bad:
        out.append("  -- missing / wrong:")
        for t, r, fld, e, g, v in bad[: (10_000 if verbose else 80)]:
            out.append(f"     {v:<7} {t}[{r}].{fld}: key={e!r} got={g!r}")
        if not verbose and len(bad) > 80:
            out.append(f"     ... {len(bad) - 80} more (use -v)")
    if f is not None:
        ch = f.checks
        if ch is not None and len(ch):
            nb = ch[ch["status"] != "pass"]
            out.append(f"  -- checks not 'pass': {len(nb)} of {len(ch)}")
            for _, r in nb.iterrows():
                out.append(f"     {r['status']:<8} {r['check']} [{r['subject']}] exp={r['expected']} act={r['actual']}"
                           f" lines={r.get('lines')} {str(r.get('detail'))[:100]}")
        um = f.unmapped
        if um is not None and len(um):
            out.append(f"  -- unmapped: {len(um)}")
            for _, r in um.iterrows():
                out.append(f"     line {r['line']}: {str(r['label'])[:70]!r} -> {r['values']}")
    return out, counts


def main(argv):
    global HERE
    verbose = "-v" in argv
    if "--dir" in argv:  # score the keys of another folder
        i = argv.index("--dir")
        HERE = Path(argv[i + 1]).resolve()
        argv = argv[:i] + argv[i + 2:]
    only = [a for a in argv if not a.startswith("-")]
    keys = sorted(HERE.glob("*_key.json"))
    if only:
        keys = [k for k in keys if any(k.name.startswith(p) for p in only)]
    summary = []
    for k in keys:
        try:
            out, counts = score_one(k, verbose)
        except Exception as e:
            out, counts = [f"=== {k.name}: SCORER ERROR {type(e).__name__}: {e}"], {}
        print("\n".join(out), flush=True)
        print()
        summary.append((k.name, counts))
    print("=== SUMMARY (right/missing/wrong)")
    for name, counts in summary:
        cells = "  ".join(f"{t}={c['right']}/{c['missing']}/{c['wrong']}" for t, c in counts.items() if sum(c.values()))
        print(f"  {name:<34} {cells}")


if __name__ == "__main__":
    main(sys.argv[1:])
