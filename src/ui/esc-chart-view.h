/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-chart.h"
#include "esc-chart-layout.h"

G_BEGIN_DECLS

#define ESC_TYPE_CHART_VIEW (esc_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (EscChartView, esc_chart_view, ESC, CHART_VIEW, GtkWidget)

GtkWidget *esc_chart_view_new              (EscChart     *chart);
EscChart  *esc_chart_view_get_chart        (EscChartView *self);
int        esc_chart_view_get_focused_mark (EscChartView *self);
void       esc_chart_view_set_focused_mark (EscChartView *self,
                                            int           mark);
gboolean   esc_chart_view_get_mark_bounds  (EscChartView *self,
                                            guint         mark,
                                            GdkRectangle *bounds);
char      *esc_chart_view_describe_mark    (EscChartView *self,
                                            guint         mark);
void       esc_chart_view_get_style        (EscChartView *self,
                                            EscChartStyle *style);

G_END_DECLS
