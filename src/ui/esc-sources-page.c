/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sources view: the articles behind the dataset, with every passage the dataset cites
 * highlighted and linked to what it supports. Article text goes into a GtkTextBuffer as
 * plain text only; nothing from a dataset is ever parsed as markup. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-highlights.h"
#include "esc-source.h"
#include "esc-sources-page-private.h"

#define ZOOM_MIN 0.6
#define ZOOM_MAX 2.5
#define ZOOM_STEP 0.1

G_DEFINE_FINAL_TYPE (EscSourcesPage, esc_sources_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CITED_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the reader ---- */

int
esc_sources_page_buffer_offset (EscSourcesPage *self,
                                guint           paragraph,
                                gsize           byte_offset)
{
  const char *text = esc_article_get_paragraphs (self->article)[paragraph];

  return g_array_index (self->paragraph_starts, int, paragraph)
         + (int) g_utf8_pointer_to_offset (text, text + byte_offset);
}

void
esc_sources_page_apply_tag (GtkTextBuffer *buffer,
                            const char    *tag,
                            int            start,
                            int            end)
{
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &from, &to);
}

static void
insert_text (GtkTextBuffer *buffer,
             const char    *text,
             const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void
create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.6,
                              "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "meta", "scale", 0.85, "family", "sans", NULL);
  gtk_text_buffer_create_tag (buffer, "note", "style", PANGO_STYLE_ITALIC, "scale", 0.9,
                              "family", "sans", "left-margin", 30, NULL);
  /* Translucent, so they read on light and dark backgrounds alike; the underline
   * carries the meaning for those who cannot tell the colours apart. */
  gtk_text_buffer_create_tag (buffer, "cited", "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.30 },
                              "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "shown", "background-rgba", &(GdkRGBA) { 1.0, 0.55, 0.10, 0.45 }, NULL);
  gtk_text_buffer_create_tag (buffer, "match", "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.35 }, NULL);
}

static void
insert_header (EscSourcesPage *self,
               GtkTextBuffer  *buffer)
{
  g_autofree char *meta = esc_sources_article_meta (self->article);
  g_autofree char *badges = esc_sources_article_badges (self->article);
  GPtrArray *notes = esc_article_get_notes (self->article);

  insert_text (buffer, esc_localized_text_get (esc_article_get_title (self->article)), "title");
  insert_text (buffer, "\n", NULL);
  if (*meta != '\0' || *badges != '\0')
    {
      insert_text (buffer, meta, "meta");
      insert_text (buffer, *meta != '\0' && *badges != '\0' ? " · " : "", "meta");
      insert_text (buffer, badges, "meta");
      insert_text (buffer, "\n", NULL);
    }
  for (guint i = 0; i < notes->len; i++)
    {
      /* Translators: an editor's note on an article; %s is the note. */
      g_autofree char *note = g_strdup_printf (_("Editor’s note: %s"),
                                               esc_localized_text_get (g_ptr_array_index (notes, i)));
      insert_text (buffer, note, "note");
      insert_text (buffer, "\n", NULL);
    }
}

static void
mark_highlights (EscSourcesPage *self,
                 GtkTextBuffer  *buffer)
{
  g_clear_pointer (&self->highlights, g_array_unref);
  self->highlights = esc_article_collect_highlights (self->dataset, self->article);
  for (guint i = 0; i < self->highlights->len; i++)
    {
      EscHighlight *h = &g_array_index (self->highlights, EscHighlight, i);

      h->start = esc_sources_page_buffer_offset (self, h->paragraph, h->start);
      h->end = esc_sources_page_buffer_offset (self, h->paragraph, h->end);
      esc_sources_page_apply_tag (buffer, "cited", h->start, h->end);
    }
}


static void
fill_reader (EscSourcesPage *self)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  const char * const *paragraphs = esc_article_get_paragraphs (self->article);
  GtkTextIter start;

  create_tags (buffer);
  insert_header (self, buffer);
  g_array_set_size (self->paragraph_starts, 0);
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      int offset = gtk_text_buffer_get_char_count (buffer) + 1;

      g_array_append_val (self->paragraph_starts, offset);
      insert_text (buffer, "\n", NULL);
      insert_text (buffer, paragraphs[p], NULL);
    }
  mark_highlights (self, buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_view_set_buffer (self->text_view, buffer);
  esc_sources_page_update_matches (self);
}

static void
set_trail (EscSourcesPage *self,
           GPtrArray      *sources,
           guint           index)
{
  GPtrArray *previous = self->trail;

  /* Referenced before the old one goes: @sources may be it. */
  self->trail = sources != NULL ? g_ptr_array_ref (sources) : NULL;
  g_clear_pointer (&previous, g_ptr_array_unref);
  self->trail_index = index;
  if (sources != NULL && sources->len > 1)
    {
      /* Translators: on a button that opens the next article stating the same figure. */
      g_autofree char *label = g_strdup_printf (_("Next Source (%u of %u)"), index + 1, sources->len);
      gtk_button_set_label (self->next_source_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next_source_button), sources != NULL && sources->len > 1);
}

/* The article's address if it is on the web: a dataset must not be able to launch
 * file: or custom handlers, whatever the loader let through. */
static const char *
web_address (EscArticle *article)
{
  const char *url = esc_article_get_url (article);
  g_autofree char *scheme = url ? g_uri_parse_scheme (url) : NULL;

  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    return NULL;
  return url;
}

static void
open_article (EscSourcesPage *self,
              EscArticle     *article)
{
  GListModel *model = G_LIST_MODEL (self->articles);
  GtkSelectionModel *selection = gtk_list_view_get_model (self->article_list);

  if (self->article != article)
    {
      g_set_object (&self->article, article);
      fill_reader (self);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.open-original", web_address (article) != NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EscArticle) item = g_list_model_get_item (model, i);

      if (item == article)
        gtk_selection_model_select_item (selection, i, TRUE);
    }
  adw_leaflet_set_visible_child (self->leaflet, self->reader);
}

void
esc_sources_page_show_article (EscSourcesPage *self,
                               EscArticle     *article)
{
  g_return_if_fail (ESC_IS_SOURCES_PAGE (self));
  g_return_if_fail (ESC_IS_ARTICLE (article));

  set_trail (self, NULL, 0);
  open_article (self, article);
}

static void
on_article_activated (EscSourcesPage *self,
                      guint           position)
{
  g_autoptr(EscArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), position);

  if (article == NULL)
    return;
  esc_sources_page_show_article (self, article);
  /* On a narrow window the list has just slid away: keyboard users carry on reading. */
  if (adw_leaflet_get_folded (self->leaflet))
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
on_back_clicked (EscSourcesPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* Scrolls so that buffer offset @offset sits a little above the middle of the reader,
 * if the view has laid out the text that far. The text view is not itself scrollable:
 * it sits in a clamp, in the scrolled window's viewport, so the scrolled window's
 * adjustment is what moves. */
static gboolean
scroll_to_offset (EscSourcesPage *self,
                  int             offset)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkTextIter iter;
  GdkRectangle rect;
  int wx, wy;
  double x, y;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->text_view), &iter, offset);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &wx, &wy);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->text_view), gtk_scrolled_window_get_child (self->scroller),
                                         wx, wy, &x, &y)
      || y + rect.height > gtk_adjustment_get_upper (adjustment))
    return FALSE;
  gtk_adjustment_set_value (adjustment, y - 0.4 * gtk_adjustment_get_page_size (adjustment));
  return TRUE;
}

