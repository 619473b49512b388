/* SPDX-License-Identifier: GPL-3.0-or-later */
/* EscChart as an EscDrawing: its marks are the items, its layout is EscChartLayout. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-article.h"
#include "esc-chart-private.h"
#include "esc-drawing.h"
#include "esc-tally-text.h"

static const char *
get_title (EscDrawing *drawing)
{
  return esc_chart_get_title (ESC_CHART (drawing));
}

static char *
describe (EscDrawing *drawing)
{
  return esc_chart_describe (ESC_CHART (drawing));
}

/* A chart is as tall as its content at a width, no taller and no shorter. */
static void
measure_height (EscDrawing          *drawing,
                double               width,
                const EscChartStyle *style,
                double              *minimum,
                double              *natural)
{
  *minimum = *natural = esc_chart_natural_height (ESC_CHART (drawing), width, style);
}

static guint
get_n_items (EscDrawing *drawing)
{
  return esc_chart_get_n_marks (ESC_CHART (drawing));
}

/* The articles' titles into @titles, the tallies into @tallies, each once. */
static void
add_titles (GPtrArray *titles,
            GPtrArray *tallies,
            GPtrArray *sources)
{
  for (guint j = 0; j < sources->len; j++)
    {
      EscSource *source = g_ptr_array_index (sources, j);
      EscArticle *article = esc_source_get_article (source);
      const char *title;

      if (article == NULL)
        {
          if (!g_ptr_array_find (tallies, esc_source_get_tally (source), NULL))
            g_ptr_array_add (tallies, esc_source_get_tally (source));
          continue;
        }
      title = esc_localized_text_get (esc_article_get_title (article));
      if (!g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL))
        g_ptr_array_add (titles, (gpointer) title);
    }
}

/* "Turnout: 41.8%", then who says so and in which articles. */
static char *
describe_item (EscDrawing *drawing,
               guint       item)
{
  const EscChartMark *mark = esc_chart_get_mark (ESC_CHART (drawing), item);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GPtrArray) tallies = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s: %s\n%s", mark->label, mark->value_text, mark->detail);
  /* A seat won in a region comes from that region's sources first. */
  for (guint i = 0; i < mark->regions->len; i++)
    add_titles (titles, tallies, esc_region_get_sources (g_ptr_array_index (mark->regions, i)));
  for (guint i = 0; i < mark->claims->len; i++)
    add_titles (titles, tallies, esc_claim_get_sources (g_ptr_array_index (mark->claims, i)));
  for (guint i = 0; i < titles->len; i++)
    /* Translators: a line of a chart tooltip naming an article a figure comes from. */
    g_string_append_printf (text, _("\nSource: %s"), (const char *) g_ptr_array_index (titles, i));
  for (guint i = 0; i < tallies->len; i++)
    {
      EscTally *tally = g_ptr_array_index (tallies, i);
      g_autofree char *coverage = esc_tally_text_coverage (tally);

      /* Translators: a line of a chart tooltip: "Computed from 24,532 tally sheets, 81.7% of
       * 30,026 (actas.csv)"; the first %s says how much, the second is a file's name. */
      g_string_append_printf (text, _("\n%s (%s)"), coverage, esc_tally_get_file (tally));
    }

  return g_string_free (text, FALSE);
}

static gpointer
layout_new (EscDrawing          *drawing,
            double               width,
            double               height,
            const EscChartStyle *style)
{
  return esc_chart_layout_new (ESC_CHART (drawing), width, height, style);
}

static void
layout_draw (EscDrawing *drawing,
             gpointer    layout,
             cairo_t    *cr,
             int         focused,
             int         hovered)
{
  esc_chart_layout_draw (layout, cr, focused, hovered);
}

static int
layout_hit (EscDrawing *drawing,
            gpointer    layout,
            double      x,
            double      y)
{
  return esc_chart_layout_hit (layout, x, y);
}

static gboolean
layout_get_item_bounds (EscDrawing *drawing,
                        gpointer    layout,
                        guint       item,
                        EscRect    *bounds)
{
  return esc_chart_layout_get_mark_bounds (layout, item, bounds);
}

static GArray *
layout_get_text_boxes (EscDrawing *drawing,
                       gpointer    layout)
{
  return esc_chart_layout_get_text_boxes (layout);
}

void
esc_chart_drawing_init (EscDrawingInterface *iface)
{
  iface->get_title = get_title;
  iface->describe = describe;
  iface->measure_height = measure_height;
  iface->get_n_items = get_n_items;
  iface->describe_item = describe_item;
  iface->layout_new = layout_new;
  iface->layout_free = (void (*) (gpointer)) esc_chart_layout_free;
  iface->layout_draw = layout_draw;
  iface->layout_hit = layout_hit;
  iface->layout_get_item_bounds = layout_get_item_bounds;
  iface->layout_get_text_boxes = layout_get_text_boxes;
}
