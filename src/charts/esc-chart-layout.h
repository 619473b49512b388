/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "esc-chart.h"
#include "esc-palette.h"

G_BEGIN_DECLS

typedef struct {
  double x;
  double y;
  double width;
  double height;
} EscRect;

/* Colours come from whoever draws: the widget's style on screen, a fixed light or dark
 * scheme in exports. */
typedef struct {
  EscPaletteStyle palette;
  EscRgb foreground;
  EscRgb background;
  gboolean opaque;        /* paint the background (exports), or leave it to the card */
  EscRgb accent;          /* focus */
  double font_scale;      /* 1.0 for the default size; the user's text scaling */
  double font_size;       /* in pixels; 0 to follow the chart's width (exports, slides) */
} EscChartStyle;

typedef struct _EscChartLayout EscChartLayout;

void            esc_chart_style_init_default (EscChartStyle        *style,
                                              gboolean              dark);

EscChartLayout *esc_chart_layout_new         (EscChart             *chart,
                                              double                width,
                                              double                height,
                                              const EscChartStyle  *style);
void            esc_chart_layout_free        (EscChartLayout       *layout);
double          esc_chart_natural_height     (EscChart             *chart,
                                              double                width,
                                              const EscChartStyle  *style);
void            esc_chart_layout_draw        (EscChartLayout       *layout,
                                              cairo_t              *cr,
                                              int                   focused,
                                              int                   hovered);
int             esc_chart_layout_hit         (EscChartLayout       *layout,
                                              double                x,
                                              double                y);
gboolean        esc_chart_layout_get_mark_bounds (EscChartLayout   *layout,
                                                  guint             mark,
                                                  EscRect          *bounds);
guint           esc_chart_layout_get_n_seats (EscChartLayout       *layout);
gboolean        esc_chart_layout_get_seat    (EscChartLayout       *layout,
                                              guint                 index,
                                              double               *x,
                                              double               *y,
                                              double               *radius,
                                              guint                *mark);
GArray         *esc_chart_layout_get_text_boxes (EscChartLayout    *layout);
gboolean        esc_chart_layout_has_text    (EscChartLayout       *layout,
                                              const char           *text);
gboolean        esc_chart_layout_get_region_point (EscChartLayout  *layout,
                                                   guint            mark,
                                                   double          *x,
                                                   double          *y,
                                                   gboolean        *small);
guint           esc_chart_layout_count_region_draws (EscChartLayout *layout,
                                                     guint           mark,
                                                     gboolean       *inset);
double          esc_chart_layout_get_font_size (EscChartLayout     *layout);
gboolean        esc_chart_layout_get_majority_angle (EscChartLayout *layout,
                                                     double         *angle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscChartLayout, esc_chart_layout_free)

G_END_DECLS
