/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sources view: from a chart mark to the sentence that states it and back, find in
 * the article, and article text that looks like markup shown as the text it is. */
#include "config.h"

#include <string.h>

#include "esc-chart-card.h"
#include "esc-drawn-view.h"
#include "esc-election-menu.h"
#include "esc-claim.h"
#include "esc-reaction.h"
#include "esc-reactions-page.h"
#include "esc-region.h"
#include "esc-source.h"
#include "esc-sources-page.h"
#include "esc-ui-test.h"

static EscSourcesPage *
sources_page (EscWindow *window)
{
  GtkWidget *page = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_SOURCES_PAGE);

  g_assert_nonnull (page);
  return ESC_SOURCES_PAGE (page);
}

static char *
selected_text (EscSourcesPage *page)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (esc_sources_page_get_text_view (page));
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Whether [start, end) lies within the part of the article the scrolled window shows. */
static gboolean
range_visible (GtkTextView *view,
               GtkTextIter *start,
               GtkTextIter *end)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GdkRectangle first, last;
  int x, y;
  double top, bottom, unused;

  gtk_text_view_get_iter_location (view, start, &first);
  gtk_text_view_get_iter_location (view, end, &last);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, first.x, first.y, &x, &y);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), scroller, x, y, &unused, &top))
    return FALSE;
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, last.x, last.y + last.height, &x, &y);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), scroller, x, y, &unused, &bottom))
    return FALSE;
  return top >= 0 && bottom <= gtk_widget_get_height (scroller);
}

static gboolean
selection_visible (gpointer data)
{
  GtkTextView *view = esc_sources_page_get_text_view (data);
  GtkTextIter start, end;

  return gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &start, &end)
         && range_visible (view, &start, &end);
}

static gboolean
has_selection (gpointer buffer)
{
  return gtk_text_buffer_get_has_selection (buffer);
}

static gboolean
is_source_button (GtkWidget     *widget,
                  gconstpointer  data);

static gboolean
has_source_button (gpointer reactions)
{
  return esc_ui_test_find (reactions, is_source_button, NULL) != NULL;
}

static gboolean
shows_search_context (gpointer page)
{
  return esc_ui_test_find (page, esc_ui_test_label_contains, "governorship") != NULL
         && esc_ui_test_find (page, esc_ui_test_label_contains, "match") != NULL;
}

static gboolean
is_sources_view (gpointer window)
{
  return g_strcmp0 (esc_window_get_visible_view (window), "sources") == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0
         && gtk_widget_get_mapped (widget);
}

/* Scrolls the reader to the top, so that showing a passage further down has to move it. */
static void
scroll_to_top (EscSourcesPage *page)
{
  GtkTextView *view = esc_sources_page_get_text_view (page);
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  gtk_text_view_scroll_to_iter (view, &start, 0, FALSE, 0, 0);
}

/* "Show in Sources" in a mark's quotes opens the article of each quote in turn, with the
 * quoted words selected and on screen; the reader's highlight leads back to the mark. */
typedef struct {
  EscDrawnView *view;
  int item;
} Focus;

static gboolean
item_is_focused (gpointer data)
{
  Focus *focus = data;

  return esc_drawn_view_get_focused_item (focus->view) == focus->item;
}

