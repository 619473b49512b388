/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart as a picture that stands on its own: title, reading, the chart, and the
 * articles it comes from, so a copy pasted anywhere stays attributable. The same layout
 * and painter as the screen. */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "esc-article.h"
#include "esc-chart-export.h"
#include "esc-map.h"

gboolean
esc_export_format_from_string (const char      *text,
                               EscExportFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
esc_export_format_extension (EscExportFormat format)
{
  static const char *extensions[] = { "png", "svg", "pdf" };

  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (extensions), "png");
  return extensions[format];
}

/* A block of card text in the exports' font, @size pixels, wrapped at @width. */
PangoLayout *
esc_card_text_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* "Sources: title (outlet) · title": what a card or slide draws on. */
char *
esc_card_sources_line (GPtrArray *articles)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      EscArticle *article = g_ptr_array_index (articles, i);
      const char *outlet = esc_article_get_outlet (article);

      if (i > 0)
        g_string_append (titles, " · ");
      g_string_append (titles, esc_localized_text_get (esc_article_get_title (article)));
      if (outlet != NULL)
        g_string_append_printf (titles, " (%s)", outlet);
    }
  /* Translators: %s lists the articles a chart draws on. */
  return g_strdup_printf (_("Sources: %s"), titles->str);
}

/* Draws @layout at @x, @y in the foreground colour at @alpha; returns its bottom. */
double
esc_card_draw_text (cairo_t             *cr,
            PangoLayout         *layout,
            double               x,
            double               y,
            const EscChartStyle *style,
            double               alpha)
{
  int height;

  cairo_move_to (cr, x, y);
  cairo_set_source_rgba (cr, style->foreground.red, style->foreground.green, style->foreground.blue, alpha);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return y + height;
}

/* The whole card into @width × @height: header, chart, source line. */
void
esc_chart_render_card (EscChart            *chart,
                       cairo_t             *cr,
                       double               width,
                       double               height,
                       const EscChartStyle *style)
{
  double font = CLAMP (width / 40.0, 12.0, 72.0) * style->font_scale;
  double pad = font * 1.1, y = pad, inner = width - 2 * pad;
  g_autoptr(PangoLayout) title = esc_card_text_layout (cr, esc_chart_get_title (chart), font * 1.45, TRUE, inner);
  g_autoptr(PangoLayout) reading = esc_card_text_layout (cr, esc_chart_get_reading (chart), font, FALSE, inner);
  g_autofree char *sources_text = esc_card_sources_line (esc_chart_get_articles (chart));
  g_autoptr(PangoLayout) sources = esc_card_text_layout (cr, sources_text, font * 0.75, FALSE, inner);
  g_autoptr(EscChartLayout) layout = NULL;
  EscChartStyle body = *style;
  int sources_height;
  double body_height;

  cairo_save (cr);
  cairo_set_source_rgb (cr, style->background.red, style->background.green, style->background.blue);
  cairo_paint (cr);

  y = esc_card_draw_text (cr, title, pad, y, style, 1) + font * 0.3;
  y = esc_card_draw_text (cr, reading, pad, y, style, 0.8) + font * 0.8;

  pango_layout_get_pixel_size (sources, NULL, &sources_height);
  body_height = height - y - sources_height - pad * 1.6;
  body.opaque = FALSE;
  if (body_height > font * 3)
    {
      layout = esc_chart_layout_new (chart, inner, body_height, &body);
      cairo_save (cr);
      cairo_translate (cr, pad, y);
      esc_chart_layout_draw (layout, cr, -1, -1);
      cairo_restore (cr);
    }

  esc_card_draw_text (cr, sources, pad, height - pad - sources_height, style, 0.7);
  cairo_restore (cr);
}

/* A device-pixel image of the card: @scale > 1 for HiDPI or print. */
cairo_surface_t *
esc_chart_render_image (EscChart            *chart,
                        int                  width,
                        int                  height,
                        double               scale,
                        const EscChartStyle *style)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (ESC_IS_CHART (chart), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale), (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  esc_chart_render_card (chart, cr, width, height, style);
  cairo_destroy (cr);
  return surface;
}

/* Where an export goes: a file, or a stream (@write) that the caller collects. */
typedef struct {
  const char *path;
  cairo_write_func_t write;
  gpointer closure;
} Output;

static gboolean
check_status (cairo_status_t   status,
              const char      *name,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second what went wrong. */
               _("Could not write “%s”: %s"), name, cairo_status_to_string (status));
  return FALSE;
}

static cairo_surface_t *
create_surface (EscExportFormat  format,
                int              width,
                int              height,
                double           scale,
                const char      *title,
                const Output    *output)
{
  cairo_surface_t *surface;

  if (format == ESC_EXPORT_PNG)
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale), (int) ceil (height * scale));
  if (format == ESC_EXPORT_SVG)
    return output->write != NULL ? cairo_svg_surface_create_for_stream (output->write, output->closure, width, height)
                                 : cairo_svg_surface_create (output->path, width, height);

  surface = output->write != NULL ? cairo_pdf_surface_create_for_stream (output->write, output->closure, width, height)
                                  : cairo_pdf_surface_create (output->path, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  return surface;
}

