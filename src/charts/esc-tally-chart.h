/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "esc-chart-layout.h"
#include "esc-tally.h"

G_BEGIN_DECLS

/* The candidates the distribution draws: the leading ones. */
#define ESC_TALLY_CHART_CANDIDATES 2

void  esc_tally_chart_draw_distribution     (cairo_t             *cr,
                                             double               width,
                                             double               height,
                                             EscTally            *tally,
                                             const EscChartStyle *style);
char *esc_tally_chart_describe_distribution (EscTally            *tally);
void  esc_tally_chart_draw_worst_case       (cairo_t             *cr,
                                             double               width,
                                             double               height,
                                             EscTally            *tally,
                                             const EscChartStyle *style);
EscRgb esc_tally_chart_color                (const EscChartStyle *style,
                                             guint                candidate);

G_END_DECLS
