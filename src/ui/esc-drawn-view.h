/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-chart-layout.h"
#include "esc-drawing.h"

G_BEGIN_DECLS

#define ESC_TYPE_DRAWN_VIEW (esc_drawn_view_get_type ())
G_DECLARE_FINAL_TYPE (EscDrawnView, esc_drawn_view, ESC, DRAWN_VIEW, GtkWidget)

void        esc_drawn_view_read_style                  (GtkWidget     *widget,
                                                        EscChartStyle *style);
GtkWidget  *esc_drawn_view_new                         (EscDrawing   *drawing);
EscDrawing *esc_drawn_view_get_drawing                 (EscDrawnView *self);
void        esc_drawn_view_set_drawing                 (EscDrawnView *self,
                                                        EscDrawing   *drawing);
int         esc_drawn_view_get_focused_item            (EscDrawnView *self);
void        esc_drawn_view_set_focused_item            (EscDrawnView *self,
                                                        int           item);
gboolean    esc_drawn_view_get_selection_follows_focus (EscDrawnView *self);
void        esc_drawn_view_set_selection_follows_focus (EscDrawnView *self,
                                                        gboolean      follows);
gboolean    esc_drawn_view_get_item_bounds             (EscDrawnView *self,
                                                        guint         item,
                                                        GdkRectangle *bounds);
int         esc_drawn_view_get_item_at                 (EscDrawnView *self,
                                                        double        x,
                                                        double        y);

G_END_DECLS