static cairo_status_t
finish_surface (cairo_surface_t *surface,
                EscExportFormat  format,
                const Output    *output)
{
  if (format == ESC_EXPORT_PNG)
    return output->write != NULL ? cairo_surface_write_to_png_stream (surface, output->write, output->closure)
                                 : cairo_surface_write_to_png (surface, output->path);
  cairo_surface_finish (surface);
  return cairo_surface_status (surface);
}

static gboolean
export_with (EscExportFormat   format,
             int               width,
             int               height,
             double            scale,
             const char       *title,
             void            (*render) (cairo_t *, double, double, gpointer),
             gpointer          data,
             const Output     *output,
             GError          **error)
{
  cairo_surface_t *surface = create_surface (format, width, height, scale, title, output);
  cairo_status_t status;
  cairo_t *cr;

  cr = cairo_create (surface);
  if (format == ESC_EXPORT_PNG)
    cairo_scale (cr, scale, scale);
  render (cr, width, height, data);
  /* A drawing Cairo gave up on (a non-invertible matrix, say) must not pass for a good
   * file. */
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = finish_surface (surface, format, output);
  cairo_surface_destroy (surface);
  /* A stream has no file name: the error names what was exported. */
  return check_status (status, output->path != NULL ? output->path : title, error);
}

typedef struct {
  EscChart *chart;
  EscElection *election;
  const EscChartStyle *style;
} RenderData;

static void
render_chart (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  RenderData *render = data;

  esc_chart_render_card (render->chart, cr, width, height, render->style);
}

static void
render_map (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  RenderData *render = data;

  esc_map_render_card (render->election, cr, width, height, render->style);
}

static gboolean
export_chart (EscChart            *chart,
              EscExportFormat      format,
              int                  width,
              int                  height,
              double               scale,
              const EscChartStyle *style,
              const Output        *output,
              GError             **error)
{
  RenderData data = { .chart = chart, .style = style };

  return export_with (format, width, height, scale, esc_chart_get_title (chart), render_chart, &data, output, error);
}

static gboolean
export_map (EscElection         *election,
            EscExportFormat      format,
            int                  width,
            int                  height,
            double               scale,
            const EscChartStyle *style,
            const Output        *output,
            GError             **error)
{
  RenderData data = { .election = election, .style = style };

  /* Translators: the title of the map of reactions. */
  return export_with (format, width, height, scale, _("International reactions"), render_map, &data, output, error);
}

/**
 * esc_chart_export:
 * @width: @height: in pixels for PNG (times @scale), in points for SVG and PDF
 */
gboolean
esc_chart_export (EscChart             *chart,
                  EscExportFormat       format,
                  int                   width,
                  int                   height,
                  double                scale,
                  const EscChartStyle  *style,
                  const char           *path,
                  GError              **error)
{
  Output output = { .path = path };

  g_return_val_if_fail (ESC_IS_CHART (chart), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return export_chart (chart, format, width, height, scale, style, &output, error);
}

/* As esc_chart_export(), into @write rather than a file: for callers that keep the
 * bytes (a clipboard, a test, the fuzzer). */
gboolean
esc_chart_export_to_stream (EscChart             *chart,
                            EscExportFormat       format,
                            int                   width,
                            int                   height,
                            double                scale,
                            const EscChartStyle  *style,
                            cairo_write_func_t    write,
                            gpointer              closure,
                            GError              **error)
{
  Output output = { .write = write, .closure = closure };

  g_return_val_if_fail (ESC_IS_CHART (chart), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  return export_chart (chart, format, width, height, scale, style, &output, error);
}

/* The map of reactions to @election, as esc_chart_export() writes a chart. */
gboolean
esc_map_export (EscElection          *election,
                EscExportFormat       format,
                int                   width,
                int                   height,
                double                scale,
                const EscChartStyle  *style,
                const char           *path,
                GError              **error)
{
  Output output = { .path = path };

  g_return_val_if_fail (ESC_IS_ELECTION (election), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return export_map (election, format, width, height, scale, style, &output, error);
}

gboolean
esc_map_export_to_stream (EscElection          *election,
                          EscExportFormat       format,
                          int                   width,
                          int                   height,
                          double                scale,
                          const EscChartStyle  *style,
                          cairo_write_func_t    write,
                          gpointer              closure,
                          GError              **error)
{
  Output output = { .write = write, .closure = closure };

  g_return_val_if_fail (ESC_IS_ELECTION (election), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  return export_map (election, format, width, height, scale, style, &output, error);
}
