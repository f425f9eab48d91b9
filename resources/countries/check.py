#!/usr/bin/env python3
"""Checks the country files (format version 2) against the contract in docs/country-rules.md.

Usage: python3 resources/countries/check.py [--tables] [FILE...]   (default: every *.json beside this script)
Prints one line per problem and a summary; exits 1 when a problem was found.
With --tables, prints instead one Markdown table per country (every figure with its value, dates,
source and whether it was checked), as used in docs/country-rules.md.
"""
import datetime
import glob
import json
import os
import re
import sys

RULE_KEYS = {
    "minimum_age", "young_worker_age", "regular_hours_per_day", "regular_hours_per_week",
    "max_overtime_hours_per_day", "max_overtime_hours_per_week", "max_overtime_hours_per_month",
    "max_overtime_hours_per_year", "max_total_hours_per_day", "max_total_hours_per_week",
    "overtime_premium", "overtime_premium_tiers", "rest_day_premium", "holiday_premium", "night_premium",
    "night_start", "night_end", "max_consecutive_days", "young_worker_max_hours_per_day",
    "young_worker_max_hours_per_week", "young_worker_night_start", "young_worker_night_end",
}
TIME_KEYS = {"night_start", "night_end", "young_worker_night_start", "young_worker_night_end"}
ENTRY_KEYS = {"value", "from", "until", "source", "source_url", "checked", "secondary", "note",
              "ilo_c138_exception", "sector_variants"}
WAGE_KEYS = {"from", "until", "monthly", "daily", "hourly", "sector", "source", "source_url", "checked",
             "secondary", "note"}

problems = []
counts = {"figures": 0, "checked": 0, "wages": 0, "holidays": 0}


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def date_ok(where, s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        bad(where, f"not a YYYY-MM-DD date: {s!r}")
        return None


def check_span(where, e):
    f = date_ok(where + ".from", e["from"]) if "from" in e else None
    u = date_ok(where + ".until", e["until"]) if "until" in e else None
    if f and u and u < f:
        bad(where, "until before from")
    return f, u


def check_sources(where, e):
    if not isinstance(e.get("source"), str) or not e["source"].strip():
        bad(where, "source missing")
    if not isinstance(e.get("checked"), bool):
        bad(where, "checked must be true or false")
    if e.get("checked") is False and not e.get("secondary") and not e.get("source_url"):
        bad(where, "unchecked figure names neither a secondary source nor a source_url")
    if "source_url" in e and not str(e["source_url"]).startswith("http"):
        bad(where, "source_url is not a URL")


def check_value(where, key, v):
    if v is None:
        return
    if key == "overtime_premium_tiers":
        if not isinstance(v, list) or not v:
            bad(where, "tiers must be a non-empty list")
            return
        for i, t in enumerate(v):
            if set(t) != {"after_hours", "per", "premium"} or t["per"] not in ("day", "week"):
                bad(f"{where}[{i}]", "tier needs after_hours, per (day|week), premium")
        return
    if key in TIME_KEYS:
        if not (isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v)):
            bad(where, f"not HH:MM: {v!r}")
        return
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
        bad(where, f"not a non-negative number: {v!r}")


def check_entries(where, key, val):
    entries = val if isinstance(val, list) else [val]
    spans = []
    for i, e in enumerate(entries):
        w = f"{where}[{i}]" if isinstance(val, list) else where
        if not isinstance(e, dict) or "value" not in e:
            bad(w, "entry without value")
            continue
        extra = set(e) - ENTRY_KEYS
        if extra:
            bad(w, f"unknown keys {sorted(extra)}")
        if "ilo_c138_exception" in e and key != "minimum_age":
            bad(w, "ilo_c138_exception only on minimum_age")
        check_value(w, key, e["value"])
        check_sources(w, e)
        spans.append(check_span(w, e))
        counts["figures"] += 1
        counts["checked"] += bool(e.get("checked"))
    check_overlap(where, spans)


def check_overlap(where, spans):
    lo = datetime.date.min
    hi = datetime.date.max
    rng = sorted(((f or lo), (u or hi)) for f, u in spans)
    for (f1, u1), (f2, u2) in zip(rng, rng[1:]):
        if f2 <= u1:
            bad(where, f"dated entries overlap ({f1}..{u1} and {f2}..{u2})")


def check_wages(where, wages, sector_groups=True):
    if not isinstance(wages, list):
        bad(where, "minimum_wage must be a list")
        return
    by_sector = {}
    for i, w in enumerate(wages):
        ww = f"{where}[{i}]"
        extra = set(w) - WAGE_KEYS
        if extra:
            bad(ww, f"unknown keys {sorted(extra)}")
        if "from" not in w:
            bad(ww, "from missing")
        if not any(k in w for k in ("monthly", "daily", "hourly")):
            bad(ww, "no amount")
        for k in ("monthly", "daily", "hourly"):
            if k in w and (not isinstance(w[k], (int, float)) or w[k] <= 0):
                bad(ww, f"{k} must be a positive number")
        check_sources(ww, w)
        by_sector.setdefault(w.get("sector", ""), []).append(check_span(ww, w))
        counts["wages"] += 1
        counts["checked"] += bool(w.get("checked"))
    for sector, spans in by_sector.items():
        check_overlap(f"{where} ({sector or 'all sectors'})", spans)


