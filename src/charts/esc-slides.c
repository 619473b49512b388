/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A presentation of one election: a title slide, one slide per chart, the reactions map
 * and one slide per quoted reaction. Drawn with the same cards as the exports, sized
 * from the slide's width so type stays legible from the back of a room; every slide
 * ends with the articles it comes from, so a photo of the screen stays attributable. */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-article.h"
#include "esc-chart-export.h"
#include "esc-chart-text.h"
#include "esc-claim.h"
#include "esc-map.h"
#include "esc-slides.h"
#include "esc-source.h"

static void
slide_free (EscSlide *slide)
{
  g_clear_object (&slide->chart);
  g_free (slide);
}

static void
add_slide (GPtrArray    *slides,
           EscSlideKind  kind,
           EscElection  *election,
           EscChart     *chart,
           EscReaction  *reaction)
{
  EscSlide *slide = g_new0 (EscSlide, 1);

  *slide = (EscSlide) {
    .kind = kind,
    .election = election,
    .chart = chart ? g_object_ref (chart) : NULL,
    .reaction = reaction,
  };
  g_ptr_array_add (slides, slide);
}

/**
 * esc_slides_for_election:
 *
 * Returns: (transfer full) (element-type EscSlide): the slides of @election, in order;
 *   they point into @election, which must outlive them
 */
GPtrArray *
esc_slides_for_election (EscElection *election)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify) slide_free);
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  GPtrArray *reactions = esc_election_get_reactions (election);

  add_slide (slides, ESC_SLIDE_TITLE, election, NULL, NULL);
  for (guint i = 0; i < charts->len; i++)
    add_slide (slides, ESC_SLIDE_CHART, election, g_ptr_array_index (charts, i), NULL);
  if (reactions->len > 0)
    add_slide (slides, ESC_SLIDE_MAP, election, NULL, NULL);
  for (guint i = 0; i < reactions->len; i++)
    if (esc_reaction_get_quote (g_ptr_array_index (reactions, i)) != NULL)
      add_slide (slides, ESC_SLIDE_QUOTE, election, NULL, g_ptr_array_index (reactions, i));
  return slides;
}

static void
add_articles (GPtrArray *articles,
              GPtrArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    {
      EscArticle *article = esc_source_get_article (g_ptr_array_index (sources, i));

      if (article != NULL && !g_ptr_array_find (articles, article, NULL))
        g_ptr_array_add (articles, article);
    }
}

/* The articles a slide draws on, in the order the dataset cites them. */
static GPtrArray *
slide_articles (const EscSlide *slide)
{
  GPtrArray *articles = g_ptr_array_new ();
  GPtrArray *claims = esc_election_get_claims (slide->election);
  GPtrArray *reactions = esc_election_get_reactions (slide->election);

  switch (slide->kind)
    {
    case ESC_SLIDE_CHART:
      g_ptr_array_extend (articles, esc_chart_get_articles (slide->chart), NULL, NULL);
      break;
    case ESC_SLIDE_QUOTE:
      add_articles (articles, esc_reaction_get_sources (slide->reaction));
      break;
    case ESC_SLIDE_TITLE:
      for (guint i = 0; i < claims->len; i++)
        add_articles (articles, esc_claim_get_sources (g_ptr_array_index (claims, i)));
      G_GNUC_FALLTHROUGH;
    case ESC_SLIDE_MAP:
      for (guint i = 0; i < reactions->len; i++)
        add_articles (articles, esc_reaction_get_sources (g_ptr_array_index (reactions, i)));
      break;
    }
  return articles;
}

char *
esc_slide_get_sources (const EscSlide *slide)
{
  g_autoptr(GPtrArray) articles = slide_articles (slide);

  return esc_card_sources_line (articles);
}

/* Who reacted: the country's name or the organization's. */
static const char *
reaction_name (EscReaction *reaction)
{
  if (esc_reaction_get_country (reaction) != NULL)
    return esc_text_country (esc_reaction_get_country (reaction));
  return esc_localized_text_get (esc_reaction_get_organization_name (reaction));
}

