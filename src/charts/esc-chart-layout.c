/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Geometry for a chart at a size: where every mark and every word goes, computed once
 * per size and style, then drawn as often as needed, on screen or into a file. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "esc-chart-layout-private.h"

#define MIN_FONT 9.0

void
esc_chart_style_init_default (EscChartStyle *style,
                              gboolean       dark)
{
  static const EscRgb light_fg = { 0.14, 0.14, 0.16 }, dark_fg = { 0.96, 0.96, 0.97 };
  static const EscRgb light_bg = { 1, 1, 1 }, dark_bg = { 0.14, 0.14, 0.15 };
  static const EscRgb accent = { 0.21, 0.52, 0.89 };

  style->palette = dark ? ESC_PALETTE_DARK : ESC_PALETTE_LIGHT;
  style->foreground = dark ? dark_fg : light_fg;
  style->background = dark ? dark_bg : light_bg;
  style->opaque = TRUE;
  style->accent = accent;
  style->font_scale = 1.0;
  style->font_size = 0;
}

/* Text size follows the chart's size, so a card on a laptop and a slide on a projector
 * both read well: about 1/42 of the width, within limits. */
static double
base_font (double               width,
           const EscChartStyle *style)
{
  if (style->font_size > 0)
    return style->font_size * style->font_scale;
  return CLAMP (width / 42.0, 12.0, 64.0) * style->font_scale;
}