static void
check_show_in_sources (EscApplication *app,
                       EscWindow      *window,
                       gpointer        user_data)
{
  Focus focus;
  GtkWidget *card = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_CHART_CARD);
  EscChart *chart = esc_chart_card_get_chart (ESC_CHART_CARD (card));
  EscSourcesPage *page = sources_page (window);
  const EscChartMark *mark;
  GtkWidget *button;
  g_autofree char *selection = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  guint mark_index = G_MAXUINT;
  GPtrArray *sources;

  esc_ui_test_wait_mapped (card);
  /* A mark whose figure comes from the articles, and from two of them if one does. */
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      mark = esc_chart_get_mark (chart, m);
      if (mark->claims->len > 0 && mark_index == G_MAXUINT)
        mark_index = m;
    }
  g_assert_cmpuint (mark_index, !=, G_MAXUINT);
  mark = esc_chart_get_mark (chart, mark_index);
  /* A seat won in a region quotes the region first: following that passage back must
   * find this very seat, not any seat of its party. */
  sources = mark->regions->len > 0 ? esc_region_get_sources (g_ptr_array_index (mark->regions, 0))
                                   : esc_claim_get_sources (g_ptr_array_index (mark->claims, 0));

  esc_chart_card_show_quotes (ESC_CHART_CARD (card), mark_index);
  button = esc_ui_test_find (GTK_WIDGET (window), is_button_labelled, "Show in _Sources");
  esc_ui_test_wait_mapped (button);
  scroll_to_top (page);
  g_signal_emit_by_name (button, "clicked");

  esc_ui_test_wait_until (is_sources_view, window, "the Sources view");
  g_assert_true (esc_sources_page_get_article (page) == esc_source_get_article (g_ptr_array_index (sources, 0)));
  selection = selected_text (page);
  g_assert_cmpstr (selection, ==, esc_source_get_quote (g_ptr_array_index (sources, 0)));
  esc_ui_test_wait_until (selection_visible, page, "the passage to scroll into view");

  /* Several sources state it: Next Source shows the second one. */
  if (sources->len > 1)
    {
      GtkWidget *next = esc_ui_test_find (GTK_WIDGET (page), is_button_labelled, "Next Source (1 of 2)");
      g_autofree char *next_selection = NULL;

      if (next == NULL)
        next = esc_ui_test_find (GTK_WIDGET (page), is_button_labelled, "Next Source (1 of 3)");
      g_assert_nonnull (next);
      g_signal_emit_by_name (next, "clicked");
      next_selection = selected_text (page);
      g_assert_cmpstr (next_selection, ==, esc_source_get_quote (g_ptr_array_index (sources, 1)));
      g_assert_true (esc_sources_page_get_article (page) == esc_source_get_article (g_ptr_array_index (sources, 1)));
      esc_ui_test_wait_until (selection_visible, page, "the second source's passage to scroll into view");
    }

  /* The passage is highlighted as cited: following it goes back to the mark. */
  buffer = gtk_text_view_get_buffer (esc_sources_page_get_text_view (page));
  gtk_text_buffer_get_selection_bounds (buffer, &start, NULL);
  g_assert_true (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "cited")));
  gtk_text_buffer_place_cursor (buffer, &start);
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+Return");
  esc_ui_test_wait_until_not (is_sources_view, window, "Ctrl+Return to leave the Sources view");
  g_assert_cmpstr (esc_window_get_visible_view (window), ==, "results");
  focus.view = ESC_DRAWN_VIEW (esc_chart_card_get_view (ESC_CHART_CARD (card)));
  focus.item = (int) mark_index;
  esc_ui_test_wait_until (item_is_focused, &focus, "the cited mark to take the focus");
}

static void
test_show_in_sources (void)
{
  esc_ui_test_run_app (check_show_in_sources, NULL);
}

static gboolean
label_starts_match_1 (gpointer label)
{
  return g_str_has_prefix (gtk_label_get_text (label), "Match 1 of ");
}

static gboolean
label_starts_match_2 (gpointer label)
{
  return g_str_has_prefix (gtk_label_get_text (label), "Match 2 of ");
}

static gboolean
shows_match_count (gpointer page)
{
  return esc_ui_test_find (page, esc_ui_test_label_contains, "Match ") != NULL;
}

static gboolean
find_bar_open (gpointer bar)
{
  return gtk_search_bar_get_search_mode (bar);
}

/* Open, on screen and with the keyboard focus: ready for typing. */
static gboolean
find_entry_ready (gpointer bar)
{
  GtkWidget *entry = esc_ui_test_find_widget (bar, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (bar));

  return gtk_search_bar_get_search_mode (bar) && gtk_widget_get_mapped (entry)
         && focus != NULL && gtk_widget_is_ancestor (focus, entry)
         && gtk_widget_get_child_visible (gtk_widget_get_parent (gtk_widget_get_parent (entry)));
}

