#!/usr/bin/python3
"""Sampling noise of monthly arrivals across seeds: the coefficient of variation per month.

Reads <results>/monthly.csv of a multi-replicate run, for example
  java -jar target/culturebridge.jar run history-2010-2025 --replicates 10 --out <results>
and, for each month in [--from, --to], takes the coefficient of variation (SD / mean) across
replicates of the sampled arrivals (arrivals_sampled.<from>.<to>) and of the expected arrivals
(arrivals.<from>.<to>), and the SD of the monthly ratio sampled / expected. It prints the median,
mean and largest monthly CV and the share of months at or below the target (default 5%).
Results written before the expected-value columns existed (arrivals = sampled trips,
arrivals_expected = expected) are read with those names.

Usage: python3 scripts/arrivals-noise.py RESULTS [--direction CN.KR] [--from 2010-01] [--to 2019-12] [--target 0.05]
"""
import argparse
import sys
from pathlib import Path

import pandas as pd


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", type=Path, help="results folder holding monthly.csv")
    ap.add_argument("--direction", default="CN.KR")
    ap.add_argument("--from", dest="first", default="2010-01")
    ap.add_argument("--to", dest="last", default="2019-12")
    ap.add_argument("--target", type=float, default=0.05, help="largest acceptable monthly CV")
    a = ap.parse_args()
    df = pd.read_csv(a.results / "monthly.csv")
    if f"arrivals_sampled.{a.direction}" in df.columns:
        sampled, expected = f"arrivals_sampled.{a.direction}", f"arrivals.{a.direction}"
    elif f"arrivals_expected.{a.direction}" in df.columns:
        sampled, expected = f"arrivals.{a.direction}", f"arrivals_expected.{a.direction}"
    else:
        sys.exit(f"no arrivals columns for {a.direction} in {a.results / 'monthly.csv'}")
    df["month"] = df["date"].astype(str).str[:7]
    df = df[(df["month"] >= a.first) & (df["month"] <= a.last)]
    replicates = df["replicate"].nunique()
    if replicates < 2:
        sys.exit("need at least two replicates")
    df = df.assign(ratio=df[sampled] / df[expected])
    by = df.groupby("month")
    cv_s = by[sampled].std(ddof=1) / by[sampled].mean()
    cv_e = by[expected].std(ddof=1) / by[expected].mean()
    print(f"{a.results / 'monthly.csv'}: {replicates} replicates, {len(cv_s)} months {a.first} to {a.last}, "
          f"direction {a.direction}")
    for name, cv in ((sampled, cv_s), (expected, cv_e)):
        print(f"  {name:28s} monthly CV across seeds: median {cv.median():.1%}, mean {cv.mean():.1%}, "
              f"largest {cv.max():.1%} ({cv.idxmax()}); months at or below {a.target:.0%}: "
              f"{(cv <= a.target).mean():.0%}")
    print(f"  ratio {sampled} / {expected}: mean {df['ratio'].mean():.3f}, SD {df['ratio'].std(ddof=1):.3f}")
    print(f"  mean monthly {sampled}: {df[sampled].mean():,.0f} persons")


if __name__ == "__main__":
    main()
