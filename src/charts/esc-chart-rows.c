/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bar charts (shares, turnout) and dot plots (disagreements): one row per mark, its
 * words on the left, its bar or dot on a shared axis, its value after it. On narrow
 * charts the words go above the bar instead. Rows never share space, so no label can
 * overlap another. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-layout-private.h"
#include "esc-chart-text.h"

static double
nice_step (double span)
{
  double magnitude = pow (10, floor (log10 (span / 4)));
  double fraction = span / 4 / magnitude;

  return magnitude * (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10);
}

#define MAX_TICKS 50

/* Bars start at zero, so lengths compare honestly; dot plots zoom on the range the
 * sources span, with room either side. */
static void
choose_axis (EscChartLayout *self)
{
  EscChart *chart = self->chart;
  gboolean dots = esc_chart_get_kind (chart) == ESC_CHART_DISAGREEMENT;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, step, first, n_ticks;

  for (guint i = 0; i < esc_chart_get_n_marks (chart); i++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, i);

      if (mark->style == ESC_MARK_UNREPORTED)
        continue;
      lo = MIN (lo, mark->value);
      hi = MAX (hi, mark->value);
    }
  if (lo > hi)
    lo = hi = 0;

  if (!dots)
    {
      self->axis_min = 0;
      self->axis_max = esc_chart_is_percent (chart) ? 100 : MAX (hi, 1) * 1.1;
    }
  else
    {
      double span = hi > lo ? hi - lo : MAX (fabs (hi), 1);

      self->axis_min = lo - span * 0.4;
      self->axis_max = hi + span * 0.4;
      if (lo >= 0)
        self->axis_min = MAX (self->axis_min, 0);
      if (esc_chart_is_percent (chart))
        self->axis_max = MIN (self->axis_max, 100);
      self->band = TRUE;
    }

  step = nice_step (self->axis_max - self->axis_min);
  first = ceil (self->axis_min / step) * step;
  /* Counted, not stepped: past 2^53 adding a small step no longer changes a double, and
   * a loop on "tick += step" never ends. Such an axis gets its ends only. */
  n_ticks = floor ((self->axis_max + step * 1e-9 - first) / step) + 1;
  if (!(n_ticks >= 1 && n_ticks <= MAX_TICKS) || first + step == first)
    {
      g_array_append_val (self->ticks, self->axis_min);
      g_array_append_val (self->ticks, self->axis_max);
      return;
    }
  for (guint k = 0; k < (guint) n_ticks; k++)
    {
      double tick = first + k * step;
      g_array_append_val (self->ticks, tick);
    }
}

double
esc_layout_x_for (EscChartLayout *self,
                  double          value)
{
  double span = self->axis_max - self->axis_min;

  return self->plot_x0 + (span > 0 ? (value - self->axis_min) / span : 0) * (self->plot_x1 - self->plot_x0);
}

static double
widest_text (EscChartLayout *self,
             double          size,
             gboolean        bold,
             const char     *(*get) (const EscChartMark *))
{
  double widest = 0;

  for (guint i = 0; i < esc_chart_get_n_marks (self->chart); i++)
    {
      Text *text = esc_layout_add_text (self, get (esc_chart_get_mark (self->chart, i)), size, bold, FALSE, -1, 0, 0);

      widest = MAX (widest, text->box.width);
      g_array_set_size (self->texts, self->texts->len - 1);
    }
  return widest;
}

static const char *
mark_label (const EscChartMark *mark)
{
  return mark->label;
}

static const char *
mark_detail (const EscChartMark *mark)
{
  return mark->detail;
}

static const char *
mark_value (const EscChartMark *mark)
{
  return mark->value_text;
}