/* Ctrl+F opens find; typing highlights every match and selects the first; Enter and
 * Ctrl+G step forward, Ctrl+Shift+G back. */
static void
check_find (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  EscSourcesPage *page = sources_page (window);
  GtkTextView *view = esc_sources_page_get_text_view (page);
  GtkWidget *bar = esc_ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_BAR);
  GtkWidget *label;
  g_autofree char *first = NULL, *second = NULL;

  esc_window_set_visible_view (window, "sources");
  esc_ui_test_wait_mapped (GTK_WIDGET (view));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+f");
  esc_ui_test_wait_until (find_entry_ready, bar, "Ctrl+F to open find");
  /* Key by key: xdotool's "type" loses its keys on this X server. */
  esc_ui_test_press_keys (GTK_WIDGET (window), "m a d u r o");
  esc_ui_test_wait_until (shows_match_count, page, "typing to find matches");
  label = esc_ui_test_find (GTK_WIDGET (page), esc_ui_test_label_contains, "Match ");
  esc_ui_test_wait_until (label_starts_match_1, label, "the first match");
  first = selected_text (page);
  g_assert_cmpstr (first, ==, "Maduro");

  esc_ui_test_press_keys (GTK_WIDGET (window), "Return");
  esc_ui_test_wait_until (label_starts_match_2, label, "Enter to go to the second match");
  second = selected_text (page);
  g_assert_cmpstr (second, ==, "Maduro");
  esc_ui_test_wait_until (selection_visible, page, "the second match on screen");

  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+shift+g");
  esc_ui_test_wait_until (label_starts_match_1, label, "Ctrl+Shift+G to go back to the first match");

  /* Escape closes find and its highlights go. */
  esc_ui_test_press_keys (GTK_WIDGET (window), "Escape");
  esc_ui_test_wait_until_not (find_bar_open, bar, "Escape to close find");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "");
}

static void
test_find (void)
{
  esc_ui_test_run_app (check_find, NULL);
}

static gboolean
has_expected_title (gpointer window)
{
  EscDataset *dataset = esc_window_get_dataset (window);

  return dataset != NULL && g_strcmp0 (esc_localized_text_get (esc_dataset_get_title (dataset)),
                                       g_object_get_data (window, "expected-title")) == 0;
}

static gboolean
has_dataset_title (gpointer window)
{
  EscDataset *dataset = esc_window_get_dataset (window);

  return dataset != NULL && g_str_has_prefix (esc_localized_text_get (esc_dataset_get_title (dataset)), "Test data: <b>");
}