/* A text view sizes a new text in steps, estimating the lines it has not measured yet:
 * try each frame until the view has grown down to the target, for a second at most. */
static gboolean
scroll_when_laid_out (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);

  if (self->scroll_frames++ < 1
      || (!scroll_to_offset (self, self->scroll_target) && self->scroll_frames < 60))
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Selects buffer offsets [start, end) and brings them into view. */
void
esc_sources_page_select_range (EscSourcesPage *self,
                               int             start,
                               int             end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, end);
  gtk_text_buffer_select_range (buffer, &from, &to);
  self->scroll_target = start;
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_when_laid_out, NULL, NULL);
}

static void
show_trail_step (EscSourcesPage *self)
{
  EscSource *source = g_ptr_array_index (self->trail, self->trail_index);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  int from, to;

  open_article (self, esc_source_get_article (source));
  from = esc_sources_page_buffer_offset (self, esc_source_get_paragraph (source), esc_source_get_offset (source));
  to = esc_sources_page_buffer_offset (self, esc_source_get_paragraph (source),
                                       esc_source_get_offset (source) + strlen (esc_source_get_quote (source)));
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "shown", &start, &end);
  esc_sources_page_apply_tag (buffer, "shown", from, to);
  esc_sources_page_select_range (self, from, to);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/**
 * esc_sources_page_show_sources:
 * @sources: (element-type EscSource): the sources of one figure or reaction
 *
 * Opens the article of source @index with its passage selected, highlighted and
 * scrolled into view; when several articles state the same thing, a button offers the
 * next one.
 */
