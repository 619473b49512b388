/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-chart.h"

G_BEGIN_DECLS

#define ESC_TYPE_CHART_CARD (esc_chart_card_get_type ())
G_DECLARE_FINAL_TYPE (EscChartCard, esc_chart_card, ESC, CHART_CARD, GtkWidget)

GtkWidget *esc_chart_card_new       (EscChart     *chart);
EscChart  *esc_chart_card_get_chart (EscChartCard *self);
GtkWidget *esc_chart_card_get_view  (EscChartCard *self);
void       esc_chart_card_show_quotes (EscChartCard *self,
                                       guint         mark);

G_END_DECLS