/* Text of a dataset that looks like markup is shown as written, in the list and the reader. */
static void
check_markup (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "markup-article.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  EscSourcesPage *page = sources_page (window);
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  esc_window_open_file (window, file);
  esc_ui_test_wait_until (has_dataset_title, window, "the markup dataset");
  esc_window_set_visible_view (window, "sources");
  esc_ui_test_wait_mapped (GTK_WIDGET (page));

  buffer = gtk_text_view_get_buffer (esc_sources_page_get_text_view (page));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "<i>Not italic</i> & <span foreground=\"red\">not red</span>"));
  g_assert_nonnull (strstr (text, "<b>Outlet</b> & Co"));
  g_assert_nonnull (strstr (text, "A <b>bold</b> claim &amp; an <a href=\"https://example.com\">anchor</a>."));
  g_assert_nonnull (strstr (text, "Turnout was <span foreground=\"red\">50%</span> & rising."));
  /* The list shows the title as written too. */
  g_assert_nonnull (esc_ui_test_find (GTK_WIDGET (page), esc_ui_test_label_is,
                                      "<i>Not italic</i> & <span foreground=\"red\">not red</span>"));
  /* The quote containing "markup" is still found and highlighted, tags and all. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, strstr (text, "Turnout was <span")));
  g_assert_true (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "cited")));
}

static void
test_markup (void)
{
  esc_ui_test_run_app (check_markup, NULL);
}

typedef struct {
  GSettings *settings;
  GtkWidget *window;
  double zoom;
} ZoomWait;

static gboolean
zoom_is (gpointer data)
{
  ZoomWait *wait = data;

  return G_APPROX_VALUE (g_settings_get_double (wait->settings, "reader-zoom"), wait->zoom, 1e-6);
}

static void
press_and_wait_zoom (ZoomWait   *wait,
                     const char *keys,
                     double      zoom)
{
  esc_ui_test_press_keys (wait->window, keys);
  wait->zoom = zoom;
  esc_ui_test_wait_until (zoom_is, wait, keys);
}

typedef struct {
  char *text;
  gboolean done;
} TextRead;

static void
on_text_read (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      user_data)
{
  TextRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  read->done = TRUE;
}

static gboolean
text_read (gpointer data)
{
  return ((TextRead *) data)->done;
}

static gboolean
clipboard_changed (gpointer data)
{
  return ((TextRead *) data)->done;
}

static void
on_clipboard_changed (GdkClipboard *clipboard,
                      gpointer      user_data)
{
  ((TextRead *) user_data)->done = TRUE;
}

static gboolean
is_all_search (GtkWidget     *widget,
               gconstpointer  data)
{
  g_autofree char *placeholder = NULL;

  if (!GTK_IS_SEARCH_ENTRY (widget))
    return FALSE;
  g_object_get (widget, "placeholder-text", &placeholder, NULL);
  return g_strcmp0 (placeholder, "Search all articles") == 0;
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the text and remember it in settings; Ctrl+Shift+C
 * copies the selection with the article it comes from; the search over all articles keeps
 * those that match, with the words around the match. */
static void
check_zoom_copy_search (EscApplication *app,
                        EscWindow      *window,
                        gpointer        user_data)
{
  EscSourcesPage *page = sources_page (window);
  GtkTextView *view = esc_sources_page_get_text_view (page);
  GtkTextBuffer *buffer;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ZoomWait wait = { settings, GTK_WIDGET (window), 1.0 };
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (view));
  TextRead changed = { 0 }, read = { 0 };
  EscArticle *article;
  GtkTextIter start, end;
  GtkWidget *search;
  guint n_all;

  /* The page takes the dataset, and a buffer for its first article, once shown. */
  esc_window_set_visible_view (window, "sources");
  buffer = gtk_text_view_get_buffer (view);
  esc_ui_test_wait_mapped (GTK_WIDGET (view));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_cmpfloat (g_settings_get_double (settings, "reader-zoom"), ==, 1.0);
  press_and_wait_zoom (&wait, "ctrl+plus", 1.1);
  press_and_wait_zoom (&wait, "ctrl+equal", 1.2);
  press_and_wait_zoom (&wait, "ctrl+minus", 1.1);
  press_and_wait_zoom (&wait, "ctrl+0", 1.0);

  /* The first paragraph's first five words, copied with their citation. */
  article = esc_sources_page_get_article (page);
  g_assert_nonnull (article);
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, esc_article_get_paragraphs (article)[1], 0, &start, &end, NULL));
  end = start;
  gtk_text_iter_forward_word_ends (&end, 5);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_signal_connect (clipboard, "changed", G_CALLBACK (on_clipboard_changed), &changed);
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+shift+c");
  esc_ui_test_wait_until (clipboard_changed, &changed, "Ctrl+Shift+C to copy");
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &read);
  esc_ui_test_wait_until (text_read, &read, "the copied text");
  {
    g_autofree char *words = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_autofree char *quoted = g_strdup_printf ("“%s”\n— %s", words, esc_localized_text_get (esc_article_get_title (article)));

    g_assert_true (g_str_has_prefix (read.text, quoted));
  }
  g_free (read.text);
  g_signal_handlers_disconnect_by_data (clipboard, &changed);

  /* Search all articles: only those that say "governorship" stay, each with its context. */
  n_all = g_list_model_get_n_items (esc_sources_page_get_articles (page));
  search = esc_ui_test_find (GTK_WIDGET (page), is_all_search, NULL);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "governorship");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (esc_sources_page_get_articles (page)), <, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (esc_sources_page_get_articles (page)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (esc_sources_page_get_articles (page)); i++)
    {
      g_autoptr(EscArticle) item = g_list_model_get_item (esc_sources_page_get_articles (page), i);
      const char * const *paragraphs = esc_article_get_paragraphs (item);
      gboolean names = FALSE;

      for (guint p = 0; paragraphs[p] != NULL; p++)
        names |= strstr (paragraphs[p], "governorship") != NULL;
      g_assert_true (names);
    }
  esc_ui_test_wait_until (shows_search_context, page, "the context of the matches");
  g_assert_false (gtk_widget_get_visible (esc_ui_test_find (GTK_WIDGET (page), esc_ui_test_label_is,
                                                            "No article contains these words")));

  /* Nothing matches: the list says so rather than going blank. */
  gtk_editable_set_text (GTK_EDITABLE (search), "zzqx no such words");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (esc_sources_page_get_articles (page)), ==, 0);
  g_assert_true (gtk_widget_get_visible (esc_ui_test_find (GTK_WIDGET (page), esc_ui_test_label_is,
                                                           "No article contains these words")));
}

