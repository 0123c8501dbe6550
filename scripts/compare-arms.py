#!/usr/bin/python3
"""Compare the four 2026 arms: the README's five-line table and its figure.

Reads <results>/<arm>/monthly.csv as written by
  java -jar target/culturebridge.jar run status-quo-2026 gradual-opening-2026 \
      rapid-opening-2026 opening-with-shock-2026 --replicates 3 --out <results>
prints, per arm, the means over replicates of the last simulated year (favourable share of
Chinese people toward Korea, Korean dramas' adoption in China, Chinese arrivals in Korea in
that year, Korea's soft-power index in China), and with --figure draws the first two month by
month (mean over replicates) into a small PNG.

Runs on posterior draws (run ... --draws N) are read the same way: every run has a replicate
number of its own (draw j runs replicates j*R .. j*R+R-1, its draw in the `draw` column), so the
means are over all runs, draws and seeds together.

Usage: python3 scripts/compare-arms.py RESULTS [--figure PNG]
"""
import argparse
import sys
from pathlib import Path

import pandas as pd

ARMS = ["status-quo-2026", "gradual-opening-2026", "rapid-opening-2026", "opening-with-shock-2026"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", type=Path, help="folder holding one results folder per arm")
    ap.add_argument("--figure", type=Path, help="write the figure to this PNG")
    a = ap.parse_args()
    frames = {}
    for arm in ARMS:
        f = a.results / arm / "monthly.csv"
        if not f.is_file():
            sys.exit(f"missing {f}: run the four arms with --out {a.results} first")
        frames[arm] = pd.read_csv(f)
    print(f"{'arm (last year, mean of replicates)':<36}{'favourable.CN':>14}{'KR drama in CN':>16}"
          f"{'CN->KR arrivals':>17}{'soft_power.KR':>15}")
    for arm, d in frames.items():
        last = d[d["date"].str[:4] == d["date"].max()[:4]]
        # one group per run: replicate numbers are unique across draws
        per_rep = last.groupby("replicate")
        fav = per_rep["favourable.CN"].last().mean()
        drama = per_rep["adoption.KR.drama.in.CN"].last().mean()
        arrivals = per_rep["arrivals.CN.KR"].sum().mean()
        sp = per_rep["soft_power.KR"].last().mean()
        print(f"{arm:<36}{fav:>14.3f}{drama:>16.3f}{arrivals / 1e6:>15.2f} M{sp:>15.1f}")
    if a.figure:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        plt.rcParams.update({"font.size": 8, "svg.hashsalt": "culturebridge"})
        fig, axes = plt.subplots(1, 2, figsize=(8, 2.8), dpi=100)
        for arm, d in frames.items():
            m = d.groupby("date")[["favourable.CN", "adoption.KR.drama.in.CN"]].mean()
            x = pd.to_datetime(m.index)
            axes[0].plot(x, m["favourable.CN"], label=arm, lw=1.2)
            axes[1].plot(x, m["adoption.KR.drama.in.CN"], label=arm, lw=1.2)
        axes[0].set_title("Chinese people favourable toward Korea (share)")
        axes[1].set_title("Korean dramas' adoption in China (share)")
        axes[1].legend(fontsize=7, frameon=False)
        for ax in axes:
            ax.grid(alpha=0.3)
        fig.tight_layout()
        a.figure.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(a.figure, metadata={"Software": None})
        print(f"figure: {a.figure}")


if __name__ == "__main__":
    main()
