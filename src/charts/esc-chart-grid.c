/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the count changed, as a grid: a row per party (and per figure of the whole
 * election), a column per kind of measure, and in each cell the change as a bar from
 * zero on that column's own scale, with the two figures beside it. Shares and seats
 * never share an axis, and a parliament of many parties takes a row each, not one per
 * figure. Too narrow for the columns, the chart falls back to a list of rows. */
#include "config.h"

#include <math.h>

#include "esc-chart-layout-private.h"

/* The largest change of column @column, for its scale. */
static double
column_reach (EscChart *chart,
              guint     column)
{
  double reach = 0;

  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, m);

      if (mark->grid_column == column)
        reach = MAX (reach, fabs (mark->value));
    }
  return reach;
}

static double
widest (EscChartLayout *self,
        GPtrArray      *strings,
        double          size,
        gboolean        bold)
{
  double width = 0;

  for (guint i = 0; i < strings->len; i++)
    {
      double w = esc_layout_add_text (self, g_ptr_array_index (strings, i), size, bold, FALSE, -1, 0, 0)->box.width;

      width = MAX (width, w);
      g_array_set_size (self->texts, self->texts->len - 1);
    }
  return width;
}

static double
widest_value (EscChartLayout *self,
              guint           column)
{
  double width = 0;

  for (guint m = 0; m < esc_chart_get_n_marks (self->chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (self->chart, m);

      double w;

      if (mark->grid_column != column)
        continue;
      w = esc_layout_add_text (self, mark->value_text, self->font, FALSE, FALSE, -1, 0, 0)->box.width;
      width = MAX (width, w);
      g_array_set_size (self->texts, self->texts->len - 1);
    }
  return width;
}

/* A cell's words wrap onto a second line past this many ems: "28.8% → 28.83%" above
 * "(+0.03 points)". */
#define CELL_TEXT_EMS 8.0
#define BAR_EMS 4.0

/* Whether every column fits beside the row labels: each needs a bar and its widest
 * value, on two lines if need be. */
static gboolean
grid_fits (EscChartLayout *self,
           double          label_w,
           double          pad)
{
  GPtrArray *columns = esc_chart_get_grid_columns (self->chart);
  double needed = pad * 2 + label_w;

  for (guint c = 0; c < columns->len; c++)
    needed += self->font * (BAR_EMS + 0.4) + MIN (widest_value (self, c), self->font * CELL_TEXT_EMS) + pad * 2;
  return needed <= self->width;
}

/* Returns the cell's height. */
static double
add_cell (EscChartLayout *self,
          guint           mark_index,
          double          x,
          double          y,
          double          width,
          double          bar_w,
          double          reach)
{
  const EscChartMark *mark = esc_chart_get_mark (self->chart, mark_index);
  double font = self->font, bar_h = font * 0.9, zero = x + bar_w / 2;
  double length = reach > 0 ? mark->value / reach * (bar_w / 2) : 0;
  double text_x = x + bar_w + font * 0.4;
  Text *value = esc_layout_add_text (self, mark->value_text, font, FALSE, FALSE, MAX (x + width - text_x, font * 4),
                                     text_x, y);
  double text_h = value->box.height;
  Row row = {
    .mark = mark_index,
    .bounds = { x - font * 0.2, y - font * 0.15, width, text_h + font * 0.3 },
    .bar = { MIN (zero, zero + length), y + (text_h - bar_h) / 2, MAX (fabs (length), 1), bar_h },
    .zero_x = zero,
  };

  g_array_append_val (self->rows, row);
  return text_h;
}

/* Lays out the grid, or returns FALSE where it does not fit the width. */
gboolean
esc_layout_grid (EscChartLayout *self)
{
  EscChart *chart = self->chart;
  GPtrArray *row_labels = esc_chart_get_grid_rows (chart);
  GPtrArray *columns = esc_chart_get_grid_columns (chart);
  double font = self->font, pad = font * 0.75;
  double label_w = MIN (widest (self, row_labels, font, TRUE), self->width * 0.3);
  double column_x = pad + label_w + pad * 1.5, column_w, header_h = 0, y = pad;
  g_autoptr(GArray) reach = g_array_new (FALSE, FALSE, sizeof (double));

  if (columns->len == 0 || !grid_fits (self, label_w, pad))
    return FALSE;

  column_w = (self->width - pad - column_x) / columns->len;
  for (guint c = 0; c < columns->len; c++)
    {
      double r = column_reach (chart, c);
      Text *heading = esc_layout_add_text (self, g_ptr_array_index (columns, c), font * 0.85, TRUE, TRUE,
                                           column_w - pad, column_x + c * column_w, y);

      header_h = MAX (header_h, heading->box.height);
      g_array_append_val (reach, r);
    }
  y += header_h + font * 0.5;
  self->plot_top = y;

  for (guint r = 0; r < row_labels->len; r++)
    {
      double row_h = esc_layout_add_text (self, g_ptr_array_index (row_labels, r), font, TRUE, FALSE, label_w, pad, y)->box.height;

      for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
        {
          const EscChartMark *mark = esc_chart_get_mark (chart, m);
          double bar_w = MIN (font * BAR_EMS, column_w * 0.3), cell_h;

          if (mark->grid_row != r)
            continue;
          cell_h = add_cell (self, m, column_x + mark->grid_column * column_w, y, column_w - pad, bar_w,
                             g_array_index (reach, double, mark->grid_column));
          row_h = MAX (row_h, cell_h);
        }
      y += row_h + font * 0.55;
    }
  self->plot_bottom = y;
  self->needed_height = y + pad;
  return TRUE;
}