static void
test_zoom_copy_search (void)
{
  esc_ui_test_run_app (check_zoom_copy_search, NULL);
}

static gboolean
is_reactions_view (gpointer window)
{
  return g_strcmp0 (esc_window_get_visible_view (window), "reactions") == 0;
}

static gboolean
is_source_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  /* The row's button keeps its reaction (esc-reactions-page.c, bind_row). */
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "reaction") != NULL
         && gtk_widget_get_mapped (widget) && gtk_widget_get_sensitive (widget);
}

/* A reaction's source button lands on its sentence; Alt+Down walks the cited passages by
 * keyboard, and Ctrl+Return on one goes back to its country in the Reactions view. */
static void
check_reaction (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  EscSourcesPage *page = sources_page (window);
  GtkWidget *reactions = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_REACTIONS_PAGE);
  g_autoptr(EscReaction) first = NULL;
  g_autofree char *selection = NULL;
  GtkWidget *button;
  GtkTextBuffer *buffer;
  GtkTextIter cursor;

  esc_window_set_visible_view (window, "reactions");
  esc_ui_test_wait_mapped (reactions);
  esc_ui_test_wait_until (has_source_button, reactions, "the rows of the list");
  button = esc_ui_test_find (reactions, is_source_button, NULL);
  first = g_object_ref (g_object_get_data (G_OBJECT (button), "reaction"));
  g_signal_emit_by_name (button, "clicked");

  esc_ui_test_wait_until (is_sources_view, window, "the Sources view");
  selection = selected_text (page);
  g_assert_cmpstr (selection, ==, esc_source_get_quote (g_ptr_array_index (esc_reaction_get_sources (first), 0)));
  esc_ui_test_wait_until (selection_visible, page, "the reaction's sentence on screen");

  /* From the top, Alt+Down selects the first cited passage. */
  buffer = gtk_text_view_get_buffer (esc_sources_page_get_text_view (page));
  gtk_text_buffer_get_start_iter (buffer, &cursor);
  gtk_text_buffer_place_cursor (buffer, &cursor);
  esc_ui_test_press_keys (GTK_WIDGET (window), "alt+Down");
  esc_ui_test_wait_until (has_selection, buffer, "Alt+Down to select a cited passage");
  gtk_text_buffer_get_selection_bounds (buffer, &cursor, NULL);
  g_assert_true (gtk_text_iter_has_tag (&cursor, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "cited")));

  /* Back to the reaction we came from. */
  {
    EscSource *source = g_ptr_array_index (esc_reaction_get_sources (first), 0);
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_forward_search (&start, esc_source_get_quote (source), 0, &start, NULL, NULL));
    gtk_text_buffer_place_cursor (buffer, &start);
  }
  esc_ui_test_press_keys (GTK_WIDGET (window), "ctrl+Return");
  esc_ui_test_wait_until (is_reactions_view, window, "Ctrl+Return to go to the reaction");
  g_assert_cmpstr (esc_reactions_page_get_selected (ESC_REACTIONS_PAGE (reactions)), ==,
                   esc_reaction_get_country (first) ? esc_reaction_get_country (first)
                                                    : esc_reaction_get_organization_id (first));
}

