/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Two drawings of a tally: the distribution of the leading candidates' shares across
 * sheets (the picture analysts used to check the sheets: a clean count is one smooth
 * hump per candidate, a stuffed one shows spikes), and what the missing sheets could
 * change, as a bar of counted votes, the possible rest, and the line to beat. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "esc-chart-text.h"
#include "esc-tally-chart.h"

/* Okabe and Ito's blue and vermilion: told apart by every kind of colour vision, on a
 * light background and, lighter, on a dark one. */
EscRgb
esc_tally_chart_color (const EscChartStyle *style,
                       guint                candidate)
{
  static const EscRgb light[] = { { 0.0, 0.447, 0.698 }, { 0.835, 0.369, 0.0 } };
  static const EscRgb dark[] = { { 0.337, 0.706, 0.914 }, { 0.902, 0.624, 0.0 } };

  return (style->palette & ESC_PALETTE_DARK ? dark : light)[candidate % 2];
}

static double
font_size (const EscChartStyle *style,
           double               width)
{
  return (style->font_size > 0 ? style->font_size : CLAMP (width / 48.0, 11.0, 22.0)) * style->font_scale;
}

static void
show_text (cairo_t             *cr,
           const EscChartStyle *style,
           double               size,
           double               x,
           double               y,
           double               align,
           const char          *text)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  /* Candidates' names come from a file: plain text, never markup. */
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - align * w, y);
  esc_rgb_set_source (cr, &style->foreground);
  pango_cairo_show_layout (cr, layout);
}

static void
paint_background (cairo_t             *cr,
                  const EscChartStyle *style)
{
  if (!style->opaque)
    return;
  esc_rgb_set_source (cr, &style->background);
  cairo_paint (cr);
}

static guint
n_drawn (EscTally *tally)
{
  return MIN (esc_tally_get_candidates (tally)->len, ESC_TALLY_CHART_CANDIDATES);
}

static double
largest_bin (EscTally *tally)
{
  double largest = 0;

  for (guint c = 0; c < n_drawn (tally); c++)
    for (guint i = 0; i < ESC_TALLY_BINS; i++)
      largest = MAX (largest, esc_tally_get_histogram (tally, c)[i]);
  return largest;
}

static void
draw_axis (cairo_t             *cr,
           const EscChartStyle *style,
           double               size,
           const EscRect       *plot)
{
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, style->foreground.red, style->foreground.green, style->foreground.blue, 0.5);
  cairo_move_to (cr, plot->x, plot->y + plot->height + 0.5);
  cairo_line_to (cr, plot->x + plot->width, plot->y + plot->height + 0.5);
  cairo_stroke (cr);
  for (guint percent = 0; percent <= 100; percent += 25)
    {
      g_autofree char *label = esc_text_number (percent, ESC_UNIT_PERCENT, 0);

      show_text (cr, style, size * 0.85, plot->x + plot->width * percent / 100, plot->y + plot->height + size * 0.3,
                 0.5, label);
    }
}

/* Each candidate's histogram as a translucent area under a step line. */
static void
draw_histogram (cairo_t             *cr,
                const EscChartStyle *style,
                const EscRect       *plot,
                const double        *bins,
                double               largest,
                EscRgb               color)
{
  double step = plot->width / ESC_TALLY_BINS;

  cairo_move_to (cr, plot->x, plot->y + plot->height);
  for (guint i = 0; i < ESC_TALLY_BINS; i++)
    {
      double top = plot->y + plot->height * (1 - bins[i] / largest);

      cairo_line_to (cr, plot->x + i * step, top);
      cairo_line_to (cr, plot->x + (i + 1) * step, top);
    }
  cairo_line_to (cr, plot->x + plot->width, plot->y + plot->height);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.35);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 2);
  esc_rgb_set_source (cr, &color);
  cairo_stroke (cr);
}

void
esc_tally_chart_draw_distribution (cairo_t             *cr,
                                   double               width,
                                   double               height,
                                   EscTally            *tally,
                                   const EscChartStyle *style)
{
  double size = font_size (style, width);
  double largest = largest_bin (tally);
  GArray *candidates = esc_tally_get_candidates (tally);
  EscRect plot = { size, size * 2, width - 2 * size, height - size * 4.5 };

  paint_background (cr, style);
  if (largest <= 0 || plot.width <= 0 || plot.height <= 0)
    {
      show_text (cr, style, size, width / 2, height / 2 - size / 2, 0.5, _("No sheet with valid votes"));
      return;
    }
  for (guint c = 0; c < n_drawn (tally); c++)
    {
      EscRgb color = esc_tally_chart_color (style, c);
      double x = size + c * width / 2;

      draw_histogram (cr, style, &plot, esc_tally_get_histogram (tally, c), largest, color);
      esc_rgb_set_source (cr, &color);
      cairo_rectangle (cr, x, size * 0.45, size * 0.8, size * 0.8);
      cairo_fill (cr);
      show_text (cr, style, size, x + size * 1.2, size * 0.2, 0, g_array_index (candidates, EscTallyCandidate, c).name);
    }
  draw_axis (cr, style, size, &plot);
}

