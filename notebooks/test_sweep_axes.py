"""Checks of sweep_axes.py (run by NotebookHelpersTest with /usr/bin/python3)."""
import unittest

import pandas as pd

from sweep_axes import axis_cells, surface_axes


class AxisCells(unittest.TestCase):
    def test_close_dates_keep_their_own_cells(self):
        # two waiver dates nine months apart: 2025.74 and 2026.49 as decimal years, "2026" both to 4 digits
        runs = pd.Series(["2025-09-29", "2026-06-30", "2025-09-29", "2026-06-30"])
        cells, order, _ = axis_cells(runs, 3)
        self.assertEqual(order, ["2025-09-29", "2026-06-30"])
        self.assertEqual(list(cells), ["2025-09-29", "2026-06-30", "2025-09-29", "2026-06-30"])

    def test_cells_keep_the_runs_index(self):
        # the notebook assigns the cells to a filtered table whose index has gaps
        runs = pd.Series(["1", "2", "1"], index=[3, 7, 9])
        cells, _, _ = axis_cells(runs, 3)
        self.assertEqual(list(cells.index), [3, 7, 9])
        self.assertEqual(list(cells), ["1", "2", "1"])

    def test_numbers_that_agree_to_four_digits_keep_their_own_cells(self):
        cells, order, _ = axis_cells(pd.Series(["0.30001", "0.30002", "10"]), 3)
        self.assertEqual(order, ["0.30001", "0.30002", "10"])
        self.assertEqual(len(set(cells)), 3)

    def test_levels_are_ordered_by_value_not_by_text(self):
        _, order, _ = axis_cells(pd.Series(["10", "9", "2.5"]), 3)
        self.assertEqual(order, ["2.5", "9", "10"])

    def test_categories_keep_their_order_of_appearance(self):
        _, order, num = axis_cells(pd.Series(["films-first", "all-at-once", "films-first"]), 3)
        self.assertEqual(order, ["films-first", "all-at-once"])
        self.assertIsNone(num)


class SurfaceAxes(unittest.TestCase):
    def test_effects_are_compared_in_standard_deviations_of_each_response(self):
        # arrivals (sd 1e6 persons): A moves it 0.2 sd, B 0.1 sd; favourable (sd 0.1): B 0.5 sd, C 0.9 sd.
        # In raw units A (1e5 persons on average) wins; in standard deviations C and B matter most.
        sens = pd.DataFrame({
            "response": ["arrivals"] * 3 + ["favourable"] * 3,
            "factor": ["A", "B", "C"] * 2,
            "index": ["mu_star"] * 6,
            "estimate": [2e5, 1e5, 0.0, 0.0, 0.05, 0.09],
        })
        sd = {"arrivals": 1e6, "favourable": 0.1}
        self.assertEqual(surface_axes(sens, "mu_star", ["A", "B", "C"], sd), ["C", "B"])

    def test_shares_need_no_standardising(self):
        sens = pd.DataFrame({"response": ["r", "r", "r"], "factor": ["A", "B", "C"], "index": ["ST"] * 3,
                             "estimate": [0.1, 0.6, 0.3]})
        self.assertEqual(surface_axes(sens, "ST", ["A", "B", "C"]), ["B", "C"])


if __name__ == "__main__":
    unittest.main()