/* The passage cited furthest down any article, found with its list of sources. */
static GPtrArray *
deepest_passage (EscDataset *dataset,
                 guint      *index)
{
  GListModel *elections = esc_dataset_get_elections (dataset);
  GPtrArray *deepest = NULL;
  guint depth = 0;

  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);
      GPtrArray *reactions = esc_election_get_reactions (election);

      for (guint r = 0; r < reactions->len; r++)
        {
          GPtrArray *sources = esc_reaction_get_sources (g_ptr_array_index (reactions, r));

          for (guint i = 0; i < sources->len; i++)
            if (esc_source_get_paragraph (g_ptr_array_index (sources, i)) >= depth)
              {
                depth = esc_source_get_paragraph (g_ptr_array_index (sources, i));
                deepest = sources;
                *index = i;
              }
        }
    }
  return deepest;
}

/* A passage below the fold scrolls into view when shown, even in an article the reader
 * has only just filled. */
static void
check_scroll (EscApplication *app,
              EscWindow      *window,
              gpointer        user_data)
{
  EscSourcesPage *page = sources_page (window);
  GtkTextView *view = esc_sources_page_get_text_view (page);
  guint index = 0;
  GPtrArray *sources = deepest_passage (esc_window_get_dataset (window), &index);
  EscSource *source = g_ptr_array_index (sources, index);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  esc_window_set_visible_view (window, "sources");
  esc_ui_test_wait_mapped (GTK_WIDGET (view));
  esc_sources_page_show_article (page, esc_source_get_article (source));
  esc_ui_test_wait_settled (GTK_WIDGET (view));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, esc_source_get_quote (source), 0, &start, &end, NULL));
  /* The test means something only if the passage starts out of sight. */
  g_assert_false (range_visible (view, &start, &end));

  esc_window_show_sources (window, sources, index);
  esc_ui_test_wait_until (selection_visible, page, "the passage to scroll into view");

  /* And again from another article, freshly laid out. */
  esc_sources_page_show_article (page, g_ptr_array_index (esc_dataset_get_articles (esc_window_get_dataset (window)), 0));
  if (esc_sources_page_get_article (page) == esc_source_get_article (source))
    return;
  esc_window_show_sources (window, sources, index);
  esc_ui_test_wait_until (selection_visible, page, "the passage of a new article to scroll into view");
}

static void
test_scroll (void)
{
  esc_ui_test_run_app (check_scroll, NULL);
}

static gboolean
tooltip_says_figure (gpointer window)
{
  GtkWidget *label = esc_ui_test_find (window, esc_ui_test_label_contains, "States a figure: ");

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
is_results_view (gpointer window)
{
  return g_strcmp0 (esc_window_get_visible_view (window), "results") == 0;
}

/* The first chart mark with a figure from an article, shown in the reader: its index,
 * and a point of the window on the cited passage once the reader is at rest. */
static guint
show_cited_passage (EscWindow *window,
                    int       *x,
                    int       *y)
{
  GtkWidget *card = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_CHART_CARD);
  EscChart *chart = esc_chart_card_get_chart (ESC_CHART_CARD (card));
  EscSourcesPage *page = sources_page (window);
  GtkTextView *view = esc_sources_page_get_text_view (page);
  const EscChartMark *mark = NULL;
  guint mark_index = 0;
  GtkTextIter start, end;
  GdkRectangle rect;

  esc_ui_test_wait_mapped (card);
  for (; mark_index < esc_chart_get_n_marks (chart); mark_index++)
    if ((mark = esc_chart_get_mark (chart, mark_index))->claims->len > 0)
      break;
  g_assert_cmpuint (mark_index, <, esc_chart_get_n_marks (chart));

  esc_window_show_sources (window, esc_claim_get_sources (g_ptr_array_index (mark->claims, 0)), 0);
  esc_ui_test_wait_until (selection_visible, page, "the passage on screen");
  /* The reader may still be scrolling the passage to its resting place. */
  esc_ui_test_wait_settled (GTK_WIDGET (view));
  g_assert_true (gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &start, &end));
  gtk_text_iter_forward_chars (&start, 3);
  gtk_text_view_get_iter_location (view, &start, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y + rect.height / 2, x, y);
  return mark_index;
}