/* Returns the new text, to adjust its place; the pointer is good until the next call. */
Text *
esc_layout_add_text (EscChartLayout *self,
                     const char     *string,
                     double          size,
                     gboolean        bold,
                     gboolean        dim,
                     double          max_width,
                     double          x,
                     double          y)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, Sans");
  Text text = { 0 };
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  text.layout = pango_layout_new (self->context);
  pango_layout_set_font_description (text.layout, font);
  /* Dataset text goes in as text: never pango_layout_set_markup. */
  pango_layout_set_text (text.layout, string, -1);
  /* Long names wrap onto a second line, then are cut with an ellipsis; the full text
   * is in the tooltip and the accessible description. */
  if (max_width > 0)
    {
      pango_layout_set_width (text.layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (text.layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (text.layout, -2);
      pango_layout_set_ellipsize (text.layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (text.layout, &w, &h);
  text.box = (EscRect) { x, y, w, h };
  text.dim = dim;
  g_array_append_val (self->texts, text);
  return &g_array_index (self->texts, Text, self->texts->len - 1);
}

static void
text_clear (gpointer data)
{
  g_clear_object (&((Text *) data)->layout);
}

/* Pango measures in the same units whatever surface the chart later lands on. */
static PangoContext *
create_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 96);
  /* Metrics must not depend on the screen's hinting, or exports would differ. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static EscChartLayout *
layout_new (EscChart            *chart,
            double               width,
            double               height,
            const EscChartStyle *style,
            double               font)
{
  EscChartLayout *self = g_new0 (EscChartLayout, 1);

  self->chart = g_object_ref (chart);
  self->style = *style;
  self->width = width;
  self->height = height;
  self->font = font;
  self->context = create_context ();
  self->texts = g_array_new (FALSE, TRUE, sizeof (Text));
  g_array_set_clear_func (self->texts, text_clear);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->seats = g_array_new (FALSE, TRUE, sizeof (Seat));
  self->ticks = g_array_new (FALSE, TRUE, sizeof (double));

  if (esc_chart_get_kind (chart) == ESC_CHART_SEATS)
    esc_layout_seats (self);
  else if (esc_chart_get_kind (chart) == ESC_CHART_REGIONS)
    esc_layout_regions (self);
  else if (esc_chart_get_kind (chart) != ESC_CHART_CHANGES || !esc_layout_grid (self))
    esc_layout_rows (self);
  return self;
}

void
esc_chart_layout_free (EscChartLayout *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->chart);
  g_object_unref (self->context);
  g_array_unref (self->texts);
  g_array_unref (self->rows);
  g_array_unref (self->seats);
  g_array_unref (self->ticks);
  esc_regions_layout_free (self->regions);
  g_free (self);
}

/**
 * esc_chart_layout_new:
 *
 * Lays @chart out in @width × @height. Where the content does not fit, the text and
 * marks shrink until it does (down to a floor), so exports of any size hold everything.
 */
EscChartLayout *
esc_chart_layout_new (EscChart            *chart,
                      double               width,
                      double               height,
                      const EscChartStyle *style)
{
  double font;

  g_return_val_if_fail (ESC_IS_CHART (chart), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && isfinite (width) && isfinite (height), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  for (font = base_font (width, style); ; font *= 0.9)
    {
      EscChartLayout *self = layout_new (chart, width, height, style, font);

      if (self->needed_height <= height + 0.5 || font * 0.9 < MIN_FONT)
        {
          /* Centre what is shorter than the space it was given. */
          self->offset_y = MAX (0, (height - self->needed_height) / 2);
          return self;
        }
      esc_chart_layout_free (self);
    }
}

/* How tall @chart wants to be at @width: for height-for-width widgets. */
double
esc_chart_natural_height (EscChart            *chart,
                          double               width,
                          const EscChartStyle *style)
{
  g_autoptr(EscChartLayout) layout = NULL;

  g_return_val_if_fail (ESC_IS_CHART (chart), 0);

  /* Nothing lays out in no width, nor in an endless one. */
  if (!(width > 0 && isfinite (width)))
    return 0;
  layout = layout_new (chart, width, G_MAXDOUBLE, style, base_font (width, style));
  return ceil (layout->needed_height);
}

static gboolean
rect_contains (const EscRect *rect,
               double         x,
               double         y)
{
  return x >= rect->x && x <= rect->x + rect->width && y >= rect->y && y <= rect->y + rect->height;
}

int
esc_chart_layout_hit (EscChartLayout *self,
                      double          x,
                      double          y)
{
  g_return_val_if_fail (self != NULL, -1);

  y -= self->offset_y;
  if (self->regions != NULL)
    return esc_regions_hit (self, x, y);
  for (guint i = 0; i < self->seats->len; i++)
    {
      Seat *seat = &g_array_index (self->seats, Seat, i);

      /* A little slack: seats are small targets for a pointer. */
      if (hypot (x - seat->x, y - seat->y) <= seat->radius * 1.3)
        return seat->mark;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (rect_contains (&row->bounds, x, y))
        return row->mark;
    }
  return -1;
}

/* Where mark @mark is, for pointing a popover at it: its row, or its seats together. */
gboolean
esc_chart_layout_get_mark_bounds (EscChartLayout *self,
                                  guint           mark,
                                  EscRect        *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL && bounds != NULL, FALSE);

  if (self->regions != NULL)
    {
      if (!esc_regions_mark_bounds (self, mark, bounds))
        return FALSE;
      bounds->y += self->offset_y;
      return TRUE;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->mark == mark && !row->legend)
        {
          *bounds = row->bounds;
          bounds->y += self->offset_y;
          return TRUE;
        }
    }

  for (guint i = 0; i < self->seats->len; i++)
    {
      Seat *seat = &g_array_index (self->seats, Seat, i);

      if (seat->mark != mark)
        continue;
      x0 = MIN (x0, seat->x - seat->radius);
      y0 = MIN (y0, seat->y - seat->radius);
      x1 = MAX (x1, seat->x + seat->radius);
      y1 = MAX (y1, seat->y + seat->radius);
    }
  if (x1 < x0)
    return FALSE;

  *bounds = (EscRect) { x0, y0 + self->offset_y, x1 - x0, y1 - y0 };
  return TRUE;
}

guint
esc_chart_layout_get_n_seats (EscChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->seats->len;
}

gboolean
esc_chart_layout_get_seat (EscChartLayout *self,
                           guint           index,
                           double         *x,
                           double         *y,
                           double         *radius,
                           guint          *mark)
{
  Seat *seat;

  g_return_val_if_fail (self != NULL, FALSE);
  if (index >= self->seats->len)
    return FALSE;

  seat = &g_array_index (self->seats, Seat, index);
  *x = seat->x;
  *y = seat->y + self->offset_y;
  *radius = seat->radius;
  *mark = seat->mark;
  return TRUE;
}

/* Every piece of text as a box, for the tests that no two overlap. */
GArray *
esc_chart_layout_get_text_boxes (EscChartLayout *self)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (EscRect));

  for (guint i = 0; i < self->texts->len; i++)
    {
      EscRect box = g_array_index (self->texts, Text, i).box;

      box.y += self->offset_y;
      g_array_append_val (boxes, box);
    }
  return boxes;
}

/* For the tests: whether the layout writes @text, whole, somewhere. */
gboolean
esc_chart_layout_has_text (EscChartLayout *self,
                           const char     *text)
{
  g_return_val_if_fail (self != NULL, FALSE);
  for (guint i = 0; i < self->texts->len; i++)
    if (g_strcmp0 (pango_layout_get_text (g_array_index (self->texts, Text, i).layout), text) == 0)
      return TRUE;
  return FALSE;
}

double
esc_chart_layout_get_font_size (EscChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->font;
}

gboolean
esc_chart_layout_get_majority_angle (EscChartLayout *self,
                                     double         *angle)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_majority)
    return FALSE;
  *angle = self->majority_angle;
  return TRUE;
}