char *
esc_slide_get_title (const EscSlide *slide)
{
  switch (slide->kind)
    {
    case ESC_SLIDE_TITLE:
      return g_strdup (esc_localized_text_get (esc_election_get_title (slide->election)));
    case ESC_SLIDE_CHART:
      return g_strdup (esc_chart_get_title (slide->chart));
    case ESC_SLIDE_MAP:
      return g_strdup (_("International reactions"));
    case ESC_SLIDE_QUOTE:
      /* Translators: the title of a quote slide: who reacted, and how. */
      return g_strdup_printf (_("%s: %s"), reaction_name (slide->reaction),
                              esc_text_stance (esc_reaction_get_stance (slide->reaction)));
    }
  g_return_val_if_reached (NULL);
}

/* Projector colours: the high-contrast palette, thick and plain. */
void
esc_slide_style_init (EscChartStyle *style,
                      gboolean       dark)
{
  esc_chart_style_init_default (style, dark);
  style->palette = (EscPaletteStyle) (style->palette | ESC_PALETTE_HIGH_CONTRAST);
  if (!dark)
    style->foreground = (EscRgb) { 0, 0, 0 };
  else
    style->background = (EscRgb) { 0, 0, 0 };
}

static double
slide_font (double width,
            const EscChartStyle *style)
{
  return CLAMP (width / 40.0, 12.0, 120.0) * style->font_scale;
}

/* The footer every slide shares: its sources, at the bottom; returns its top. */
static double
draw_sources (const EscSlide      *slide,
              cairo_t             *cr,
              double               width,
              double               height,
              const EscChartStyle *style)
{
  double font = slide_font (width, style), pad = font * 1.1;
  g_autofree char *text = esc_slide_get_sources (slide);
  g_autoptr(PangoLayout) layout = esc_card_text_layout (cr, text, font * 0.75, FALSE, width - 2 * pad);
  int text_height;

  pango_layout_get_pixel_size (layout, NULL, &text_height);
  esc_card_draw_text (cr, layout, pad, height - pad - text_height, style, 0.8);
  return height - pad - text_height;
}

static void
paint_background (cairo_t             *cr,
                  const EscChartStyle *style)
{
  cairo_set_source_rgb (cr, style->background.red, style->background.green, style->background.blue);
  cairo_paint (cr);
}

static void
render_title (const EscSlide      *slide,
              cairo_t             *cr,
              double               width,
              double               height,
              const EscChartStyle *style)
{
  double font = slide_font (width, style), pad = font * 1.1, inner = width - 2 * pad, y = pad * 3;
  EscLocalizedText *summary = esc_election_get_summary (slide->election);
  g_autofree char *date = esc_text_date (esc_election_get_date (slide->election));
  g_autoptr(PangoLayout) title = esc_card_text_layout (cr, esc_localized_text_get (esc_election_get_title (slide->election)),
                                                       font * 2.2, TRUE, inner);

  paint_background (cr, style);
  y = esc_card_draw_text (cr, title, pad, y, style, 1) + font * 0.6;
  if (date != NULL)
    {
      g_autoptr(PangoLayout) layout = esc_card_text_layout (cr, date, font * 1.2, FALSE, inner);
      y = esc_card_draw_text (cr, layout, pad, y, style, 0.85) + font * 0.8;
    }
  if (summary != NULL)
    {
      g_autoptr(PangoLayout) layout = esc_card_text_layout (cr, esc_localized_text_get (summary), font, FALSE, inner);
      esc_card_draw_text (cr, layout, pad, y, style, 0.9);
    }
  draw_sources (slide, cr, width, height, style);
}

static void
render_map (const EscSlide      *slide,
            cairo_t             *cr,
            double               width,
            double               height,
            const EscChartStyle *style)
{
  double top;

  paint_background (cr, style);
  top = draw_sources (slide, cr, width, height, style);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, top);
  cairo_clip (cr);
  esc_map_render_card (slide->election, cr, width, top, style);
  cairo_restore (cr);
}