/* With the pointer: hovering a cited passage says what it supports, clicking it goes to
 * the chart mark. */
static void
check_pointer (EscApplication *app,
               EscWindow      *window,
               gpointer        user_data)
{
  Focus focus;
  GtkWidget *card = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_CHART_CARD);
  GtkTextView *view = esc_sources_page_get_text_view (sources_page (window));
  int x, y;
  guint mark_index = show_cited_passage (window, &x, &y);

  esc_ui_test_hover (GTK_WIDGET (view), x, y, tooltip_says_figure, window, "the tooltip of the cited passage");
  esc_ui_test_run_command ("xdotool click 1");
  esc_ui_test_wait_until (is_results_view, window, "a click to go to the chart");
  /* The view switches first; the mark takes the focus once the card is shown, which a
   * busy machine may not have done yet. */
  focus.view = ESC_DRAWN_VIEW (esc_chart_card_get_view (ESC_CHART_CARD (card)));
  focus.item = (int) mark_index;
  esc_ui_test_wait_until (item_is_focused, &focus, "the cited mark to take the focus");
}

static void
stall_once (GtkEventControllerMotion *motion,
            double                    x,
            double                    y,
            gboolean                 *stalled)
{
  if (*stalled)
    return;
  *stalled = TRUE;
  /* Not a wait: the main loop held up, as a busy machine holds it, past GTK's 500 ms
   * browse mode while its 60 ms tooltip delay is pending. */
  g_usleep (700 * G_TIME_SPAN_MILLISECOND);
}

/* The race CI met on a busy machine: a tooltip just hidden leaves GTK in browse mode;
 * if the main loop stalls after the pointer comes to rest on a passage, browse mode
 * ends first and drops the passage's pending tooltip. The tooltip must still come. */
static void
check_pointer_busy (EscApplication *app,
                    EscWindow      *window,
                    gpointer        user_data)
{
  GtkWidget *view = GTK_WIDGET (esc_sources_page_get_text_view (sources_page (window)));
  GtkEventController *motion = gtk_event_controller_motion_new ();
  gboolean stalled = FALSE;
  int x, y;

  show_cited_passage (window, &x, &y);
  esc_ui_test_hover (view, x, y, tooltip_says_figure, window, "the tooltip of the cited passage");
  esc_ui_test_run_command ("xdotool mousemove 0 0");
  esc_ui_test_wait_until_not (tooltip_says_figure, window, "the tooltip to hide");
  /* Browse mode for the next 500 ms: the pointer comes back, and the main loop stalls. */
  g_signal_connect (motion, "motion", G_CALLBACK (stall_once), &stalled);
  gtk_widget_add_controller (view, motion);
  esc_ui_test_hover (view, x, y, tooltip_says_figure, window, "the tooltip after a stall");
  g_assert_true (stalled);
  gtk_widget_remove_controller (view, motion);
}

static void
test_pointer_busy (void)
{
  esc_ui_test_run_app (check_pointer_busy, NULL);
}

static void
test_pointer (void)
{
  esc_ui_test_run_app (check_pointer, NULL);
}

static void
test_reaction (void)
{
  esc_ui_test_run_app (check_reaction, NULL);
}

