/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Medians for the benchmarks: robust to the odd slow run of a busy machine. */
#pragma once

#include <glib.h>
#include <stdlib.h>

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @values in place; the sorted array also gives the minimum and maximum. */
static inline double
bench_median (double *values,
              guint   n)
{
  qsort (values, n, sizeof (double), bench_compare_doubles);
  return values[n / 2];
}