/* “The words”, then who said them and how. */
static void
render_quote (const EscSlide      *slide,
              cairo_t             *cr,
              double               width,
              double               height,
              const EscChartStyle *style)
{
  EscReaction *reaction = slide->reaction;
  double font = slide_font (width, style), pad = font * 1.1, inner = width - 2 * pad, y = pad;
  /* Translators: a quotation on a slide; %s is the quoted words. */
  g_autofree char *quote = g_strdup_printf (_("“%s”"), esc_reaction_get_quote (reaction));
  g_autofree char *title = esc_slide_get_title (slide);
  g_autoptr(GString) who = g_string_new (NULL);
  g_autoptr(PangoLayout) heading = esc_card_text_layout (cr, title, font * 1.2, TRUE, inner);
  g_autoptr(PangoLayout) words = NULL, speaker = NULL;

  if (esc_reaction_get_speaker (reaction) != NULL)
    g_string_append (who, esc_reaction_get_speaker (reaction));
  if (esc_reaction_get_role (reaction) != NULL)
    g_string_append_printf (who, "%s%s", who->len ? ", " : "", esc_localized_text_get (esc_reaction_get_role (reaction)));

  paint_background (cr, style);
  y = esc_card_draw_text (cr, heading, pad, y, style, 0.85) + font * 1.2;
  words = esc_card_text_layout (cr, quote, font * 1.9, FALSE, inner);
  y = esc_card_draw_text (cr, words, pad, y, style, 1) + font * 1.0;
  if (who->len > 0)
    {
      /* Translators: who said the quote on a slide: "— Antony Blinken, Secretary of State". */
      g_autofree char *line = g_strdup_printf (_("— %s"), who->str);
      speaker = esc_card_text_layout (cr, line, font * 1.1, FALSE, inner);
      esc_card_draw_text (cr, speaker, pad, y, style, 0.9);
    }
  draw_sources (slide, cr, width, height, style);
}

/* Draws @slide into @width × @height user units of @cr. */
void
esc_slide_render (const EscSlide      *slide,
                  cairo_t             *cr,
                  double               width,
                  double               height,
                  const EscChartStyle *style)
{
  g_return_if_fail (slide != NULL && cr != NULL);

  cairo_save (cr);
  switch (slide->kind)
    {
    case ESC_SLIDE_TITLE:
      render_title (slide, cr, width, height, style);
      break;
    case ESC_SLIDE_CHART:
      esc_chart_render_card (slide->chart, cr, width, height, style);
      break;
    case ESC_SLIDE_MAP:
      render_map (slide, cr, width, height, style);
      break;
    case ESC_SLIDE_QUOTE:
      render_quote (slide, cr, width, height, style);
      break;
    }
  cairo_restore (cr);
}

static gboolean
check_surface (cairo_surface_t *surface,
               const char      *path,
               GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  /* Translators: %s is a file name, the second a reason from Cairo. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path,
               cairo_status_to_string (status));
  return FALSE;
}

/* One 16:9 page per slide, vector, fonts embedded by Cairo. */
gboolean
esc_slides_export_pdf (GPtrArray           *slides,
                       const EscChartStyle *style,
                       const char          *path,
                       GError             **error)
{
  /* 16:9 at 960 × 540 points: 13.3 × 7.5 inches, the size of a widescreen slide. */
  const double width = 960, height = 540;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  for (guint i = 0; i < slides->len; i++)
    {
      esc_slide_render (g_ptr_array_index (slides, i), cr, width, height, style);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}

/* slide-01.png, slide-02.png… into @directory, at @width × @height pixels. */
gboolean
esc_slides_export_png (GPtrArray           *slides,
                       const EscChartStyle *style,
                       int                  width,
                       int                  height,
                       const char          *directory,
                       GError             **error)
{
  for (guint i = 0; i < slides->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("slide-%02u.png", i + 1);
      g_autofree char *path = g_build_filename (directory, name, NULL);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      cairo_status_t status;

      esc_slide_render (g_ptr_array_index (slides, i), cr, width, height, style);
      cairo_destroy (cr);
      status = cairo_surface_write_to_png (surface, path);
      cairo_surface_destroy (surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path,
                       cairo_status_to_string (status));
          return FALSE;
        }
    }
  return TRUE;
}
