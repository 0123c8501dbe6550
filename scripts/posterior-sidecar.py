#!/usr/bin/python3
"""Writes the Markdown sidecar of a shipped posterior from a calibration's results folder.

    /usr/bin/python3 scripts/posterior-sidecar.py results/calibration/history-2010-2019 \
        > scenarios/calibration/posterior-2010-2019.md

It reads what `calibrate` wrote (posterior.csv's header comments, trace.csv,
identifiability.csv, fit.csv, median-fit.csv, coverage.csv, manifest.json) and prints the
SMC trace, the identifiability table, the posterior median's fit in the window and the
coverage of the observations after it. Standard library only.
"""
import csv
import json
import sys
from pathlib import Path


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def g(x, digits=4):
    v = float(x)
    if v != v or v in (float("inf"), float("-inf")):
        return "inf" if v > 0 else str(v)
    return f"{v:.{digits}g}"


def pct(x):
    return f"{100 * float(x):.1f}%"


def main(folder):
    d = Path(folder)
    comments = [line[2:].strip() for line in (d / "posterior.csv").read_text(encoding="utf-8").splitlines()
                if line.startswith("# ")]
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    out = ["# The shipped posterior, 2010-2019", "",
           "`posterior-2010-2019.csv` (beside this file) is the last generation of an ABC-SMC calibration of "
           "`history-2010-2019.yaml` (method, priors, targets: `src/site/markdown/calibration.md`): one row per "
           "particle, `draw,weight,<parameter>...`, weights summing to 1. `posterior-median-2010-2019.yaml` holds "
           "the marginal medians: the point values of runs without `--draws`. This file was written by "
           "`scripts/posterior-sidecar.py` from the calibration's results folder.", "", "## How it was made", ""]
    out += [f"- {c}" for c in comments]
    runs = manifest.get("runs")
    spr = manifest.get("seconds_per_run")
    if runs and spr:
        out.append(f"- {runs:,} simulation runs of the history to December 2019, {float(spr):.2f} s each on one "
                   f"thread ({3600 / float(spr):,.0f} runs an hour per thread on this 2-core machine)")
    out += ["", "## SMC trace", "", "Attempts are simulation runs; acceptance is kept proposals (importance-weighted",
            "generations) or accepted moves (replenished generations) per run; distinct counts the particles that differ.",
            "", "| generation | tolerance | attempts | acceptance | ESS | distinct |", "|---|---|---|---|---|---|"]
    for r in rows(d / "trace.csv"):
        out.append(f"| {r['generation']} | {g(r['tolerance'])} | {r['attempts']} | {float(r['acceptance_rate']):.3f} "
                   f"| {float(r['ess']):.1f} | {r.get('distinct', '')} |")
    out += ["", "## Identifiability", "",
            "Posterior sd / prior sd (near 1: the data say little about the parameter) and its strongest posterior "
            "correlations.", "",
            "| parameter | median | 90% interval | sd ratio | strongest correlations |", "|---|---|---|---|---|"]
    for r in rows(d / "identifiability.csv"):
        out.append(f"| `{r['parameter']}` | {g(r['median'])} | [{g(r['q05'])}, {g(r['q95'])}] | "
                   f"{float(r['sd_ratio']):.2f} | {r['most_correlated_with']} |")
    out += ["", "## Fit of the posterior median in the window (2010-2019)", "",
            "Targets of the calibration issue: CN->KR monthly MAPE <= 12%, annual <= 5%, Pew 2015-2019 each within "
            "10 points.", "", "| target | measure | value | observations |", "|---|---|---|---|"]
    for r in rows(d / "fit.csv"):
        out.append(f"| {r['target']} | {r['measure']} | {pct(r['value'])} | {r['observations']} |")
    points = rows(d / "median-fit.csv")
    annual = {}
    for p in points:
        if p["target"] == "CN to KR arrivals, monthly" and p["in_window"] == "true":
            y = p["period"][:4]
            o, s = annual.get(y, (0.0, 0.0))
            annual[y] = (o + float(p["observed"]), s + float(p["simulated"]))
    if annual:
        out += ["", "CN->KR arrivals by year, posterior median (millions):", "",
                "| year | observed | simulated | error |", "|---|---|---|---|"]
        for y, (o, s) in sorted(annual.items()):
            out.append(f"| {y} | {o / 1e6:.2f} | {s / 1e6:.2f} | {100 * (s / o - 1):+.1f}% |")
    survey = [p for p in points if p["in_window"] == "true" and not p["target"].startswith(("CN to KR", "KR to CN"))]
    if survey:
        out += ["", "Surveys and content reach in the window, posterior median:", "",
                "| target | period | observed | simulated |", "|---|---|---|---|"]
        for p in survey:
            out.append(f"| {p['target']} | {p['period']} | {g(p['observed'], 3)} | {g(p['simulated'], 3)} |")
    out += ["", "## After the window (never fitted): coverage of the 90% posterior predictive band", "",
            "| target | period | observed | 5% | median | 95% | covered |", "|---|---|---|---|---|---|---|"]
    for r in rows(d / "coverage.csv"):
        out.append(f"| {r['target']} | {r['period']} | {g(r['observed'])} | {g(r['q05'])} | {g(r['q50'])} | "
                   f"{g(r['q95'])} | {'yes' if r['covered'] == 'true' else 'no'} |")
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: posterior-sidecar.py RESULTS_FOLDER (a calibration's results folder)")
    main(sys.argv[1])
