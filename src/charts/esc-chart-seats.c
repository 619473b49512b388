/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The seat chart: one circle per office in a hemicycle, government on the left, and a
 * legend that names every party once. The legend goes beside the hemicycle or below
 * it, in as many columns as it takes, whichever leaves the hemicycle largest: with 700
 * seats it is the seats that need the room, with two parties the words. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-layout-private.h"

/* A legend column narrower than this many ems wraps every name. */
#define LEGEND_COLUMN_EMS 9.0
#define MAX_COLUMNS 4
/* The smallest seat, as a share of the text size, before the text gives way. */
#define MIN_SEAT_EMS 0.25

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
  /* The hole holds the total; rows get the rest, seats larger the less it takes. */
  double inner = outer * 0.34;
  guint rows, assigned = 0;
  double spacing = 0;

  /* As few rows as hold @n seats a little closer along the arc than across it: a few
   * seats take one arc, not two half-empty ones. */
  for (rows = 1; rows < 40; rows++)
    {
      guint capacity = 0;

      spacing = (outer - inner) / rows;
      for (guint r = 0; r < rows; r++)
        capacity += (guint) floor (G_PI * (inner + spacing * (r + 0.5)) / (spacing * 0.85)) + 1;
      if (capacity >= n)
        break;
    }

  /* Seats per row in proportion to its length; all seats as large as the tightest row
   * allows, across rows or along one. */
  {
    g_autofree guint *in_row = g_new0 (guint, rows);
    double total_length = 0, seat_radius = spacing * 0.42;

    for (guint k = 0; k < rows; k++)
      total_length += inner + spacing * (k + 0.5);
    for (guint r = 0; r < rows; r++)
      {
        double radius = inner + spacing * (r + 0.5);

        in_row[r] = r == rows - 1 ? n - assigned : MIN ((guint) round (n * radius / total_length), n - assigned);
        assigned += in_row[r];
        if (in_row[r] > 1)
          seat_radius = MIN (seat_radius, G_PI * radius / (in_row[r] - 1) * 0.45);
      }

    for (guint r = 0; r < rows; r++)
      for (guint s = 0; s < in_row[r]; s++)
        {
          double radius = inner + spacing * (r + 0.5);
          double angle = in_row[r] == 1 ? G_PI / 2 : G_PI - G_PI * s / (in_row[r] - 1);
          Seat seat = {
            .x = cx + radius * cos (angle),
            .y = cy - radius * sin (angle),
            .radius = seat_radius,
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

/* Long legends keep one line of detail per entry; the rest is in the tooltips. */
static int
detail_lines (EscChartLayout *self)
{
  return esc_chart_get_n_legend_entries (self->chart) > 6 ? 1 : 2;
}

static void
add_entry_texts (EscChartLayout            *self,
                 const EscChartLegendEntry *entry,
                 double                     x,
                 double                     y,
                 double                     width,
                 double                    *height)
{
  g_autofree char *title = g_strdup_printf ("%s · %s", entry->value_text, entry->label);
  double name_h = esc_layout_add_text (self, title, self->font, TRUE, FALSE, width, x, y)->box.height;
  Text *detail;

  *height = name_h;
  /* Entries whose source the reading names have no detail line. */
  if (entry->detail[0] == '\0')
    return;
  detail = esc_layout_add_text (self, entry->detail, self->font * 0.82, FALSE, TRUE, width, x, y + name_h);
  if (detail_lines (self) == 1)
    {
      int w, h;

      pango_layout_set_height (detail->layout, -1);
      pango_layout_get_pixel_size (detail->layout, &w, &h);
      detail->box.width = w;
      detail->box.height = h;
    }
  *height += detail->box.height;
}

/* The entries split into @columns columns of @width, top to bottom then left to right;
 * with @place, their texts and rows are added. Returns the legend's height. */
static double
lay_out_legend (EscChartLayout *self,
                double          x,
                double          y,
                double          width,
                guint           columns,
                gboolean        place)
{
  guint n = esc_chart_get_n_legend_entries (self->chart), per_column = (n + columns - 1) / MAX (columns, 1);
  double font = self->font, gap = font * 0.45, swatch = font * 0.55, column_gap = font;
  double column_w = (width - column_gap * (columns - 1)) / columns;
  double text_w = MAX (column_w - swatch * 2 - gap, font * 4);
  double tallest = 0, column_y = 0;
  guint texts = self->texts->len;

  for (guint e = 0; e < n; e++)
    {
      const EscChartLegendEntry *entry = esc_chart_get_legend_entry (self->chart, e);
      double entry_x = x + (e / per_column) * (column_w + column_gap), height;

      if (e % per_column == 0)
        column_y = 0;
      add_entry_texts (self, entry, entry_x + swatch * 2 + gap, y + column_y, text_w, &height);
      if (place)
        {
          Row row = {
            .mark = entry->mark,
            .legend = TRUE,
            .entry = e,
            .bounds = { entry_x, y + column_y - gap / 2, column_w, height + gap },
            .dot_x = entry_x + swatch,
            .dot_y = y + column_y + font * 0.62,
            .dot_radius = swatch,
          };

          g_array_append_val (self->rows, row);
        }
      column_y += height + gap * 1.5;
      tallest = MAX (tallest, column_y - gap * 1.5);
    }
  if (!place)
    g_array_set_size (self->texts, texts);
  return tallest;
}

typedef struct {
  gboolean side;
  guint columns;
  double legend_w;
  double legend_h;
  double outer;
} Arrangement;

/* How big the hemicycle can be with the legend beside it in @columns columns. */
static Arrangement
arrange_beside (EscChartLayout *self,
                guint           columns,
                double          top,
                double          pad)
{
  double font = self->font;
  Arrangement a = { TRUE, columns, columns * font * LEGEND_COLUMN_EMS * 1.6, 0, 0 };
  double hemi_w;

  a.legend_w = MIN (a.legend_w, self->width * 0.55);
  hemi_w = self->width - 3 * pad - a.legend_w;
  a.legend_h = lay_out_legend (self, 0, 0, a.legend_w, columns, FALSE);
  a.outer = MIN (hemi_w / 2, self->height - top - pad - font * 0.5);
  if (a.legend_h > self->height - 2 * pad || a.legend_w / columns < font * LEGEND_COLUMN_EMS)
    a.outer = -1;   /* does not fit */
  return a;
}

/* How big the hemicycle can be with the legend below it in @columns columns. */
static Arrangement
arrange_below (EscChartLayout *self,
               guint           columns,
               double          top,
               double          pad)
{
  double font = self->font;
  Arrangement a = { FALSE, columns, self->width - 2 * pad, 0, 0 };

  a.legend_h = lay_out_legend (self, 0, 0, a.legend_w, columns, FALSE);
  a.outer = MIN ((self->width - 2 * pad) / 2, self->height - top - a.legend_h - 2 * pad - font * 0.5);
  if (a.legend_w / columns < font * LEGEND_COLUMN_EMS)
    a.outer = -1;
  return a;
}

/* Big enough to count the seats, not so big that it dwarfs the words beside it; on
 * screen, where the card grows to fit (an unbounded height), smaller still, so that
 * the legend is not scrolled away. */
static double
largest_outer (EscChartLayout *self)
{
  double seats = esc_chart_get_total_seats (self->chart);

  if (self->height >= G_MAXDOUBLE / 2)
    return self->font * (3 + 1.2 * sqrt (seats));
  return self->font * (4 + 2.2 * sqrt (seats));
}

/* The arrangement with the largest hemicycle, the legend beside it where that is as
 * good; none fits when its outer radius is below the smallest that reads, and then the
 * font shrinks (esc_chart_layout_new). */
static Arrangement
choose_arrangement (EscChartLayout *self,
                    double          top,
                    double          pad)
{
  Arrangement best = { FALSE, 1, self->width - 2 * pad, 0, -G_MAXDOUBLE };
  double cap = largest_outer (self);

  for (guint columns = 1; columns <= MAX_COLUMNS; columns++)
    {
      Arrangement beside = arrange_beside (self, columns, top, pad);
      Arrangement below = arrange_below (self, columns, top, pad);

      beside.outer = MIN (beside.outer, cap);
      below.outer = MIN (below.outer, cap);

      if (beside.outer > best.outer)
        best = beside;
      if (below.outer > best.outer)
        best = below;
    }
  if (best.outer < 0)
    best = arrange_below (self, 1, top, pad);
  return best;
}

void
esc_layout_seats (EscChartLayout *self)
{
  double font = self->font, pad = font * 0.75;
  /* Room above the arc for the majority label. */
  double top = pad + font * 1.3;
  guint total = esc_chart_get_total_seats (self->chart);
  Arrangement a = choose_arrangement (self, top, pad);
  double outer = a.outer;
  double bottom, legend_bottom, hemi_w, overhang;
  Text *label;
  g_autofree char *total_text = NULL;

  outer = MAX (outer, font * 3);
  hemi_w = a.side ? outer * 2 : self->width - 2 * pad;
  place_seats (self, total, pad + hemi_w / 2, top + outer, outer);
  /* The bottom seats hang below the baseline by their radius, which only placing them
   * tells: shrink the arc by as much where that overflows. */
  overhang = self->seats->len > 0 ? g_array_index (self->seats, Seat, 0).radius + font * 0.3 : 0;
  if (top + outer + overhang + pad + (a.side ? 0 : a.legend_h + pad) > self->height && outer - overhang > font * 3)
    {
      outer -= overhang;
      if (a.side)
        hemi_w = outer * 2;
      g_array_set_size (self->seats, 0);
      place_seats (self, total, pad + hemi_w / 2, top + outer, outer);
    }
  assign_marks (self);
  place_majority (self, font);

  /* The number of offices, large, where the arc leaves room for it. */
  total_text = g_strdup_printf ("%u", total);
  label = esc_layout_add_text (self, total_text, MIN (font * 2.2, self->inner_radius * 0.8), TRUE, FALSE, -1, 0, 0);
  label->box.x = self->center_x - label->box.width / 2;
  label->box.y = self->center_y - label->box.height * 0.95;

  /* The end seats of each row sit on the baseline and reach below it. */
  bottom = self->center_y + (self->seats->len > 0 ? g_array_index (self->seats, Seat, 0).radius : 0) + font * 0.3;
  if (a.side)
    {
      double legend_x = pad + hemi_w + pad * 2;

      legend_bottom = top + lay_out_legend (self, legend_x, top, self->width - legend_x - pad, a.columns, TRUE);
      self->needed_height = MAX (bottom, legend_bottom) + pad;
    }
  else
    {
      legend_bottom = bottom + pad + lay_out_legend (self, pad, bottom + pad, self->width - 2 * pad, a.columns, TRUE);
      self->needed_height = legend_bottom + pad;
    }

  /* Seats much smaller than the words are hard to count: ask for smaller words, which
   * leave the seats more room (esc_chart_layout_new() shrinks the text while this does
   * not fit). */
  if (self->seats->len > 0 && g_array_index (self->seats, Seat, 0).radius < font * MIN_SEAT_EMS)
    self->needed_height = MAX (self->needed_height, self->height + 1);
}