void
esc_sources_page_show_sources (EscSourcesPage *self,
                               GPtrArray      *sources,
                               guint           index)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  guint shown = 0;

  g_return_if_fail (ESC_IS_SOURCES_PAGE (self));
  g_return_if_fail (sources != NULL && index < sources->len);

  /* A computed figure's tally has no passage to show: the trail goes through the
   * quotes only. */
  if (esc_source_get_article (g_ptr_array_index (sources, index)) == NULL)
    return;
  for (guint i = 0; i < sources->len; i++)
    {
      EscSource *source = g_ptr_array_index (sources, i);

      if (esc_source_get_article (source) == NULL)
        continue;
      if (i == index)
        shown = quotes->len;
      g_ptr_array_add (quotes, esc_source_ref (source));
    }
  set_trail (self, quotes, shown);
  show_trail_step (self);
}

static void
on_next_source_clicked (EscSourcesPage *self)
{
  if (self->trail == NULL)
    return;
  set_trail (self, self->trail, (self->trail_index + 1) % self->trail->len);
  show_trail_step (self);
}

void
esc_sources_page_activate_cited (EscSourcesPage     *self,
                                 const EscHighlight *h)
{
  g_signal_emit (self, signals[SIGNAL_CITED_ACTIVATED], 0, h->cited_by, h->election);
}

/* ---- copy with citation ---- */

/* “passage”
 * — Title, Outlet, 2024-07-29 */
static char *
citation_for (EscArticle *article,
              const char *passage)
{
  g_autoptr(GString) cite = g_string_new (esc_localized_text_get (esc_article_get_title (article)));
  g_autofree char *published = esc_text_date (esc_article_get_published (article));

  if (esc_article_get_outlet (article) != NULL)
    g_string_append_printf (cite, ", %s", esc_article_get_outlet (article));
  if (published != NULL)
    g_string_append_printf (cite, ", %s", published);
  if (esc_article_get_url (article) != NULL)
    g_string_append_printf (cite, ", %s", esc_article_get_url (article));
  /* Translators: a copied passage and where it is from: the quote, then the article
   * title, outlet, date and address. */
  return g_strdup_printf (_("“%s”\n— %s"), passage, cite->str);
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *passage = NULL, *text = NULL;
  GtkTextIter start, end;

  if (self->article == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  passage = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  text = citation_for (self->article, g_strstrip (passage));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

/* The selection, as the article has it, to cite as a figure, a reaction or a region of
 * the election on show: "sources.cite-figure" asks the window for "win.cite-figure". */
static void
cite_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *window_action = g_strconcat ("win.", action_name + strlen ("sources."), NULL);
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *passage = NULL;
  GtkTextIter start, end;

  if (self->article == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  passage = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_widget_activate_action (widget, window_action, "(ss)", esc_article_get_id (self->article), g_strstrip (passage));
}

/* ---- zoom and the original article ---- */

static void
apply_zoom (EscSourcesPage *self)
{
  /* 110 % at zoom 1: a reading size a step above the interface text. */
  g_autofree char *css = g_strdup_printf ("textview.reader { font-size: %d%%; }",
                                          (int) (g_settings_get_double (self->settings, "reader-zoom") * 110 + 0.5));

  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);
  int step = g_variant_get_int32 (parameter);
  double zoom = g_settings_get_double (self->settings, "reader-zoom");

  zoom = step == 0 ? 1.0 : CLAMP (zoom + step * ZOOM_STEP, ZOOM_MIN, ZOOM_MAX);
  g_settings_set_double (self->settings, "reader-zoom", zoom);
}

static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);
  const char *url = self->article ? web_address (self->article) : NULL;

  if (url != NULL)
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), url, GDK_CURRENT_TIME);
}

/* ---- the page ---- */

/* Empties the reader, forgetting every position into the article it showed: those
 * point into a dataset that may be gone. */
static void
clear_reader (EscSourcesPage *self)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);

  g_clear_object (&self->article);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_array_set_size (self->paragraph_starts, 0);
  g_array_set_size (self->matches, 0);
  set_trail (self, NULL, 0);
  gtk_text_view_set_buffer (self->text_view, buffer);
  gtk_label_set_text (self->match_label, "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.open-original", FALSE);
}

void
esc_sources_page_set_dataset (EscSourcesPage *self,
                              EscDataset     *dataset)
{
  GPtrArray *articles;

  g_return_if_fail (ESC_IS_SOURCES_PAGE (self));
  g_return_if_fail (dataset == NULL || ESC_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  clear_reader (self);
  g_set_object (&self->dataset, dataset);
  esc_sources_page_fill_list (self);
  /* NULL empties the page, so that a hidden page keeps no old dataset alive. */
  if (dataset == NULL)
    return;
  articles = esc_dataset_get_articles (dataset);
  if (articles->len > 0)
    open_article (self, g_ptr_array_index (articles, 0));
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), _("This dataset has no articles."), -1);
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