/* Opens tests/fixtures/@name and waits until the window shows it. */
static void
open_fixture (EscWindow  *window,
              const char *name,
              const char *title)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_object_set_data (G_OBJECT (window), "expected-title", (gpointer) title);
  esc_window_open_file (window, file);
  esc_ui_test_wait_until (has_expected_title, window, name);
}

static void
count_cited (EscSourcesPage *page,
             GObject        *cited_by,
             EscElection    *election,
             guint          *count)
{
  (*count)++;
}

/* A dataset without articles leaves nothing of the previous one in the reader: no
 * passage to step to or follow (they would point into the dataset just freed). */
static void
check_no_articles (EscApplication *app,
                   EscWindow      *window,
                   gpointer        user_data)
{
  EscSourcesPage *page = sources_page (window);
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  guint cited = 0;

  g_signal_connect (page, "cited-activated", G_CALLBACK (count_cited), &cited);
  esc_window_set_visible_view (window, "sources");
  open_fixture (window, "short-article.json", "Test data: a one-line article");
  g_assert_nonnull (esc_sources_page_get_article (page));
  open_fixture (window, "no-articles.json", "Test data: no articles");

  buffer = gtk_text_view_get_buffer (esc_sources_page_get_text_view (page));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "This dataset has no articles.");
  g_assert_null (esc_sources_page_get_article (page));
  g_assert_cmpuint (g_list_model_get_n_items (esc_sources_page_get_articles (page)), ==, 0);

  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_widget_activate_action (GTK_WIDGET (page), "sources.step-cited", "i", 1);
  g_assert_false (gtk_text_buffer_get_has_selection (buffer));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 8);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_widget_activate_action (GTK_WIDGET (page), "sources.follow-cited", NULL);
  g_assert_cmpuint (cited, ==, 0);
  g_signal_handlers_disconnect_by_data (page, &cited);
}

static void
test_no_articles (void)
{
  esc_ui_test_run_app (check_no_articles, NULL);
}

/* Switching elections elsewhere leaves the reader where it was: the Sources page shows
 * the whole dataset, which an election switch does not change. A new dataset does. */
static void
check_keeps_article (EscApplication *app,
                     EscWindow      *window,
                     gpointer        user_data)
{
  EscSourcesPage *page = sources_page (window);
  GPtrArray *articles = esc_dataset_get_articles (esc_window_get_dataset (window));
  EscElectionMenu *election = ESC_ELECTION_MENU (esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_ELECTION_MENU));
  EscArticle *third = g_ptr_array_index (articles, 2);

  esc_window_set_visible_view (window, "sources");
  esc_sources_page_show_article (page, third);
  g_assert_true (esc_sources_page_get_article (page) == third);

  esc_window_set_visible_view (window, "results");
  esc_election_menu_set_selected (election, 1);
  esc_election_menu_set_selected (election, 0);
  esc_window_set_visible_view (window, "sources");
  g_assert_true (esc_sources_page_get_article (page) == third);

  open_fixture (window, "short-article.json", "Test data: a one-line article");
  g_assert_true (esc_sources_page_get_article (page) != third);
}

static void
test_keeps_article (void)
{
  esc_ui_test_run_app (check_keeps_article, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/sources/show-in-sources", test_show_in_sources);
  g_test_add_func ("/ui/sources/find", test_find);
  g_test_add_func ("/ui/sources/markup", test_markup);
  g_test_add_func ("/ui/sources/zoom-copy-search", test_zoom_copy_search);
  g_test_add_func ("/ui/sources/reaction", test_reaction);
  g_test_add_func ("/ui/sources/scroll", test_scroll);
  g_test_add_func ("/ui/sources/pointer", test_pointer);
  g_test_add_func ("/ui/sources/pointer-busy", test_pointer_busy);
  g_test_add_func ("/ui/sources/no-articles", test_no_articles);
  g_test_add_func ("/ui/sources/keeps-article", test_keeps_article);

  return g_test_run ();
}
