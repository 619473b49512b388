/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sources view's article list: title, details and badges of each article, and the
 * search over all articles that keeps those that match, with the words around. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-accessible.h"
#include "esc-chart-text.h"
#include "esc-highlights.h"
#include "esc-language.h"
#include "esc-row-text.h"
#include "esc-tooltip.h"
#include "esc-sources-page-private.h"

static void
setup_article_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), esc_row_text_new ("heading", 3));
  gtk_box_append (GTK_BOX (box), esc_row_text_new ("caption", 1));
  gtk_box_append (GTK_BOX (box), esc_row_text_new ("badge-line", 1));
  gtk_box_append (GTK_BOX (box), esc_row_text_new ("caption", 2));
  gtk_list_item_set_child (item, box);
}

/* "El País · 29 July 2024 · Spanish" */
char *
esc_sources_article_meta (EscArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *published = esc_text_date (esc_article_get_published (article));

  if (esc_article_get_outlet (article) != NULL)
    g_ptr_array_add (parts, g_strdup (esc_article_get_outlet (article)));
  if (published != NULL)
    g_ptr_array_add (parts, published);
  if (esc_article_get_language (article) != NULL)
    g_ptr_array_add (parts, esc_language_get_display_name (esc_article_get_language (article)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
esc_sources_article_badges (EscArticle *article)
{
  g_autoptr(GString) badges = g_string_new (NULL);
  guint n_notes = esc_article_get_notes (article)->len;

  if (esc_article_get_translated_from (article) != NULL)
    {
      g_autofree char *language = esc_language_get_display_name (esc_article_get_translated_from (article));

      /* Translators: a badge on an article; %s is a language's name such as "English". */
      g_string_append_printf (badges, _("Translated from %s"), language);
    }
  if (n_notes > 0)
    {
      if (badges->len > 0)
        g_string_append (badges, " · ");
      g_string_append_printf (badges, g_dngettext (GETTEXT_PACKAGE, "%u editor’s note", "%u editor’s notes", n_notes),
                              n_notes);
    }
  return g_string_free (g_steal_pointer (&badges), FALSE);
}

/* Where the query occurs: "…the words around it…", and how often. */
static char *
search_context (EscArticle *article,
                const char *query)
{
  g_autoptr(GArray) matches = NULL;
  const EscHighlight *first;
  const char *paragraph, *from, *to;
  g_autofree char *before = NULL, *after = NULL, *hit = NULL;

  if (query == NULL || *query == '\0')
    return NULL;
  matches = esc_article_search (article, query);
  if (matches->len == 0)
    return NULL;

  first = &g_array_index (matches, EscHighlight, 0);
  paragraph = esc_article_get_paragraphs (article)[first->paragraph];
  from = paragraph + first->start;
  for (guint i = 0; i < 40 && from > paragraph; i++)
    from = g_utf8_prev_char (from);
  to = paragraph + first->end;
  for (guint i = 0; i < 40 && *to != '\0'; i++)
    to = g_utf8_next_char (to);

  before = g_strndup (from, paragraph + first->start - from);
  hit = g_strndup (paragraph + first->start, first->end - first->start);
  after = g_strndup (paragraph + first->end, to - (paragraph + first->end));
  /* Translators: search context in the article list: the first match with the words
   * around it, then how many matches the article has in all. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…%s%s%s… (%u match)", "…%s%s%s… (%u matches)", matches->len),
                          before, hit, after, matches->len);
}

static void
bind_article_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  EscSourcesPage           *self)
{
  EscArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *meta = gtk_widget_get_next_sibling (title);
  GtkWidget *badges = gtk_widget_get_next_sibling (meta);
  GtkWidget *context = gtk_widget_get_next_sibling (badges);
  g_autofree char *meta_text = esc_sources_article_meta (article);
  g_autofree char *badge_text = esc_sources_article_badges (article);
  g_autofree char *context_text = search_context (article, gtk_editable_get_text (GTK_EDITABLE (self->all_search)));
  g_autoptr(GString) description = NULL;

  /* A title longer than its three lines is whole in the tooltip and the row's label. */
  esc_row_text_set (title, esc_localized_text_get (esc_article_get_title (article)));
  esc_widget_set_tooltip_only (title, esc_localized_text_get (esc_article_get_title (article)));
  esc_row_text_set (meta, meta_text);
  esc_row_text_set (badges, badge_text);
  esc_row_text_set (context, context_text);
  /* Inscriptions are drawn text to a screen reader: the row says it all. */
  description = g_string_new (meta_text);
  if (*badge_text != '\0')
    g_string_append_printf (description, "\n%s", badge_text);
  if (context_text != NULL)
    g_string_append_printf (description, "\n%s", context_text);
  esc_accessible_name_row (box, esc_localized_text_get (esc_article_get_title (article)), description->str);
}

void
esc_sources_page_fill_list (EscSourcesPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->all_search));
  GPtrArray *articles = self->dataset ? esc_dataset_get_articles (self->dataset) : NULL;

  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  for (guint i = 0; articles != NULL && i < articles->len; i++)
    {
      EscArticle *article = g_ptr_array_index (articles, i);

      if (*query == '\0' || esc_article_contains (article, query))
        g_ptr_array_add (shown, article);
    }
  /* One change for the list view, not one per article: thousands of rows stay cheap. */
  g_list_store_splice (self->articles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                       shown->pdata, shown->len);
  gtk_widget_set_visible (self->no_results, articles != NULL && articles->len > 0
                                            && g_list_model_get_n_items (G_LIST_MODEL (self->articles)) == 0);
}

void
esc_sources_page_on_all_search_changed (EscSourcesPage *self)
{
  esc_sources_page_fill_list (self);
}

void
esc_sources_page_setup_list (EscSourcesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->articles)));

  gtk_single_selection_set_autoselect (selection, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_article_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_article_row), self);
  gtk_list_view_set_factory (self->article_list, factory);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

