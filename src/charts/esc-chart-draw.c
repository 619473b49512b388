/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Painting a laid-out chart on any cairo_t: a widget's snapshot, a PNG, an SVG, a PDF
 * page. */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "esc-chart-layout-private.h"

static void
set_source (cairo_t      *cr,
            const EscRgb *color,
            double        alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

/* Bars and seats take the party's colour (the dataset's own, else a shade of its
 * bloc's); in dot plots, who claims the figure decides: the opposition's figures in its
 * colour, the government's in its own, everyone else's in the text colour. */
EscRgb
esc_layout_mark_color (EscChartLayout     *self,
                       const EscChartMark *mark)
{
  if (esc_chart_get_kind (self->chart) == ESC_CHART_DISAGREEMENT && mark->claims->len > 0)
    {
      switch (esc_claim_get_claimant_kind (g_ptr_array_index (mark->claims, 0)))
        {
        case ESC_CLAIMANT_OPPOSITION:
          return esc_palette_bloc_color (self->style.palette, ESC_BLOC_OPPOSITION);
        case ESC_CLAIMANT_GOVERNMENT:
          return esc_palette_bloc_color (self->style.palette, ESC_BLOC_GOVERNMENT);
        default:
          return self->style.foreground;
        }
    }

  return esc_chart_mark_color (self->chart, self->style.palette, mark);
}

static void
rounded_rect (cairo_t       *cr,
              const EscRect *rect,
              double         radius)
{
  double r = MIN (radius, MIN (rect->width, rect->height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, rect->x + rect->width - r, rect->y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, rect->x + rect->width - r, rect->y + rect->height - r, r, 0, G_PI / 2);
  cairo_arc (cr, rect->x + r, rect->y + rect->height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, rect->x + r, rect->y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Solid seats are filled; seats in doubt are rings with a small dot, so they read as
 * "maybe" even in grey print; seats nobody reports are dashed outlines. */
static void
draw_seat (EscChartLayout     *self,
           cairo_t            *cr,
           const EscChartMark *mark,
           double              x,
           double              y,
           double              radius)
{
  EscRgb color = esc_layout_mark_color (self, mark);

  cairo_new_path (cr);
  switch (mark->style)
    {
    case ESC_MARK_SOLID:
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      set_source (cr, &color, 1);
      cairo_fill (cr);
      break;
    case ESC_MARK_IN_DOUBT:
      cairo_arc (cr, x, y, radius * 0.82, 0, 2 * G_PI);
      cairo_set_line_width (cr, radius * 0.36);
      set_source (cr, &color, 1);
      cairo_stroke (cr);
      cairo_arc (cr, x, y, radius * 0.28, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case ESC_MARK_UNREPORTED:
    default:
      {
        double dash = radius * 0.5;

        cairo_arc (cr, x, y, radius * 0.85, 0, 2 * G_PI);
        cairo_set_line_width (cr, MAX (1, radius * 0.18));
        cairo_set_dash (cr, &dash, 1, 0);
        set_source (cr, &self->style.foreground, 0.55);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
      }
      break;
    }
}

static void
draw_focus (EscChartLayout *self,
            cairo_t        *cr,
            const EscRect  *rect)
{
  EscRect ring = { rect->x + 1.5, rect->y + 1.5, rect->width - 3, rect->height - 3 };

  rounded_rect (cr, &ring, self->font * 0.4);
  cairo_set_line_width (cr, 2);
  set_source (cr, &self->style.accent, 1);
  cairo_stroke (cr);
}

static void
draw_hover (EscChartLayout *self,
            cairo_t        *cr,
            const EscRect  *rect)
{
  rounded_rect (cr, rect, self->font * 0.4);
  set_source (cr, &self->style.foreground, 0.07);
  cairo_fill (cr);
}

/* "At least" points up the axis, "at most" down it: the figure is a bound, not a value.
 * After a dot, or at the end of a bar. */
static void
draw_chevron (cairo_t            *cr,
              const EscChartMark *mark,
              const Row          *row)
{
  gboolean bar = row->bar.width > 0;
  double half = bar ? row->bar.height / 2 : row->dot_radius;
  double size = half * 0.8;
  double x, y = bar ? row->bar.y + half : row->dot_y;
  int direction;

  if (!esc_layout_mark_bound (mark, &direction))
    return;

  if (bar)
    x = direction > 0 ? row->bar.x + row->bar.width + size * 0.4 : row->bar.x + row->bar.width - size * 0.4;
  else
    x = row->dot_x + direction * (row->dot_radius + size * 0.4);
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + direction * size, y);
  cairo_line_to (cr, x, y + size);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* Where a change starts, so that a bar to its left reads as a fall. */
static void
draw_zero (EscChartLayout *self,
           cairo_t        *cr,
           const Row      *row)
{
  double x = round (row->zero_x) + 0.5, reach = row->bar.height * 0.35;

  cairo_move_to (cr, x, row->bar.y - reach);
  cairo_line_to (cr, x, row->bar.y + row->bar.height + reach);
  cairo_set_line_width (cr, 1);
  set_source (cr, &self->style.foreground, 0.6);
  cairo_stroke (cr);
}

/* The value a referendum option must pass, dashed across the plot. */
static void
draw_reference (EscChartLayout *self,
                cairo_t        *cr)
{
  double dash[] = { self->font * 0.3, self->font * 0.2 };
  double x = round (self->reference_x) + 0.5;

  cairo_move_to (cr, x, self->plot_top);
  cairo_line_to (cr, x, self->plot_bottom);
  cairo_set_line_width (cr, MAX (1.5, self->font * 0.1));
  cairo_set_dash (cr, dash, 2, 0);
  set_source (cr, &self->style.foreground, 0.75);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Whether row @row stands for mark @mark: its own, or, in a legend, any of its entry's. */
static gboolean
row_shows (EscChartLayout *self,
           const Row      *row,
           int             mark)
{
  if (mark < 0 || (guint) mark >= esc_chart_get_n_marks (self->chart))
    return FALSE;
  if (row->legend)
    return esc_chart_get_mark (self->chart, mark)->entry == row->entry;
  return (int) row->mark == mark;
}

/* Whether the pointer on mark @hovered lights seat @seat: the hovered mark's own, or
 * every seat of its legend entry. */
static gboolean
seat_lit (EscChartLayout *self,
          const Seat     *seat,
          int             hovered)
{
  if (hovered < 0 || (guint) hovered >= esc_chart_get_n_marks (self->chart))
    return FALSE;
  return esc_chart_get_mark (self->chart, seat->mark)->entry == esc_chart_get_mark (self->chart, hovered)->entry;
}

static void
draw_rows (EscChartLayout *self,
           cairo_t        *cr,
           int             focused,
           int             hovered)
{
  gboolean seats = self->seats->len > 0;

  if (!seats)
    {
      /* Gridlines first, under everything. */
      cairo_set_line_width (cr, 1);
      set_source (cr, &self->style.foreground, 0.12);
      for (guint i = 0; i < self->ticks->len; i++)
        {
          double x = round (esc_layout_x_for (self, g_array_index (self->ticks, double, i))) + 0.5;

          cairo_move_to (cr, x, self->plot_top);
          cairo_line_to (cr, x, self->plot_bottom);
        }
      cairo_stroke (cr);
    }

  if (self->band && self->rows->len > 1)
    {
      double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

      for (guint i = 0; i < self->rows->len; i++)
        {
          Row *row = &g_array_index (self->rows, Row, i);

          if (row->dot_radius > 0)
            {
              lo = MIN (lo, row->dot_x);
              hi = MAX (hi, row->dot_x);
            }
        }
      set_source (cr, &self->style.foreground, 0.08);
      cairo_rectangle (cr, lo, self->plot_top, hi - lo, self->plot_bottom - self->plot_top);
      cairo_fill (cr);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      const EscChartMark *mark = esc_chart_get_mark (self->chart, row->mark);
      EscRgb color = esc_layout_mark_color (self, mark);

      if (row_shows (self, row, hovered))
        draw_hover (self, cr, &row->bounds);

      if (row->legend)
        draw_seat (self, cr, mark, row->dot_x, row->dot_y, row->dot_radius);
      else if (row->bar.width > 0)
        {
          rounded_rect (cr, &row->bar, row->bar.height * 0.18);
          set_source (cr, &color, 1);
          cairo_fill (cr);
          draw_chevron (cr, mark, row);
        }
      else if (row->dot_radius > 0)
        {
          set_source (cr, &color, 1);
          cairo_arc (cr, row->dot_x, row->dot_y, row->dot_radius, 0, 2 * G_PI);
          cairo_fill (cr);
          draw_chevron (cr, mark, row);
        }
      if (row->zero_x > 0)
        draw_zero (self, cr, row);

      if (row_shows (self, row, focused))
        draw_focus (self, cr, &row->bounds);
    }
}

static void
draw_hemicycle (EscChartLayout *self,
                cairo_t        *cr,
                int             focused,
                int             hovered)
{
  for (guint i = 0; i < self->seats->len; i++)
    {
      Seat *seat = &g_array_index (self->seats, Seat, i);
      const EscChartMark *mark = esc_chart_get_mark (self->chart, seat->mark);

      draw_seat (self, cr, mark, seat->x, seat->y, seat->radius);
      if ((int) seat->mark == focused || seat_lit (self, seat, hovered))
        {
          cairo_new_path (cr);
          cairo_arc (cr, seat->x, seat->y, seat->radius * 1.25, 0, 2 * G_PI);
          cairo_set_line_width (cr, 2);
          set_source (cr, (int) seat->mark == focused ? &self->style.accent : &self->style.foreground,
                      (int) seat->mark == focused ? 1 : 0.5);
          cairo_stroke (cr);
        }
    }

  if (self->has_majority)
    {
      double c = cos (self->majority_angle), s = sin (self->majority_angle);
      double from = self->inner_radius * 0.85, to = self->outer_radius + self->font * 0.3;
      double dash[] = { self->font * 0.35, self->font * 0.25 };

      cairo_move_to (cr, self->center_x + from * c, self->center_y - from * s);
      cairo_line_to (cr, self->center_x + to * c, self->center_y - to * s);
      cairo_set_line_width (cr, MAX (1.5, self->font * 0.12));
      cairo_set_dash (cr, dash, 2, 0);
      set_source (cr, &self->style.foreground, 0.75);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
draw_texts (EscChartLayout *self,
            cairo_t        *cr)
{
  for (guint i = 0; i < self->texts->len; i++)
    {
      Text *text = &g_array_index (self->texts, Text, i);

      cairo_move_to (cr, text->box.x, text->box.y);
      set_source (cr, &self->style.foreground, text->dim ? 0.72 : 1);
      pango_cairo_show_layout (cr, text->layout);
    }
}

/**
 * esc_chart_layout_draw:
 * @focused: the mark with keyboard focus, or -1
 * @hovered: the mark under the pointer, or -1
 */
void
esc_chart_layout_draw (EscChartLayout *self,
                       cairo_t        *cr,
                       int             focused,
                       int             hovered)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  if (self->style.opaque)
    {
      set_source (cr, &self->style.background, 1);
      cairo_paint (cr);
    }
  cairo_translate (cr, 0, self->offset_y);

  draw_rows (self, cr, focused, hovered);
  if (self->has_reference)
    draw_reference (self, cr);
  if (self->seats->len > 0)
    draw_hemicycle (self, cr, focused, hovered);
  if (self->regions != NULL)
    esc_draw_regions (self, cr, focused, hovered);
  draw_texts (self, cr);
  cairo_restore (cr);
}
