/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bar charts (shares, votes, turnout, changes of a count) and dot plots
 * (disagreements): one row per mark, its words on the left, its bar or dot on a shared
 * axis, its value after it; lists of figures in words have no axis. On narrow charts
 * the words go above the bar instead. Rows never share space, so no label can overlap
 * another. */
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

static void
value_range (EscChart *chart,
             double   *lo,
             double   *hi)
{
  *lo = G_MAXDOUBLE;
  *hi = -G_MAXDOUBLE;
  for (guint i = 0; i < esc_chart_get_n_marks (chart); i++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, i);

      if (mark->style == ESC_MARK_UNREPORTED)
        continue;
      *lo = MIN (*lo, mark->value);
      *hi = MAX (*hi, mark->value);
    }
  if (*lo > *hi)
    *lo = *hi = 0;
}

/* Bars start at zero, so lengths compare honestly; changes spread either way from
 * zero, as far on both sides; dot plots zoom on the range the sources span, with room
 * either side. */
static void
choose_range (EscChartLayout *self)
{
  EscChart *chart = self->chart;
  double lo, hi, reference;

  value_range (chart, &lo, &hi);
  switch (esc_chart_get_kind (chart))
    {
    case ESC_CHART_DISAGREEMENT:
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
      break;
    case ESC_CHART_CHANGES:
      {
        double reach = MAX (MAX (fabs (lo), fabs (hi)), esc_chart_is_percent (chart) ? 0.1 : 1) * 1.15;

        self->axis_min = -reach;
        self->axis_max = reach;
      }
      break;
    default:
      self->axis_min = 0;
      self->axis_max = esc_chart_is_percent (chart) ? 100 : MAX (hi, 1) * 1.1;
      break;
    }
  if (esc_chart_get_reference (chart, &reference))
    self->axis_max = MAX (self->axis_max, reference);
}

