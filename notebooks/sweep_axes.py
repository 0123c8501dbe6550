"""Axes of the response surfaces in 02-sweep-sensitivity.ipynb: which two factors, and their cells.

Kept in a module (not in the notebook) so that NotebookHelpersTest can check it directly.
"""
import numpy as np
import pandas as pd

MAX_LEVEL_CELLS = 12  # up to this many distinct levels, each level is its own cell


def as_numbers(values):
    """A factor column as numbers (dates and months as decimal years) or None if categorical."""
    num = pd.to_numeric(values, errors="coerce")
    if num.notna().all():
        return num
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        dt = pd.to_datetime(values, format=fmt, errors="coerce")
        if dt.notna().all():
            return dt.dt.year + (dt.dt.dayofyear - 1) / 365.25
    return None


def axis_cells(values, bins):
    """(cell label per run, ordered cell labels, numeric values or None) for one surface axis."""
    values = pd.Series(values).astype(str)
    num = as_numbers(values)
    if num is None:
        order = list(dict.fromkeys(values))
        return values, order, None
    levels = np.sort(num.unique())
    if len(levels) <= MAX_LEVEL_CELLS:
        # a level is labelled as the sweep wrote it: a rounded label would pool levels that round alike
        # (2025-09-29 and 2026-06-30 are both 2026 to four digits)
        label = {v: values[num == v].iloc[0] for v in levels}
        return num.map(label), [label[v] for v in levels], num
    cut = pd.cut(num, bins=bins)
    order = list(cut.cat.categories)
    names = {c: f"{c.mid:.3g}" for c in order}
    return cut.map(names).astype(str), [names[c] for c in order], num


def surface_axes(sens, main_index, factors, response_sd=None):
    """The two factors with the largest mean standardised effect over the responses.

    An effect in a response's own units (Morris mu*) is divided by that response's standard
    deviation over the runs, so that each response counts alike whatever its unit: in raw units
    arrivals (millions of persons) would outweigh every share. Indices that are already unitless
    (Sobol shares, rank correlations, main-effect shares) are used as they are (response_sd None).
    """
    main = sens[sens["index"] == main_index].copy()
    main["a"] = main["estimate"].abs()
    if response_sd is not None:
        sd = main["response"].map(response_sd).astype(float)
        main["a"] = (main["a"] / sd.where(sd > 0)).fillna(0)
    rank = main.groupby("factor")["a"].mean().reindex(factors).fillna(0).sort_values(ascending=False, kind="stable")
    return list(rank.index[:2])