/* The share at the middle of the fullest bin. */
static double
peak_share (const double *bins)
{
  guint best = 0;

  for (guint i = 1; i < ESC_TALLY_BINS; i++)
    if (bins[i] > bins[best])
      best = i;
  return (best + 0.5) * 100.0 / ESC_TALLY_BINS;
}

/* The chart's reading and accessible description: where each hump peaks. */
char *
esc_tally_chart_describe_distribution (EscTally *tally)
{
  GArray *candidates = esc_tally_get_candidates (tally);
  GString *text = g_string_new (_("Each leading candidate's share on each tally sheet, sheets weighted by their valid votes."));

  if (largest_bin (tally) <= 0)
    {
      g_string_append_printf (text, " %s", _("No sheet with valid votes"));
      return g_string_free (text, FALSE);
    }
  for (guint c = 0; c < n_drawn (tally); c++)
    {
      g_autofree char *peak = esc_text_number (peak_share (esc_tally_get_histogram (tally, c)), ESC_UNIT_PERCENT, 0);

      /* Translators: "González's share is most often near 67%." */
      g_string_append_printf (text, " ");
      g_string_append_printf (text, _("%s’s share is most often near %s."),
                              g_array_index (candidates, EscTallyCandidate, c).name, peak);
    }
  return g_string_free (text, FALSE);
}

static void
draw_bar (cairo_t      *cr,
          const EscRect *bar,
          double         from,
          double         to,
          EscRgb         color,
          double         alpha)
{
  cairo_rectangle (cr, bar->x + from, bar->y, MAX (to - from, 0), bar->height);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
  cairo_fill (cr);
}

/* Two bars on one scale: the leader's counted votes; the runner-up's counted votes
 * and, lighter, the voters on the missing sheets; a line at the leader's votes. */
void
esc_tally_chart_draw_worst_case (cairo_t             *cr,
                                 double               width,
                                 double               height,
                                 EscTally            *tally,
                                 const EscChartStyle *style)
{
  EscTallyWorstCase worst;
  double size = font_size (style, width);
  double scale, line;
  GArray *candidates = esc_tally_get_candidates (tally);
  EscRect leader = { size, size * 1.6, width - 2 * size, size * 1.4 };
  EscRect runner_up = { size, size * 4.6, width - 2 * size, size * 1.4 };
  g_autofree char *lead_text = NULL, *rest_text = NULL;

  paint_background (cr, style);
  if (!esc_tally_get_worst_case (tally, &worst) || leader.width <= 0)
    return;
  scale = leader.width / MAX (MAX ((double) worst.leader_votes, (double) worst.runner_up_votes + (double) worst.missing), 1);
  show_text (cr, style, size, leader.x, size * 0.2, 0, g_array_index (candidates, EscTallyCandidate, worst.leader).name);
  draw_bar (cr, &leader, 0, worst.leader_votes * scale, esc_tally_chart_color (style, 0), 1);
  show_text (cr, style, size, runner_up.x, size * 3.2, 0, g_array_index (candidates, EscTallyCandidate, worst.runner_up).name);
  draw_bar (cr, &runner_up, 0, worst.runner_up_votes * scale, esc_tally_chart_color (style, 1), 1);
  draw_bar (cr, &runner_up, worst.runner_up_votes * scale, ((double) worst.runner_up_votes + (double) worst.missing) * scale,
            esc_tally_chart_color (style, 1), 0.3);

  line = leader.x + worst.leader_votes * scale;
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  esc_rgb_set_source (cr, &style->foreground);
  cairo_move_to (cr, line, leader.y - size * 0.2);
  cairo_line_to (cr, line, runner_up.y + runner_up.height + size * 0.2);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  lead_text = esc_text_number ((double) worst.leader_votes, ESC_UNIT_VOTES, 0);
  /* Translators: under the line drawn at the leader's votes. */
  rest_text = g_strdup_printf (_("line to beat: %s"), lead_text);
  show_text (cr, style, size * 0.85, MIN (line, width - size), runner_up.y + runner_up.height + size * 0.4, 1, rest_text);
}
