/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Find in the open article: every match tinted, one selected, a count, next and
 * previous. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-highlights.h"
#include "esc-sources-page-private.h"

static void
show_match (EscSourcesPage *self)
{
  g_autofree char *count = NULL;

  if (self->matches->len == 0)
    {
      const char *query = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));

      gtk_label_set_text (self->match_label, *query != '\0' && gtk_search_bar_get_search_mode (self->find_bar)
                                             ? _("No matches") : "");
      return;
    }
  /* Translators: which match of a search is selected, out of how many. */
  count = g_strdup_printf (_("Match %u of %u"), self->current_match + 1, self->matches->len);
  gtk_label_set_text (self->match_label, count);
  esc_sources_page_select_range (self, g_array_index (self->matches, EscHighlight, self->current_match).start,
                                 g_array_index (self->matches, EscHighlight, self->current_match).end);
}

void
esc_sources_page_update_matches (EscSourcesPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  g_autoptr(GArray) found = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "match", &start, &end);
  g_array_set_size (self->matches, 0);
  self->current_match = 0;
  if (self->article == NULL || !gtk_search_bar_get_search_mode (self->find_bar))
    {
      gtk_label_set_text (self->match_label, "");
      return;
    }

  found = esc_article_search (self->article, query);
  for (guint i = 0; i < found->len; i++)
    {
      EscHighlight match = g_array_index (found, EscHighlight, i);

      match.start = esc_sources_page_buffer_offset (self, match.paragraph, match.start);
      match.end = esc_sources_page_buffer_offset (self, match.paragraph, match.end);
      esc_sources_page_apply_tag (buffer, "match", match.start, match.end);
      g_array_append_val (self->matches, match);
    }
  show_match (self);
}

void
esc_sources_page_find_changed (EscSourcesPage *self)
{
  esc_sources_page_update_matches (self);
}

static void
step_match (EscSourcesPage *self,
            int             step)
{
  if (self->matches->len == 0)
    return;
  self->current_match = (self->current_match + self->matches->len + step) % self->matches->len;
  show_match (self);
}

void
esc_sources_page_find_next (EscSourcesPage *self)
{
  step_match (self, 1);
}

void
esc_sources_page_find_previous (EscSourcesPage *self)
{
  step_match (self, -1);
}

void
esc_sources_page_find_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);

  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

void
esc_sources_page_search_mode_changed (EscSourcesPage *self)
{
  esc_sources_page_update_matches (self);
}