def check_file(path):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    if d.get("format_version") != 2:
        bad(name, "format_version must be 2")
    cc = d.get("country", "")
    if not re.fullmatch(r"[A-Z]{2}", cc) or name != cc.lower() + ".json":
        bad(name, f"country {cc!r} does not match the file name")
    for k in ("name", "currency", "reviewed", "rules", "holidays"):
        if k not in d:
            bad(name, f"{k} missing")
    date_ok(name + ".reviewed", d.get("reviewed"))
    for key, val in d.get("rules", {}).items():
        if key not in RULE_KEYS:
            bad(f"{name}.rules.{key}", "unknown rule key")
        check_entries(f"{name}.rules.{key}", key, val)
    if "minimum_wage" in d:
        check_wages(name + ".minimum_wage", d["minimum_wage"])
    regions = d.get("regions", {})
    if regions:
        if d.get("default_region") not in regions:
            bad(name, "default_region missing or not a region")
    for rname, r in regions.items():
        w = f"{name}.regions[{rname}]"
        if not r.get("note"):
            bad(w, "note missing")
        if "minimum_wage" in r:
            check_wages(w + ".minimum_wage", r["minimum_wage"])
        for key, val in r.get("rules", {}).items():
            if key not in RULE_KEYS:
                bad(f"{w}.rules.{key}", "unknown rule key")
            check_entries(f"{w}.rules.{key}", key, val)
    h = d.get("holidays", {})
    if not h.get("source"):
        bad(name + ".holidays", "source missing")
    years = set()
    seen = set()
    for i, hd in enumerate(h.get("dates", [])):
        dt = date_ok(f"{name}.holidays[{i}]", hd.get("date"))
        if not hd.get("name"):
            bad(f"{name}.holidays[{i}]", "name missing")
        if dt:
            years.add(dt.year)
            if dt in seen:
                bad(f"{name}.holidays[{i}]", f"duplicate date {dt}")
            seen.add(dt)
        counts["holidays"] += 1
    if not {2025, 2026} <= years:
        bad(name + ".holidays", "dates for 2025 and 2026 needed")


def cell(x):
    return str(x).replace("|", "/").replace("\n", " ")


def fmt_value(v):
    if v is None:
        return "none (no such limit)"
    if isinstance(v, list):
        return "; ".join(f"x{t['premium']} after {t['after_hours']} h/{t['per']}" for t in v)
    return str(v)


def span(e):
    f, u = e.get("from"), e.get("until")
    if f and u:
        return f"{f} to {u}"
    if f:
        return f"from {f}"
    if u:
        return f"until {u}"
    return "long-standing"


def wage_value(w):
    parts = [f"{w[k]:,} {k}" if isinstance(w[k], int) else f"{w[k]:,.2f} {k}"
             for k in ("monthly", "daily", "hourly") if k in w]
    if w.get("sector"):
        parts.append(f"({w['sector']})")
    return ", ".join(parts)


def tables(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    out = [f"### {d['name']} ({d['country']}, {d['currency']})", ""]
    out.append("| Figure | Value | In force | Source | Checked |")
    out.append("|---|---|---|---|---|")

    def rows(prefix, rules):
        for key, val in rules.items():
            for e in (val if isinstance(val, list) else [val]):
                out.append(f"| {prefix}{key} | {cell(fmt_value(e['value']))} | {span(e)} | {cell(e['source'])} | "
                           f"{'yes' if e.get('checked') else 'no'} |")

    def wages(prefix, ws):
        for w in ws:
            out.append(f"| {prefix}minimum wage | {cell(wage_value(w))} | {span(w)} | {cell(w['source'])} | "
                       f"{'yes' if w.get('checked') else 'no'} |")

    rows("", d.get("rules", {}))
    wages("", d.get("minimum_wage", []))
    for rname, r in d.get("regions", {}).items():
        pre = f"{rname}: "
        rows(pre, r.get("rules", {}))
        if r.get("minimum_wage"):
            wages(pre, r["minimum_wage"])
        else:
            out.append(f"| {pre}minimum wage | not established | | | |")
    h = d.get("holidays", {})
    years = sorted({x["date"][:4] for x in h.get("dates", [])})
    counts = ", ".join(f"{y}: {sum(1 for x in h['dates'] if x['date'].startswith(y))}" for y in years)
    out.append(f"| holidays | {counts} dates | | {cell(h.get('source', ''))} | {'yes' if h.get('checked') else 'no'} |")
    out.append("")
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    want_tables = "--tables" in args
    args = [a for a in args if a != "--tables"]
    files = args or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.json")))
    if want_tables:
        for p in files:
            print(tables(p))
        return 0
    for p in files:
        try:
            check_file(p)
        except (OSError, ValueError) as e:
            bad(os.path.basename(p), f"unreadable: {e}")
    for p in problems:
        print(p)
    print(f"{len(files)} files, {counts['figures']} rule figures, {counts['wages']} wage entries, "
          f"{counts['checked']} checked, {counts['holidays']} holiday dates, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
