/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the layout (esc-chart-layout.c), the two chart shapes (esc-chart-rows.c,
 * esc-chart-seats.c) and the painter (esc-chart-draw.c). */
#pragma once

#include <pango/pango.h>

#include "esc-chart-layout.h"
#include "esc-claim.h"

G_BEGIN_DECLS

typedef struct {
  PangoLayout *layout;
  EscRect box;
  gboolean dim;
} Text;

/* A mark's place in a row chart, or a legend entry of the seat chart (then @mark is
 * the entry's first mark). */
typedef struct {
  guint mark;
  gboolean legend;
  guint entry;
  EscRect bounds;          /* the whole row: what hovering and focus cover */
  EscRect bar;             /* width 0 when the mark is not a bar */
  double dot_x;            /* dot plots; dot_radius 0 when not a dot */
  double dot_y;
  double dot_radius;
  double zero_x;           /* grids of changes: where the bar's zero is; 0 for none */
} Row;

typedef struct {
  guint mark;
  double x;
  double y;
  double radius;
  double angle;
} Seat;

typedef struct _EscRegionsLayout EscRegionsLayout;

struct _EscChartLayout
{
  EscChart *chart;
  EscChartStyle style;
  double width;
  double height;
  double font;
  double needed_height;
  double offset_y;         /* added when drawing: centres short content */
  PangoContext *context;
  GArray *texts;           /* Text */
  GArray *rows;            /* Row */
  GArray *seats;           /* Seat */

  /* Row charts */
  GArray *ticks;           /* double: axis values with a gridline */
  double axis_min;
  double axis_max;
  double plot_x0;
  double plot_x1;
  double plot_top;
  double plot_bottom;
  gboolean band;           /* dot plots: shade the range between the extremes */
  gboolean has_reference;  /* a line across the plot: 50 % in a referendum */
  double reference_x;

  /* Seat charts */
  double center_x;
  double center_y;
  double inner_radius;
  double outer_radius;
  gboolean has_majority;
  double majority_angle;

  /* Maps of regions */
  EscRegionsLayout *regions;
};

Text   *esc_layout_add_text (EscChartLayout *self,
                             const char     *string,
                             double          size,
                             gboolean        bold,
                             gboolean        dim,
                             double          max_width,
                             double          x,
                             double          y);
void    esc_layout_rows     (EscChartLayout *self);
void    esc_layout_seats    (EscChartLayout *self);
gboolean esc_layout_grid    (EscChartLayout *self);
double  esc_layout_x_for    (EscChartLayout *self,
                             double          value);
EscRgb  esc_layout_mark_color (EscChartLayout     *self,
                               const EscChartMark *mark);
gboolean esc_layout_mark_bound (const EscChartMark *mark,
                                int                *direction);

void    esc_layout_regions  (EscChartLayout *self);
void    esc_draw_regions    (EscChartLayout *self,
                             cairo_t        *cr,
                             int             focused,
                             int             hovered);
int     esc_regions_hit     (EscChartLayout *self,
                             double          x,
                             double          y);
gboolean esc_regions_mark_bounds (EscChartLayout *self,
                                  guint           mark,
                                  EscRect        *bounds);
void    esc_regions_layout_free (EscRegionsLayout *regions);

G_END_DECLS