static void
choose_axis (EscChartLayout *self)
{
  double step, first, n_ticks;

  choose_range (self);
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
      /* Rounded, so that a tick that should be 0 is not -1e-17, printed "−0". */
      double tick = round ((first + k * step) / step * 1e6) / 1e6 * step;
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

static char *
tick_label (EscChartLayout *self,
            double          value)
{
  EscChart *chart = self->chart;

  if (esc_chart_get_kind (chart) == ESC_CHART_CHANGES)
    return value == 0 ? g_strdup ("0") : esc_text_change (value, esc_chart_get_unit (chart), 0);
  return esc_text_number (value, esc_chart_is_percent (chart) ? ESC_UNIT_PERCENT : ESC_UNIT_COUNT, 0);
}

/* Adds the labels of every @stride-th tick; FALSE, having added none, where two
 * would collide. */
static gboolean
add_tick_labels (EscChartLayout *self,
                 double          y,
                 guint           stride)
{
  double size = self->font * 0.78, right_edge = -G_MAXDOUBLE;
  guint first = self->texts->len;

  for (guint i = 0; i < self->ticks->len; i += stride)
    {
      double value = g_array_index (self->ticks, double, i);
      g_autofree char *label = tick_label (self, value);
      Text *text = esc_layout_add_text (self, label, size, FALSE, TRUE, -1, 0, y);

      text->box.x = esc_layout_x_for (self, value) - text->box.width / 2;
      text->box.x = CLAMP (text->box.x, 0, self->width - text->box.width);
      if (text->box.x < right_edge + size * 0.5)
        {
          g_array_set_size (self->texts, first);
          return FALSE;
        }
      right_edge = text->box.x + text->box.width;
    }
  return TRUE;
}

/* Crowded ticks on a narrow chart: every other one, or every third, evenly, rather
 * than some dropped here and there. */
static void
add_axis (EscChartLayout *self,
          double          y)
{
  for (guint stride = 1; stride <= self->ticks->len; stride++)
    if (add_tick_labels (self, y, stride))
      return;
}

/* Whether the mark's figure is a bound ("more than 50%"): its bar ends in an arrowhead. */
gboolean
esc_layout_mark_bound (const EscChartMark *mark,
                       int                *direction)
{
  EscQualifier qualifier;

  if (mark->claims->len == 0)
    return FALSE;
  qualifier = esc_claim_get_qualifier (g_ptr_array_index (mark->claims, 0));
  if (qualifier == ESC_QUALIFIER_AT_LEAST || qualifier == ESC_QUALIFIER_MORE_THAN)
    *direction = 1;
  else if (qualifier == ESC_QUALIFIER_AT_MOST || qualifier == ESC_QUALIFIER_FEWER_THAN)
    *direction = -1;
  else
    return FALSE;
  return TRUE;
}

/* A line across the plot at the chart's reference value, named above it. */
static double
add_reference (EscChartLayout *self,
               double          y)
{
  double reference;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  Text *label;

  if (!esc_chart_get_reference (self->chart, &reference))
    return y;

  number = esc_text_number (reference, ESC_UNIT_PERCENT, 0);
  /* Translators: the line a referendum option must pass: "More than 50%". */
  text = g_strdup_printf (_("More than %s"), number);
  label = esc_layout_add_text (self, text, self->font * 0.78, FALSE, TRUE, -1, 0, y);
  label->box.x = CLAMP (esc_layout_x_for (self, reference) - label->box.width / 2, 0, self->width - label->box.width);
  self->has_reference = TRUE;
  self->reference_x = esc_layout_x_for (self, reference);
  return y + label->box.height + self->font * 0.2;
}

/* Where the mark's figure ends on the axis, after which its value is written. */
static double
place_mark (EscChartLayout     *self,
            const EscChartMark *mark,
            Row                *row,
            double              mark_y,
            double              bar_h,
            gboolean            dots,
            double              gap)
{
  double zero = esc_layout_x_for (self, CLAMP (0, self->axis_min, self->axis_max));
  double x = esc_layout_x_for (self, mark->value);
  int direction;

  if (mark->style == ESC_MARK_UNREPORTED)
    return self->plot_x0 - gap;   /* no bar: the value stands at the start */
  if (dots)
    {
      row->dot_x = x;
      row->dot_y = mark_y + bar_h / 2;
      row->dot_radius = bar_h * 0.42;
      /* Room for the "at least" / "at most" chevron after the dot. */
      return row->dot_x + row->dot_radius + self->font * 0.9;
    }
  row->bar = (EscRect) { MIN (zero, x), mark_y, MAX (fabs (x - zero), 1), bar_h };
  return MAX (zero, x) + (esc_layout_mark_bound (mark, &direction) ? self->font * 0.9 : 0);
}

void
esc_layout_rows (EscChartLayout *self)
{
  EscChart *chart = self->chart;
  gboolean dots = esc_chart_get_kind (chart) == ESC_CHART_DISAGREEMENT;
  gboolean axis = esc_chart_get_kind (chart) != ESC_CHART_FIGURES;
  double font = self->font, pad = font * 0.75, gap = font * 0.5;
  double detail_size = font * 0.82;
  double value_w = widest_text (self, font, TRUE, mark_value);
  double label_w = MAX (widest_text (self, font, TRUE, mark_label), widest_text (self, detail_size, FALSE, mark_detail));
  gboolean narrow = self->width < font * 30;
  double bar_h = font * 1.25;
  double y = pad;

  if (axis)
    choose_axis (self);
  label_w = narrow ? self->width - 2 * pad : MIN (label_w, self->width * (axis ? 0.38 : 0.6));
  self->plot_x0 = narrow ? pad : pad + label_w + pad * 1.5;
  /* The widest value must fit after the longest bar or the rightmost dot. */
  self->plot_x1 = self->width - pad - value_w - gap - (dots || axis ? font * 1.2 : 0);
  self->plot_x1 = MAX (self->plot_x1, self->plot_x0 + font * 4);
  y = add_reference (self, y);
  self->plot_top = y;

  for (guint i = 0; i < esc_chart_get_n_marks (chart); i++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, i);
      Row row = { .mark = i };
      /* Text pointers last only until the next text is added: take the heights now. */
      double label_h = esc_layout_add_text (self, mark->label, font, TRUE, FALSE, label_w, pad, y)->box.height;
      /* Rows whose chart says where they come from have no detail line. */
      double detail_h = mark->detail[0] == '\0' ? 0
                        : esc_layout_add_text (self, mark->detail, detail_size, FALSE, TRUE, label_w, pad, y + label_h)->box.height;
      double text_h = label_h + detail_h;
      double mark_y = narrow ? y + text_h + gap * 0.5 : y + MAX (0, (text_h - bar_h) / 2);
      double row_h = narrow ? text_h + gap * 0.5 + bar_h : MAX (text_h, bar_h);
      double end_x = place_mark (self, mark, &row, mark_y, bar_h, dots, gap);
      Text *value = esc_layout_add_text (self, mark->value_text, font, TRUE, FALSE,
                                         narrow || !axis ? self->width - pad - end_x - gap : -1, end_x + gap, mark_y);

      value->box.y = mark_y + (bar_h - value->box.height) / 2;
      row.bounds = (EscRect) { 0, y - gap / 2, self->width, row_h + gap };
      g_array_append_val (self->rows, row);
      y += row_h + gap * (detail_h > 0 ? 1.6 : 1.0);
    }

  self->plot_bottom = y - gap;
  if (axis)
    {
      add_axis (self, y);
      y += font * 0.78 * 1.4;
    }
  self->needed_height = y + pad;
}
