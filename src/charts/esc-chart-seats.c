/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The seat chart: one circle per office in a hemicycle, government on the left, and a
 * legend that names each group. Wide charts put the legend beside the hemicycle,
 * narrow ones below it. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-layout-private.h"

static int
compare_seats (gconstpointer a,
               gconstpointer b)
{
  const Seat *sa = a, *sb = b;

  /* Left to right; within one direction, inner rows first. */
  if (fabs (sa->angle - sb->angle) > 1e-9)
    return sa->angle > sb->angle ? -1 : 1;
  return sa->radius < sb->radius ? -1 : 1;
}

/* Rows of seats on concentric arcs, as many as it takes for @n seats to fit, each row
 * holding seats in proportion to its length. */
static void
place_seats (EscChartLayout *self,
             guint           n,
             double          cx,
             double          cy,
             double          outer)
{
  double inner = outer * 0.38;
  guint rows, assigned = 0;
  double spacing = 0;

  for (rows = 1; rows < 40; rows++)
    {
      guint capacity = 0;

      spacing = (outer - inner) / rows;
      for (guint r = 0; r < rows; r++)
        capacity += (guint) floor (G_PI * (inner + spacing * (r + 0.5)) / spacing) + 1;
      if (capacity >= n)
        break;
    }

  for (guint r = 0; r < rows; r++)
    {
      double radius = inner + spacing * (r + 0.5);
      double total_length = 0;
      guint in_row;

      for (guint k = 0; k < rows; k++)
        total_length += inner + spacing * (k + 0.5);
      in_row = r == rows - 1 ? n - assigned : (guint) round (n * radius / total_length);
      in_row = MIN (in_row, n - assigned);
      assigned += in_row;

      for (guint s = 0; s < in_row; s++)
        {
          double angle = in_row == 1 ? G_PI / 2 : G_PI - G_PI * s / (in_row - 1);
          Seat seat = {
            .x = cx + radius * cos (angle),
            .y = cy - radius * sin (angle),
            .radius = spacing * 0.4,
            .angle = angle,
          };
          g_array_append_val (self->seats, seat);
        }
    }

  self->center_x = cx;
  self->center_y = cy;
  self->inner_radius = inner;
  self->outer_radius = outer;
  g_array_sort (self->seats, compare_seats);
}

static void
assign_marks (EscChartLayout *self)
{
  guint seat = 0;

  for (guint m = 0; m < esc_chart_get_n_marks (self->chart); m++)
    for (guint k = 0; k < esc_chart_get_mark (self->chart, m)->seats && seat < self->seats->len; k++)
      g_array_index (self->seats, Seat, seat++).mark = m;
}

static void
place_majority (EscChartLayout *self,
                double          font)
{
  guint majority = esc_chart_get_majority (self->chart);
  g_autofree char *text = NULL;
  Text *label;
  double angle;

  if (majority >= self->seats->len || majority == 0)
    return;

  angle = (g_array_index (self->seats, Seat, majority - 1).angle + g_array_index (self->seats, Seat, majority).angle) / 2;
  self->has_majority = TRUE;
  self->majority_angle = angle;

  /* Translators: the line in a seat chart past which one side holds most seats. */
  text = g_strdup_printf (_("Majority: %u"), majority);
  label = esc_layout_add_text (self, text, font * 0.8, FALSE, TRUE, -1, 0, 0);
  label->box.x = self->center_x + (self->outer_radius + font * 0.4) * cos (angle) - label->box.width / 2;
  label->box.y = self->center_y - (self->outer_radius + font * 0.4) * sin (angle) - label->box.height;
  label->box.x = CLAMP (label->box.x, 0, self->width - label->box.width);
}

/* One legend entry per mark: a seat-shaped swatch, the name, the count, the detail. */
static double
place_legend (EscChartLayout *self,
              double          x,
              double          y,
              double          width)
{
  double font = self->font, gap = font * 0.45, swatch = font * 0.55;
  double text_x = x + swatch * 2 + gap;
  double text_w = MAX (width - (text_x - x), font * 4);

  for (guint m = 0; m < esc_chart_get_n_marks (self->chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (self->chart, m);
      g_autofree char *title = g_strdup_printf ("%s · %s", mark->value_text, mark->label);
      /* Text pointers last only until the next text is added: take the heights now. */
      double name_h = esc_layout_add_text (self, title, font, TRUE, FALSE, text_w, text_x, y)->box.height;
      double detail_h = esc_layout_add_text (self, mark->detail, font * 0.82, FALSE, TRUE, text_w, text_x,
                                             y + name_h)->box.height;
      double height = name_h + detail_h;
      Row row = {
        .mark = m,
        .legend = TRUE,
        .bounds = { x, y - gap / 2, width, height + gap },
        .dot_x = x + swatch,
        .dot_y = y + name_h / 2,
        .dot_radius = swatch,
      };

      g_array_append_val (self->rows, row);
      y += height + gap * 1.5;
    }
  return y;
}

void
esc_layout_seats (EscChartLayout *self)
{
  double font = self->font, pad = font * 0.75;
  gboolean side = self->width > font * 34;
  double hemi_w = side ? self->width * 0.55 : self->width - 2 * pad;
  /* Room above the arc for the majority label. */
  double top = pad + font * 1.3;
  /* What the legend will take below the arc, near enough to size the arc by. */
  double legend_estimate = side ? 0 : esc_chart_get_n_marks (self->chart) * font * 2.7 + pad;
  /* Big enough to count the seats, not so big that it dwarfs the words beside it. */
  double outer = MIN (MIN (hemi_w / 2, font * 12), self->height - top - pad - legend_estimate);
  double bottom, legend_bottom;
  Text *total;
  g_autofree char *total_text = NULL;

  outer = MAX (outer, font * 3);
  if (side)
    hemi_w = outer * 2;
  place_seats (self, esc_chart_get_total_seats (self->chart), pad + hemi_w / 2, top + outer, outer);
  assign_marks (self);
  place_majority (self, font);

  /* The number of offices, large, where the arc leaves room for it. */
  total_text = g_strdup_printf ("%u", esc_chart_get_total_seats (self->chart));
  total = esc_layout_add_text (self, total_text, MIN (font * 2.2, self->inner_radius * 0.8), TRUE, FALSE, -1, 0, 0);
  total->box.x = self->center_x - total->box.width / 2;
  total->box.y = self->center_y - total->box.height * 0.95;

  /* The end seats of each row sit on the baseline and reach below it. */
  bottom = self->center_y + (self->seats->len > 0 ? g_array_index (self->seats, Seat, 0).radius : 0) + font * 0.3;
  if (side)
    {
      double legend_x = pad + hemi_w + pad * 2;

      legend_bottom = place_legend (self, legend_x, top, self->width - legend_x - pad);
      self->needed_height = MAX (bottom, legend_bottom) + pad;
    }
  else
    {
      legend_bottom = place_legend (self, pad, bottom + pad, self->width - 2 * pad);
      self->needed_height = legend_bottom + pad;
    }
}