static void
add_axis (EscChartLayout *self,
          double          y)
{
  double size = self->font * 0.78;
  double right_edge = -G_MAXDOUBLE;

  for (guint i = 0; i < self->ticks->len; i++)
    {
      double value = g_array_index (self->ticks, double, i);
      g_autofree char *label = esc_text_number (value, esc_chart_is_percent (self->chart) ? ESC_UNIT_PERCENT : ESC_UNIT_COUNT);
      Text *text = esc_layout_add_text (self, label, size, FALSE, TRUE, -1, 0, y);

      text->box.x = esc_layout_x_for (self, value) - text->box.width / 2;
      text->box.x = CLAMP (text->box.x, 0, self->width - text->box.width);
      /* Crowded ticks on a narrow chart: keep every other one rather than overlap. */
      if (text->box.x < right_edge + size * 0.5)
        g_array_set_size (self->texts, self->texts->len - 1);
      else
        right_edge = text->box.x + text->box.width;
    }
}

void
esc_layout_rows (EscChartLayout *self)
{
  EscChart *chart = self->chart;
  gboolean dots = esc_chart_get_kind (chart) == ESC_CHART_DISAGREEMENT;
  double font = self->font, pad = font * 0.75, gap = font * 0.5;
  double detail_size = font * 0.82;
  double value_w = widest_text (self, font, TRUE, mark_value);
  double label_w = MAX (widest_text (self, font, TRUE, mark_label), widest_text (self, detail_size, FALSE, mark_detail));
  gboolean narrow = self->width < font * 30;
  double bar_h = font * 1.25;
  double y = pad;

  choose_axis (self);
  label_w = narrow ? self->width - 2 * pad : MIN (label_w, self->width * 0.38);
  self->plot_x0 = narrow ? pad : pad + label_w + pad * 1.5;
  /* The widest value must fit after the longest bar or the rightmost dot. */
  self->plot_x1 = self->width - pad - value_w - gap - (dots ? font * 1.2 : 0);
  self->plot_x1 = MAX (self->plot_x1, self->plot_x0 + font * 4);
  self->plot_top = y;

  for (guint i = 0; i < esc_chart_get_n_marks (chart); i++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, i);
      Row row = { .mark = i };
      /* Text pointers last only until the next text is added: take the heights now. */
      double label_h = esc_layout_add_text (self, mark->label, font, TRUE, FALSE, label_w, pad, y)->box.height;
      double detail_h = esc_layout_add_text (self, mark->detail, detail_size, FALSE, TRUE, label_w, pad,
                                             y + label_h)->box.height;
      double text_h = label_h + detail_h;
      double mark_y = narrow ? y + text_h + gap * 0.5 : y + MAX (0, (text_h - bar_h) / 2);
      double row_h = narrow ? text_h + gap * 0.5 + bar_h : MAX (text_h, bar_h);
      double end_x;
      Text *value;

      if (mark->style == ESC_MARK_UNREPORTED)
        end_x = self->plot_x0 - gap;   /* no bar: the value stands at the start */
      else if (dots)
        {
          row.dot_x = esc_layout_x_for (self, mark->value);
          row.dot_y = mark_y + bar_h / 2;
          row.dot_radius = bar_h * 0.42;
          /* Room for the "at least" / "at most" chevron after the dot. */
          end_x = row.dot_x + row.dot_radius + font * 0.9;
        }
      else
        {
          row.bar = (EscRect) { self->plot_x0, mark_y, esc_layout_x_for (self, mark->value) - self->plot_x0, bar_h };
          end_x = row.bar.x + row.bar.width;
        }

      value = esc_layout_add_text (self, mark->value_text, font, TRUE, FALSE, -1, end_x + gap, mark_y);
      value->box.y = mark_y + (bar_h - value->box.height) / 2;

      row.bounds = (EscRect) { 0, y - gap / 2, self->width, row_h + gap };
      g_array_append_val (self->rows, row);
      y += row_h + gap * 1.6;
    }

  self->plot_bottom = y - gap;
  add_axis (self, y);
  y += font * 0.78 * 1.4;
  self->needed_height = y + pad;
}