EscArticle *
esc_sources_page_get_article (EscSourcesPage *self)
{
  g_return_val_if_fail (ESC_IS_SOURCES_PAGE (self), NULL);
  return self->article;
}

GtkTextView *
esc_sources_page_get_text_view (EscSourcesPage *self)
{
  g_return_val_if_fail (ESC_IS_SOURCES_PAGE (self), NULL);
  return self->text_view;
}

GListModel *
esc_sources_page_get_articles (EscSourcesPage *self)
{
  g_return_val_if_fail (ESC_IS_SOURCES_PAGE (self), NULL);
  return G_LIST_MODEL (self->articles);
}

static void
esc_sources_page_init (EscSourcesPage *self)
{
  GtkEventController *clicks = gtk_event_controller_legacy_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->articles = g_list_store_new (ESC_TYPE_ARTICLE);
  self->paragraph_starts = g_array_new (FALSE, FALSE, sizeof (int));
  self->matches = g_array_new (FALSE, FALSE, sizeof (EscHighlight));
  esc_sources_page_setup_list (self);

  gtk_event_controller_set_propagation_phase (clicks, GTK_PHASE_CAPTURE);
  g_signal_connect (clicks, "event", G_CALLBACK (esc_sources_page_text_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), clicks);
  /* So that Escape in the entry closes the bar. */
  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));
  g_signal_connect_swapped (self->find_bar, "notify::search-mode-enabled", G_CALLBACK (esc_sources_page_search_mode_changed), self);

  self->settings = g_settings_new (APPLICATION_ID);
  self->zoom_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->zoom_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_swapped (self->settings, "changed::reader-zoom", G_CALLBACK (apply_zoom), self);
  apply_zoom (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.open-original", FALSE);
}

static void
esc_sources_page_dispose (GObject *object)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->zoom_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->zoom_css));
  g_clear_object (&self->zoom_css);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_SOURCES_PAGE);
  g_clear_object (&self->dataset);
  g_clear_object (&self->article);
  g_clear_object (&self->articles);
  g_clear_pointer (&self->paragraph_starts, g_array_unref);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->trail, g_ptr_array_unref);
  G_OBJECT_CLASS (esc_sources_page_parent_class)->dispose (object);
}

static void
add_shortcuts (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "sources.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "sources.copy-citation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "sources.cite-figure", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "sources.cite-reaction", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_ALT_MASK, "sources.cite-region", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "sources.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "sources.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "sources.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "sources.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "sources.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "sources.zoom", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "sources.follow-cited", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "sources.step-cited", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "sources.step-cited", "i", -1);
}

static void
esc_sources_page_class_init (EscSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_sources_page_dispose;

  /**
   * EscSourcesPage::cited-activated:
   * @cited_by: the EscClaim, EscRegion or EscReaction a passage supports
   * @election: the EscElection it belongs to
   *
   * The reader asked to see what a highlighted passage supports.
   */
  signals[SIGNAL_CITED_ACTIVATED] =
    g_signal_new ("cited-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, ESC_TYPE_ELECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-sources-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcespage");
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, reader);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, no_results);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, all_search);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, article_list);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, match_label);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, next_source_button);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, find_bar);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, find_entry);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, EscSourcesPage, text_view);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_all_search_changed", G_CALLBACK (esc_sources_page_on_all_search_changed));
  gtk_widget_class_bind_template_callback (widget_class, on_article_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_next_source_clicked);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_changed", G_CALLBACK (esc_sources_page_find_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_next", G_CALLBACK (esc_sources_page_find_next));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_find_previous", G_CALLBACK (esc_sources_page_find_previous));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_text_query_tooltip", G_CALLBACK (esc_sources_page_query_tooltip));

  gtk_widget_class_install_action (widget_class, "sources.find", NULL, esc_sources_page_find_action);
  gtk_widget_class_install_action (widget_class, "sources.copy-citation", NULL, copy_citation_action);
  gtk_widget_class_install_action (widget_class, "sources.cite-figure", NULL, cite_action);
  gtk_widget_class_install_action (widget_class, "sources.cite-reaction", NULL, cite_action);
  gtk_widget_class_install_action (widget_class, "sources.cite-region", NULL, cite_action);
  gtk_widget_class_install_action (widget_class, "sources.zoom", "i", zoom_action);
  gtk_widget_class_install_action (widget_class, "sources.open-original", NULL, open_original_action);
  gtk_widget_class_install_action (widget_class, "sources.follow-cited", NULL, esc_sources_page_follow_cited_action);
  gtk_widget_class_install_action (widget_class, "sources.step-cited", "i", esc_sources_page_step_cited_action);
  add_shortcuts (widget_class);
}
